import Foundation
import Glibc

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

    /// Starts the built `mtlint` without waiting for it, its standard output to the file at
    /// `output`, for tests that watch or measure the process itself; returns its process id.
    /// It starts with SIGIO and SIGURG (the signals a lease break may send) unblocked and at
    /// their default actions, as from a shell: the test runner may block or ignore them, and
    /// its children with it.
    static func startMtlint(_ arguments: [String], standardOutput output: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGIO)
        sigaddset(&defaults, SIGURG)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ([TestPaths.binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let error = posix_spawn(&pid, TestPaths.binary.path, &actions, &attributes, argv, environ)
        guard error == 0 else { throw POSIXError(POSIXErrorCode(rawValue: error) ?? .EIO) }
        return pid
    }
}
