import Foundation

/// Runs the built `mtlint` (next to the test bundle) and other programs for end-to-end tests.
enum MTLintBinary {
    static var path: String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("mtlint").path
    }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String]) throws -> Result {
        try run(path, arguments)
    }

    /// `openInput`: give the program a standard input that stays open (script(1) ends its
    /// session when its input reaches end of file).
    static func run(_ program: String, _ arguments: [String], directory: String? = nil, openInput: Bool = false) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let folder = NSTemporaryDirectory() + "mtlint-run-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Files, not pipes: a large page must not block on a full pipe buffer.
        FileManager.default.createFile(atPath: folder + "/out", contents: nil)
        FileManager.default.createFile(atPath: folder + "/err", contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/err"))
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = openInput ? input : FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try input.fileHandleForWriting.close()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus,
                      stdout: try String(contentsOfFile: folder + "/out", encoding: .utf8),
                      stderr: try String(contentsOfFile: folder + "/err", encoding: .utf8))
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "mtlint-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The repository's root folder.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared corpus: `shared/` beside the clone (CI), or beside the worktrees' folder.
    static var corpus: String? {
        ["../shared/corpus", "../../shared/corpus"]
            .map { repositoryRoot.appendingPathComponent($0).standardizedFileURL.path }
            .first { FileManager.default.fileExists(atPath: $0 + "/seed") }
    }
}
