import Foundation
import Testing

/// Runs the daemon's acceptance scenarios (`Tests/Acceptance/watch-acceptance.sh`) against the
/// built `mtlint` binary: real folders, signals, an inotify overflow, a full disk in a private
/// mount namespace, a real notify socket. One scenario at a time: they measure the daemon.
@Suite(.serialized) struct WatchAcceptanceTests {
    static let scenarios = [
        "startup-burst-slow", "overflow", "kill9", "kill9-batches", "two-instances", "disk-full", "hostile",
        "sigterm-sighup", "notify", "inbox-gone", "pairing",
    ]

    @Test(.serialized, arguments: scenarios)
    func scenario(_ name: String) throws {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let script = repository.appendingPathComponent("Tests/Acceptance/watch-acceptance.sh")
        let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("mtlint")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script.path, binary.path, name]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        print(text, terminator: "")
        #expect(process.terminationStatus == 0, "scenario \(name) failed:\n\(text)")
    }
}
