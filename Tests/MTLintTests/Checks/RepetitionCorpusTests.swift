import Foundation
import Testing
@testable import MTLint

/// The legitimate repetitions listed with the WMT corpus (idioms, scope constructions,
/// repetitions the Russian has too) must stay clean. Runs only where the shared corpus is
/// present (`MTLINT_CORPUS`, or the corpus in ``TestPaths/shared``).
@Suite struct RepetitionCorpusTests {
    static let corpus: URL? = {
        let corpus = ProcessInfo.processInfo.environment["MTLINT_CORPUS"].map { URL(fileURLWithPath: $0) }
            ?? TestPaths.shared.appendingPathComponent("corpus")
        let present = FileManager.default.fileExists(atPath: corpus.appendingPathComponent("wmt-gold/wmt.pooled.negatives.jsonl").path)
        return present ? corpus : nil
    }()

    struct Record: Decodable {
        let file: String
        let line: Int
        let reason: String?
        let category: String?
    }

    private func records(_ name: String) throws -> [Record] {
        let data = try Data(contentsOf: Self.corpus!.appendingPathComponent("wmt-gold/\(name)"))
        return try data.split(separator: UInt8(ascii: "\n")).map { try JSONDecoder().decode(Record.self, from: Data($0)) }
    }

    /// Repetition findings at warning or above on each (file, line) of `records`.
    private func findings(on records: [Record]) throws -> [String: [Finding]] {
        let checker = try Checker()
        let loader = ArticleLoader()
        var result: [String: [Finding]] = [:]
        for (file, group) in Dictionary(grouping: records, by: \.file) {
            let english = Self.corpus!.appendingPathComponent("wmt/\(file)").path
            let russian = english.replacingOccurrences(of: ".en.txt", with: ".ru.txt")
            let report = checker.check(try loader.load(path: english), source: try loader.load(path: russian))
            for record in group {
                result["\(file):\(record.line)"] = report.findings.filter {
                    $0.check.hasPrefix("repeated-") && $0.severity != .info && $0.line == record.line
                }
            }
        }
        return result
    }

    @Test(.enabled(if: corpus != nil)) func legitimateRepetitionsStayClean() throws {
        let negatives = try records("wmt.pooled.negatives.jsonl")
        #expect(negatives.count >= 30)
        for (line, found) in try findings(on: negatives).sorted(by: { $0.key < $1.key }) {
            #expect(found.isEmpty, "\(line): \(found.map { "\($0.check) “\($0.text)”" })")
        }
    }

    @Test(.enabled(if: corpus != nil)) func pooledDuplicatesAreFound() throws {
        let duplicates = try records("wmt.pooled.gold.jsonl").filter { $0.category == "duplicate" }
        let missed = try findings(on: duplicates).filter { $0.value.isEmpty }.keys.sorted()
        #expect(missed.isEmpty, "missed: \(missed)")
    }
}
