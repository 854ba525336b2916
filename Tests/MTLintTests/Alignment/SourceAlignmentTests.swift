import Foundation
import Testing
@testable import MTLint

/// Paragraph alignment of paired files whose line counts differ.
@Suite struct SourceAlignmentTests {
    @Test func equalLineCountsPairLineByLine() {
        let target = Document(text: "One.\n\nTwo 2.\nThree 3.\n")
        let source = Document(text: "Один.\nДва 2.\n\nТри 3.\n")
        let alignment = SourceAlignment(target: target, source: source)
        #expect(alignment.pairs.map(\.targetLines) == [0..<1, 2..<3, 3..<4])
        #expect(alignment.pairs.map(\.sourceLines) == [0..<1, 1..<2, 3..<4])
        #expect(alignment.sourceRange(forTargetLine: 1) == nil)
        #expect(alignment.sourceRange(forTargetLine: 2).map { source.string($0) } == "Два 2.")
    }

    @Test func aSplitSentenceAndAnAddedLineAreAligned() throws {
        // A WMT pair, with one translated sentence split in two and a credit line added.
        let wmt = TestPaths.shared.appendingPathComponent("corpus/wmt")
        let english = try String(contentsOf: wmt.appendingPathComponent("wmt22-ALMAnaCH-Inria__lenta.ru.89649.en.txt"), encoding: .utf8)
        let russian = try String(contentsOf: wmt.appendingPathComponent("wmt22-ALMAnaCH-Inria__lenta.ru.89649.ru.txt"), encoding: .utf8)
        var lines = english.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let second = lines[1]
        let cut = second.index(second.firstIndex(of: ",")!, offsetBy: 1)
        lines[1] = String(second[..<cut])
        lines.insert(String(second[cut...]).trimmingCharacters(in: .whitespaces), at: 2)
        lines.insert("Photo: Reuters", at: 5)
        let target = Document(text: lines.joined(separator: "\n"))
        let source = Document(text: russian)
        let alignment = SourceAlignment(target: target, source: source)
        #expect(alignment.pair(forTargetLine: 1)?.sourceLines == 1..<2)
        #expect(alignment.pair(forTargetLine: 2)?.sourceLines == 1..<2)
        // The short added line is dropped or joins a neighbour; the lines after it stay aligned.
        let added = try #require(alignment.pair(forTargetLine: 5)).sourceLines
        #expect(added.isEmpty || added == alignment.pair(forTargetLine: 4)?.sourceLines || added == alignment.pair(forTargetLine: 6)?.sourceLines)
        #expect(alignment.pair(forTargetLine: 11)?.sourceLines == 9..<10)
        // number-mismatch sees the right source lines: "2002" for "2022" on lines 1, 2 (the
        // split one: only its first half has the number) and 11.
        let report = try Checker().check(target, source: source)
        let lines2002 = report.findings.filter { $0.check == "number-mismatch" }.map(\.line)
        #expect(lines2002 == [1, 2, 12])
    }
}
