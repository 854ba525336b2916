import Foundation
import Testing

/// The built binary on HTML, XLIFF and TMX inputs: the same findings as the plain text or the
/// paired files, at the lines of the marked-up file.
@Suite struct InputFormatsCommandTests {
    static let inputs = TestPaths.fixtures.appendingPathComponent("inputs")
    static let wmt = TestPaths.shared.appendingPathComponent("corpus/wmt")
    static let pairs = ["wmt22-ALMAnaCH-Inria__lenta.ru.89649", "wmt22-refA__rt-russian.47266",
                        "wmt22-Online-Y__rg.ru.15618", "wmt23-refA__infox.ru.36099"]

    static func findings(_ report: [String: Any]) -> [[String: Any]] {
        report["findings"] as? [[String: Any]] ?? []
    }

    /// A message without the line numbers it may mention (those differ between formats).
    static func message(_ finding: [String: Any]) -> String {
        (finding["message"] as? String ?? "").replacing(/line \d+/, with: "line N")
    }

    static func decodeEntities(_ line: String) -> String {
        var text = line
        for (entity, character) in [("&nbsp;", "\u{00A0}"), ("&laquo;", "«"), ("&raquo;", "»"), ("&mdash;", "—"),
                                    ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    @Test func seedArticleAsAScrapedPageGivesTheSameFindings() throws {
        let page = Self.inputs.appendingPathComponent("seed-page.html")
        let run = try BinaryRun.run(["check", "--format", "json", TestPaths.seedArticle.path, page.path])
        #expect(run.status == 1)
        let reports = try run.reports
        let plain = Self.findings(reports[0])
        let html = Self.findings(reports[1])
        #expect(!plain.isEmpty)
        let describe: ([String: Any]) -> String = { "\($0["check"]!) \($0["severity"]!) \($0["text"]!) \(Self.message($0))" }
        #expect(html.map(describe) == plain.map(describe))
        // Each finding points at its text in the page (entities decoded).
        let lines = try String(contentsOf: page, encoding: .utf8).components(separatedBy: "\n")
        for finding in html {
            let line = try #require(finding["line"] as? Int)
            let column = try #require(finding["column"] as? Int)
            let text = try #require(finding["text"] as? String)
            let from = String(lines[line - 1].dropFirst(column - 1))
            #expect(Self.decodeEntities(from).hasPrefix(text), "line \(line) column \(column): \(from)")
        }
        // The caption's translation is named by its line in the page.
        let caption = try #require(html.first { ($0["text"] as? String)?.hasPrefix("Премьер-министр") == true })
        let captionLine = try #require(caption["line"] as? Int)
        #expect(Self.message(caption).contains("line N"))
        #expect((caption["message"] as? String)?.contains("line \(captionLine + 1)") == true)
    }

    @Test(arguments: ["wmt-1.2.xlf", "wmt-2.0.xlf"])
    func xliffGivesTheSameFindingsAsThePairedFiles(_ name: String) throws {
        let xliff = Self.inputs.appendingPathComponent(name)
        let paired = Self.pairs.map { Self.wmt.appendingPathComponent("\($0).en.txt").path }
        let run = try BinaryRun.run(["check", "--format", "json", xliff.path] + paired)
        #expect(run.status == 1)
        let reports = try run.reports
        #expect(reports.count == 5)
        // Paired files: (document, line) of each finding; XLIFF: the unit id says the same.
        var expected: [String] = []
        for (index, pair) in Self.pairs.enumerated() {
            #expect((reports[index + 1]["source"] as? String)?.hasSuffix("\(pair).ru.txt") == true)
            let document = pair.components(separatedBy: "__")[1]
            for finding in Self.findings(reports[index + 1]) {
                expected.append("\(document)-\(finding["line"]!) \(finding["check"]!) \(finding["text"]!) \(Self.message(finding))")
            }
        }
        let findings = Self.findings(reports[0])
        let actual = findings.map { "\($0["unit"] ?? "none") \($0["check"]!) \($0["text"]!) \(Self.message($0))" }
        #expect(actual == expected)
        #expect(findings.contains { $0["check"] as? String == "number-mismatch" })
        #expect(findings.contains { $0["check"] as? String == "untranslated" })
        #expect(findings.contains { $0["check"] as? String == "mixed-script" })
        // Lines are the XLIFF file's: each finding's text is on its line, inside a target.
        let lines = try String(contentsOf: xliff, encoding: .utf8).components(separatedBy: "\n")
        for finding in findings {
            let line = lines[(finding["line"] as? Int ?? 1) - 1]
            let text = finding["text"] as? String ?? ""
            #expect(line.contains("<target"), "\(finding)")
            #expect(line.contains(String(text.prefix { $0 != " " })), "\(finding)")
        }
    }

    @Test func xliffNotesGoToANewFileAndNeverOverTheInput() throws {
        let folder = try TestPaths.temporaryFolder()
        let input = folder.appendingPathComponent("job.xlf")
        try FileManager.default.copyItem(at: Self.inputs.appendingPathComponent("wmt-1.2.xlf"), to: input)
        let before = try Data(contentsOf: input)
        let notes = folder.appendingPathComponent("annotated")
        let run = try BinaryRun.run(["check", "--xliff-notes", notes.path, input.path])
        #expect(run.status == 1)
        #expect(try Data(contentsOf: input) == before)
        let annotated = try String(contentsOf: notes.appendingPathComponent("job.xlf"), encoding: .utf8)
        let findings = Self.findings(try #require(try BinaryRun.run(["check", "--format", "json", input.path]).reports.first))
        #expect(findings.count > 30)
        #expect(annotated.components(separatedBy: "<note from=\"mtlint\"").count - 1 == findings.count) // one per finding
        // Writing the notes into the input's own folder would overwrite it: refused.
        let refused = try BinaryRun.run(["check", "--xliff-notes", folder.path, input.path])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("refusing to overwrite"))
        #expect(try Data(contentsOf: input) == before)
    }

    @Test func tmxAndMalformedXML() throws {
        let run = try BinaryRun.run(["check", "--format", "json", Self.inputs.appendingPathComponent("wmt.tmx").path])
        let findings = Self.findings(try #require(try run.reports.first))
        #expect(findings.map { $0["unit"] as? String ?? "" } == ["lenta.ru.89649-1", "lenta.ru.89649-2", "lenta.ru.89649-10"])
        let folder = try TestPaths.temporaryFolder()
        let broken = folder.appendingPathComponent("broken.xlf")
        try "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file><body>\n<trans-unit id=\"1\"><target>x</source>\n".write(to: broken, atomically: true, encoding: .utf8)
        let failed = try BinaryRun.run(["check", broken.path])
        #expect(failed.status == 2)
        #expect(failed.standardError.contains("broken.xlf"))
        #expect(failed.standardError.contains("line 3: malformed XML"))
    }

    @Test func inputFormatOptionOverridesTheExtension() throws {
        let folder = try TestPaths.temporaryFolder()
        let file = folder.appendingPathComponent("saved-page.txt")
        try "<html><body><script>var s = \"Скрипт\";</script>\n<p>The mayor of Мoscow spoke.</p></body></html>\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let asText = try BinaryRun.run(["check", "--format", "json", file.path])
        #expect(Self.findings(try #require(try asText.reports.first)).count == 2) // the script too
        let asHTML = try BinaryRun.run(["check", "--format", "json", "--input-format", "html", file.path])
        let findings = Self.findings(try #require(try asHTML.reports.first))
        #expect(findings.map { "\($0["line"]!):\($0["column"]!) \($0["check"]!)" } == ["2:17 mixed-script"])
        #expect(try BinaryRun.run(["check", "--input-format", "pdf", file.path]).status == 64)
    }
}
