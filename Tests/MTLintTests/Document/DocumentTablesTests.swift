import Testing
@testable import MTLint

/// The document's tables of ranges keep 32-bit bounds: they give back the ranges put in, and
/// a document's sentences are the segmenter's, range for range.
@Suite struct DocumentTablesTests {
    @Test func compactRangesGiveBackTheRangesPutIn() {
        var generator = SplitMix64(seed: 5)
        let ranges = (0..<1_000).map { _ -> Range<Int> in
            let start = Int(generator.next() % UInt64(UInt32.max))
            return start..<min(Int(UInt32.max), start + Int(generator.next() % 1_000))
        } + [0..<0, 0..<Int(UInt32.max), Int(UInt32.max)..<Int(UInt32.max)]
        let compact = CompactRanges(ranges)
        #expect(compact.count == ranges.count)
        #expect(Array(compact) == ranges)
        var appended = CompactRanges()
        for range in ranges { appended.append(range) }
        #expect(appended == compact)
        let written = CompactRanges(unsafeUninitializedCapacity: ranges.count) { buffer, count in
            for (index, range) in ranges.enumerated() { buffer[index] = CompactRanges.Bounds(range) }
            count = ranges.count
        }
        #expect(written == compact)
        compact.withUnsafeBufferPointer { bounds in
            #expect(bounds.map(\.range) == ranges)
            #expect(bounds.map(\.isEmpty) == ranges.map(\.isEmpty))
        }
    }

    @Test func sentencesAreTheSegmentersRanges() {
        let text = "One sentence. Another one!\nA line.\n\nA paragraph, then Mr. Smith.\r\nThe end"
        let document = Document(text: text)
        #expect(Array(document.sentences).map(document.string) == ["One sentence.", "Another one!", "A line.", "A paragraph, then Mr. Smith.", "The end"])
    }
}
