import Foundation
import Testing

/// The built `mtlint` binary, end to end: reports, exit codes, errors.
@Suite struct CheckCommandTests {
    @Test func seedArticleLeftoversAreEachReportedOnce() throws {
        let run = try BinaryRun.run(["check", "--format", "json", TestPaths.seedArticle.path])
        #expect(run.status == 1)
        let report = try #require(try run.reports.first)
        #expect(report["encoding"] as? String == "UTF-8")
        let findings = try #require(report["findings"] as? [[String: Any]])
        let leftover = findings.filter { ($0["check"] as? String)?.hasPrefix("leftover") == true }
        #expect(leftover.compactMap { $0["line"] as? Int } == [6, 25, 41, 58, 75, 101, 114])
        let scriptFindings = findings.filter { ($0["check"] as? String) == "mixed-script" }
        #expect(scriptFindings.isEmpty)
        let caption = try #require(leftover.first { $0["line"] as? Int == 25 })
        #expect(caption["column"] as? Int == 1)
        #expect(caption["endColumn"] as? Int == 43)
        #expect(caption["text"] as? String == "Премьер-министр Израиля\u{00A0}Биньямин Нетаньяху")
        #expect((caption["message"] as? String)?.contains("line 27") == true)
        #expect((caption["suggestion"] as? String)?.contains("Netan") == true)
    }

    @Test func binaryInputIsAnErrorButOthersAreStillReported() throws {
        let run = try BinaryRun.run([
            "check", "--format", "json",
            TestPaths.fixture("windows-1251.txt"), TestPaths.fixture("binary.bin"), TestPaths.fixture("empty.txt"),
        ])
        #expect(run.status == 2)
        let reports = try run.reports
        #expect(reports.count == 3)
        #expect((reports[0]["file"] as? String)?.hasSuffix("windows-1251.txt") == true)
        #expect(reports[0]["encoding"] as? String == "windows-1251")
        let leftovers = (reports[0]["findings"] as? [[String: Any]])?.filter { ($0["check"] as? String)?.hasPrefix("leftover") == true }
        #expect(leftovers?.count == 2)
        #expect((reports[1]["error"] as? String)?.contains("binary") == true)
        #expect(run.standardError.contains("binary.bin"))
        #expect((reports[2]["findings"] as? [Any])?.isEmpty == true)
    }

    @Test func textFormatAndFailOn() throws {
        let folder = try TestPaths.temporaryFolder()
        let file = folder.appendingPathComponent("article.txt")
        try "Russia's capital, Mоscow, hosted the talks.\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try BinaryRun.run(["check", file.path])
        #expect(run.status == 1)
        #expect(run.standardOutput.contains("\(file.path):1:19: error: “Mоscow” mixes scripts: U+043E CYRILLIC SMALL LETTER O (“о”) (suggestion: Moscow) [mixed-script]"))
        #expect(run.standardOutput.contains("1 file checked: 1 error, 0 warnings, 0 infos"))
        #expect(!run.standardOutput.contains("\u{1B}["), "no colour when piped")
        #expect(try BinaryRun.run(["check", "--fail-on", "never", file.path]).status == 0)
    }

    @Test func damagedAndLargeInputs() throws {
        let folder = try TestPaths.temporaryFolder()
        let big = folder.appendingPathComponent("one-line.txt")
        // A 10 MB single line with a leftover word near its end.
        var line = String(repeating: "The talks went well and both sides agreed. ", count: 240_000)
        line += "Москва"
        try line.write(to: big, atomically: true, encoding: .utf8)
        let run = try BinaryRun.run(["check", "--format", "json", big.path, TestPaths.fixture("invalid-utf8.txt")])
        #expect(run.status == 1)
        let reports = try run.reports
        // The line is one sentence repeated, which repeated-sentence reports once.
        let bigFindings = try #require(reports[0]["findings"] as? [[String: Any]]).filter { $0["check"] as? String == "leftover-russian" }
        #expect(bigFindings.count == 1)
        #expect(bigFindings.first?["line"] as? Int == 1)
        #expect(bigFindings.first?["column"] as? Int == 240_000 * 43 + 1)
        let damaged = try #require(reports[1]["findings"] as? [[String: Any]])
        #expect(damaged.contains { $0["check"] as? String == "invalid-encoding" && $0["line"] as? Int == 3 && $0["column"] as? Int == 16 })
    }

    @Test func outputFolderGetsOneReportPerInput() throws {
        let folder = try TestPaths.temporaryFolder()
        let out = folder.appendingPathComponent("reports")
        let run = try BinaryRun.run(["check", "--format", "json", "--output", out.path,
                                     TestPaths.fixture("koi8-r.txt"), TestPaths.fixture("nfd.txt")])
        #expect(run.status == 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["koi8-r.txt.json", "nfd.txt.json"])
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("koi8-r.txt.json"))) as? [String: Any]
        #expect(report?["encoding"] as? String == "KOI8-R")
    }

    @Test func badUsageExits64() throws {
        #expect(try BinaryRun.run(["check"]).status == 64)
        #expect(try BinaryRun.run(["check", "--format", "yaml", "x"]).status == 64)
        #expect(try BinaryRun.run(["checks", "no-such-check"]).status == 64)
    }

    /// `mtlint check` parses its arguments on a shortcut; help and usage errors still go
    /// through the whole command tree and name `mtlint check`.
    @Test func checkHelpAndUsageErrorsNameTheWholeCommand() throws {
        let help = try BinaryRun.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("USAGE: mtlint check"))
        let unknown = try BinaryRun.run(["check", "--no-such-option", TestPaths.fixture("empty.txt")])
        #expect(unknown.status == 64)
        #expect(unknown.standardError.contains("mtlint check"))
        let missing = try BinaryRun.run(["check"])
        #expect(missing.standardError.contains("Usage: mtlint check"))
        let version = try BinaryRun.run(["--version"])
        #expect(version.standardOutput.contains("0.1.0"))
    }

    @Test func checksListsEveryCheckWithExamples() throws {
        let run = try BinaryRun.run(["checks"])
        #expect(run.status == 0)
        for id in ["leftover-russian", "leftover-cyrillic", "mixed-script"] {
            #expect(run.standardOutput.contains(id))
        }
        let one = try BinaryRun.run(["checks", "mixed-script"])
        #expect(one.standardOutput.contains("⟦Mоscow⟧"))
    }

    @Test func missingFileAndBadConfigurationNameTheFile() throws {
        let missing = try BinaryRun.run(["check", "/nonexistent/article.txt"])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("/nonexistent/article.txt"))
        let folder = try TestPaths.temporaryFolder()
        let config = folder.appendingPathComponent("mtlint.json")
        try #"{"version": 1, "checks": {"mixed-script": {"severty": "info"}}}"#.write(to: config, atomically: true, encoding: .utf8)
        let bad = try BinaryRun.run(["check", "--config", config.path, TestPaths.fixture("nfd.txt")])
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("mtlint.json"))
        #expect(bad.standardError.contains("severty"))
    }
}
