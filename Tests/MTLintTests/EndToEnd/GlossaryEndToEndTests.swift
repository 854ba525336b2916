import Foundation
import Testing
@testable import MTLint

/// The built binary with glossaries: the shipped one on the seed article, TBX against TSV,
/// `glossary check`, and source pairing.
@Suite struct GlossaryEndToEndTests {
    static var seed: String? {
        [TestPaths.seedArticle.path, "/work/shared/corpus/seed/000_759a26c277f83cb2.txt"].first { FileManager.default.fileExists(atPath: $0) }
    }

    private func lines(_ findings: [[String: Any]], text: String) -> [Int] {
        findings.filter { $0["text"] as? String == text }.compactMap { $0["line"] as? Int }
    }

    @Test func seedWithTheShippedGlossary() throws {
        let seed = try #require(Self.seed, "the seed article (shared/corpus/seed) is missing")
        // Run outside the package: the shipped glossary is found from the binary's location.
        let result = try BinaryRun.run(["check", "--format", "json", seed], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 1, "\(result.standardError)")
        let forbidden = result.findings("glossary-forbidden")
        #expect(lines(forbidden, text: "Donbass") == [11, 61, 69])
        #expect(lines(forbidden, text: "CMPC") == [106, 110])
        #expect(forbidden.allSatisfy { ($0["severity"] as? String) == "error" })
        #expect(forbidden.first { $0["text"] as? String == "CMPC" }?["suggestion"] as? String == "Intergovernmental Commission")
        let inconsistent = result.findings("term-inconsistent")
        #expect(!inconsistent.contains { ($0["text"] as? String ?? "").hasPrefix("Trufanov") }, "\(inconsistent)")
    }

    @Test func tbxFromACATToolGivesTheSameFindingsAsTSV() throws {
        let seed = try #require(Self.seed)
        let tbx = try BinaryRun.run(["check", "--format", "json", "--glossary", GlossaryTestSupport.fixture("cat-export.tbx"), seed])
        let tsv = try BinaryRun.run(["check", "--format", "json", "--glossary", GlossaryTestSupport.fixture("cat-export-equivalent.tsv"), seed])
        #expect(tbx.status == 1 && tsv.status == 1, "\(tbx.standardError) \(tsv.standardError)")
        let tbxFindings = tbx.findings().map { NSDictionary(dictionary: $0) }
        let tsvFindings = tsv.findings().map { NSDictionary(dictionary: $0) }
        #expect(tbxFindings == tsvFindings)
        #expect(tbx.findings("glossary-forbidden").count == 5)
        #expect(tbx.findings("glossary-forbidden").allSatisfy { ($0["message"] as? String ?? "").contains("Ukrainian-based") || ($0["message"] as? String ?? "").contains("calque") })
    }

    @Test func glossaryCheckCountsAndValidates() throws {
        let good = try BinaryRun.run(["glossary", "check", GlossaryTestSupport.fixture("cat-export.tbx"), GlossaryTestSupport.fixture("cat-export-equivalent.tsv")])
        #expect(good.status == 0, "\(good.standardError)")
        #expect(good.standardOutput.contains("cat-export.tbx: 3 entries") && good.standardOutput.contains("cat-export-equivalent.tsv: 3 entries"))
        // Both files together define every concept twice.
        let directory = try Self.temporaryDirectory()
        let bad = "\(directory)/bad.tsv"
        try "target\tforbidden\nKyiv\tKiev\nKiev\t\nOdesa\tOdessa\textra\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try BinaryRun.run(["glossary", "check", bad])
        #expect(result.status == 2)
        #expect(result.standardError.contains("\(bad):4: "), "\(result.standardError)")
        let contradictory = "\(directory)/contradictory.tsv"
        try "target\tforbidden\nKyiv\tKiev\nKiev\t\n".write(toFile: contradictory, atomically: true, encoding: .utf8)
        let second = try BinaryRun.run(["glossary", "check", contradictory])
        #expect(second.status == 2 && second.standardError.contains("\(contradictory):3: "), "\(second.standardError)")
        let shipped = try BinaryRun.run(["glossary", "check"])
        #expect(shipped.status == 0 && shipped.standardOutput.contains("default.tsv: "), "\(shipped.standardError)")
    }

    @Test func aMalformedGlossaryStopsTheCheckWithFileAndLine() throws {
        let directory = try Self.temporaryDirectory()
        try "<martif>\n<text>\n</martif>\n".write(toFile: "\(directory)/bad.tbx", atomically: true, encoding: .utf8)
        try "Kiev.\n".write(toFile: "\(directory)/a.txt", atomically: true, encoding: .utf8)
        let result = try BinaryRun.run(["check", "--glossary", "\(directory)/bad.tbx", "\(directory)/a.txt"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("\(directory)/bad.tbx:3: malformed XML"), "\(result.standardError)")
    }

    @Test func aPairedRussianOriginalDrivesGlossaryMissing() throws {
        let directory = try Self.temporaryDirectory()
        let terms = "\(try Self.temporaryDirectory())/terms.tsv"
        try "target\tsource\tnote\nInvestigative Committee\tСледственный комитет\tthe federal investigators\n"
            .write(toFile: terms, atomically: true, encoding: .utf8)
        try "Investigators opened a case on 3 May.\n".write(toFile: "\(directory)/a.en.txt", atomically: true, encoding: .utf8)
        try "Следственным комитетом возбуждено дело 3 мая.\n".write(toFile: "\(directory)/a.ru.txt", atomically: true, encoding: .utf8)
        let result = try BinaryRun.run(["check", "--format", "json", "--glossary", terms, directory])
        #expect(try result.reports.count == 1, "the .ru original is not checked as a translation")
        let missing = result.findings("glossary-missing")
        #expect(missing.count == 1 && missing.first?["suggestion"] as? String == "Investigative Committee", "\(result.standardOutput)")
        #expect((missing.first?["message"] as? String ?? "").contains("Следственным комитетом"))
    }

    static func temporaryDirectory() throws -> String {
        try TestPaths.temporaryFolder().path
    }
}

extension BinaryRun {
    /// Findings of the first report, optionally of one check.
    func findings(_ check: String? = nil) -> [[String: Any]] {
        let all = (try? reports)?.first?["findings"] as? [[String: Any]] ?? []
        return check.map { id in all.filter { $0["check"] as? String == id } } ?? all
    }
}
