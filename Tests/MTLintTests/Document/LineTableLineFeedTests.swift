import Testing
@testable import MTLint

/// Text whose lines all end in LF takes a path of its own (memchr, tables written through
/// pointers, sized for a line every 32 bytes or, past that, for the lines counted): it gives
/// what the byte-by-byte walk over any line endings gives.
@Suite struct LineTableLineFeedTests {
    @Test func lineFeedTextGivesTheLinesAndParagraphsOfTheGeneralWalk() {
        var generator = SplitMix64(seed: 1225)
        let pieces: [[UInt8]] = [[0x0A], [0x0A, 0x0A], [0x20], [0x09], [0x0C], Array("word".utf8), Array("ж".utf8),
                                 Array(repeating: 0x61, count: 40), Array(repeating: 0x62, count: 90)]
        var sawShortLines = false, sawLongLines = false
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 40) { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let table = LineTable(bytes)
            let expected = LineTable.anyLines(TextBytes(bytes))
            #expect(table.lineRanges == expected.lines, "\(bytes)")
            #expect(table.paragraphs == expected.paragraphs, "\(bytes)")
            // Both sizings are taken: more lines than one every 32 bytes, and fewer.
            if table.count > bytes.count / 32 + 1 { sawShortLines = true } else { sawLongLines = true }
        }
        #expect(sawShortLines && sawLongLines)
    }
}
