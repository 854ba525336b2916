import Foundation

/// Runs any program (Chromium, script(1), the built `mtlint`) for end-to-end tests, with its
/// output captured through files, so a large page never blocks on a full pipe.
struct ProgramRun {
    let status: Int32
    let standardOutput: String
    let standardError: String

    /// `openInput`: give the program a standard input that stays open (script(1) ends its
    /// session when its input reaches end of file).
    static func run(_ program: String, _ arguments: [String], openInput: Bool = false) throws -> ProgramRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out"), err = folder.appendingPathComponent("err")
        try Data().write(to: out)
        try Data().write(to: err)
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        let input = Pipe()
        process.standardInput = openInput ? input : FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try input.fileHandleForWriting.close()
        try outHandle.close()
        try errHandle.close()
        return ProgramRun(status: process.terminationStatus,
                          standardOutput: try String(contentsOf: out, encoding: .utf8),
                          standardError: try String(contentsOf: err, encoding: .utf8))
    }

    /// Runs the built `mtlint`.
    static func mtlint(_ arguments: [String]) throws -> ProgramRun {
        try run(TestPaths.binary.path, arguments)
    }
}
