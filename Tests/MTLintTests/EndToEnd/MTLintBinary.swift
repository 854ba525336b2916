import Foundation

/// Runs the built `mtlint` binary (beside the test bundle) and captures what it prints.
struct MTLintBinary {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String

        /// The JSON report array printed by `check --format json`.
        var reports: [[String: Any]] {
            (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [[String: Any]] ?? []
        }

        /// Findings of the first report, optionally of one check.
        func findings(_ check: String? = nil) -> [[String: Any]] {
            let all = reports.first?["findings"] as? [[String: Any]] ?? []
            return check.map { id in all.filter { $0["check"] as? String == id } } ?? all
        }
    }

    static var path: String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("mtlint").path
    }

    static func run(_ arguments: [String], in directory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
