import Foundation
import Testing

/// Runs the built `mtlint` binary on a fixture with doubled words, phrases, sentences and
/// paragraphs (and its Russian original beside it) and checks the JSON it prints.
@Suite struct RepetitionEndToEndTests {
    struct Output: Decodable {
        struct Finding: Decodable, Equatable {
            struct Location: Decodable, Equatable {
                let line: Int
            }
            let check: String
            let severity: String
            let line: Int
            let text: String
            let related: Location?
        }
        let file: String
        let source: String?
        let findings: [Finding]
    }

    static let fixture = TestPaths.fixtures.appendingPathComponent("repetition")

    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: Data) {
        let run = try BinaryRun.run(arguments)
        return (run.status, Data(run.standardOutput.utf8))
    }

    @Test func reportsEveryKindOfRepetitionWithLines() throws {
        let (status, stdout) = try run(["check", "--format", "json", Self.fixture.path])
        #expect(status == 1, "errors are present, so the default --fail-on error exits 1")
        let reports = try JSONDecoder().decode([Output].self, from: stdout)
        try #require(reports.count == 1, "the .ru file is the source, not an input")
        #expect(reports[0].source?.hasSuffix("article.ru.txt") == true)
        let repetition = reports[0].findings.filter { $0.check.hasPrefix("repeated-") }
        let summary = repetition.map { "\($0.check) \($0.severity) \($0.line) \($0.related.map { "\($0.line)" } ?? "-") \($0.text)" }
        #expect(summary == [
            "repeated-word error 3 - the",
            "repeated-phrase error 5 - balanced and balanced",
            "repeated-phrase error 7 - the head of the head of",
            "repeated-sentence warning 11 11 The talks were held in Geneva.",
            "repeated-word error 14 - the",
            "repeated-sentence warning 20 16 Prices rose sharply in the northern regions this winter.",
            "repeated-sentence info 22 1 Live broadcast",
        ])
    }

    @Test func withoutTheSourceXAndXIsAWarning() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("article.en.txt")
        try FileManager.default.copyItem(at: Self.fixture.appendingPathComponent("article.en.txt"), to: copy)
        let (_, stdout) = try run(["check", "--format", "json", copy.path])
        let reports = try JSONDecoder().decode([Output].self, from: stdout)
        let coordination = reports[0].findings.first { $0.text == "balanced and balanced" }
        #expect(coordination?.severity == "warning")
        #expect(reports[0].source == nil)
    }

    @Test func configurationExtendsExceptions() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config.json")
        try Data(#"{"version": 1, "checks": {"repeated-word": {"options": {"exceptions": ["the the committee"]}}}}"#.utf8).write(to: config)
        let (_, stdout) = try run(["check", "--format", "json", "--config", config.path, Self.fixture.appendingPathComponent("article.en.txt").path])
        let reports = try JSONDecoder().decode([Output].self, from: stdout)
        #expect(reports[0].findings.filter { $0.check == "repeated-word" }.map(\.line) == [14])
    }
}
