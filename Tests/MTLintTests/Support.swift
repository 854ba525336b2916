import Foundation

/// Paths the tests need: fixtures beside the tests, the repository, the shared corpus and the
/// built `mtlint` binary (the test target depends on it, so it sits beside the test bundle).
enum TestPaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")
    static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    /// `shared/` beside the clone (CI), or beside the folder of worktrees (`/work/wt/NAME`).
    static let shared: URL = {
        let beside = repository.deletingLastPathComponent().appendingPathComponent("shared")
        let above = repository.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: beside.path) ? beside : above
    }()
    static let seedArticle = shared.appendingPathComponent("corpus/seed/000_759a26c277f83cb2.txt")

    static var binary: URL {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return executable.deletingLastPathComponent().appendingPathComponent("mtlint")
    }

    static func fixture(_ name: String) -> String {
        fixtures.appendingPathComponent(name).path
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Runs the built binary and captures what it prints.
struct BinaryRun {
    let status: Int32
    let standardOutput: String
    let standardError: String

    static func run(_ arguments: [String], in folder: URL? = nil) throws -> BinaryRun {
        let process = Process()
        process.executableURL = TestPaths.binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryRun(status: process.terminationStatus,
                         standardOutput: String(decoding: outData, as: UTF8.self),
                         standardError: String(decoding: errData, as: UTF8.self))
    }

    /// The JSON report array printed with `--format json`.
    var reports: [[String: Any]] {
        get throws {
            try JSONSerialization.jsonObject(with: Data(standardOutput.utf8)) as? [[String: Any]] ?? []
        }
    }
}

/// Distinct made-up words for tests that need many: `number` written in base
/// `consonants.count`, each digit a consonant followed by `vowel` ("bede", "dafa"), so that
/// distinct numbers give distinct syllables and no word is a real one.
enum MadeUpWord {
    static func syllables(_ number: Int, consonants: String = "bdfglmnprt", vowel: Character) -> String {
        let letters = Array(consonants)
        var code = ""
        var rest = number
        repeat {
            code += "\(letters[rest % letters.count])\(vowel)"
            rest /= letters.count
        } while rest > 0
        return code
    }
}
