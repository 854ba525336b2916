import CWordScan
import Testing
@testable import MTLint

/// The line table finds its lines in C with which of them hold a byte from 0x80 and which
/// are blank, and later scans for non-ASCII bytes read only the lines that hold one: each is
/// held to its definition on texts of every mix of short and long lines, blank ones, CR and
/// CR LF endings, and non-ASCII bytes across the scan's 64-byte steps.
@Suite struct TextScanLineTests {
    private static let pieces: [[UInt8]] = [
        [0x0A], [0x0A, 0x0A], [0x20], [0x09], [0x0C], Array("word".utf8), Array("ж".utf8), Array("—".utf8), [0xFF],
        Array(repeating: 0x61, count: 40), Array(repeating: 0x62, count: 90), [0x20, 0x0A], [0x0D, 0x0A], [0x0D],
    ]

    private static func texts(seed: UInt64, count: Int, allowingCR: Bool) -> [[UInt8]] {
        var generator = SplitMix64(seed: seed)
        let pieces = allowingCR ? Self.pieces : Self.pieces.filter { !$0.contains(0x0D) }
        return (0..<count).map { _ in
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 40) { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            return bytes
        }
    }

    /// The lines split at each LF, with their bits, by definition.
    private static func lineFeedLines(_ bytes: [UInt8]) -> (bounds: [UInt32], nonASCII: [Bool], blank: [Bool]) {
        var bounds: [UInt32] = [], nonASCII: [Bool] = [], blank: [Bool] = []
        var start = 0
        for end in bytes.indices.filter({ bytes[$0] == 0x0A }) + [bytes.count] {
            let line = bytes[start..<end]
            bounds += [UInt32(start), UInt32(end)]
            nonASCII.append(line.contains { $0 >= 0x80 })
            blank.append(line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C })
            start = end + 1
        }
        return (bounds, nonASCII, blank)
    }

    private static func bits(_ words: [UInt64], count: Int) -> [Bool] {
        (0..<count).map { (index: Int) -> Bool in (words[index / 64] >> UInt64(index % 64)) & 1 == 1 }
    }

    @Test(arguments: [false, true])
    func theCScanFindsEachLineAndItsBits(avx2: Bool) {
        guard !avx2 || mtl_has_avx2() != 0 else { return }
        for bytes in Self.texts(seed: 1207, count: 3_000, allowingCR: false) {
            let expected = Self.lineFeedLines(bytes)
            let lineCount = expected.nonASCII.count
            for room in [lineCount, lineCount - 1] where room > 0 {
                var bounds = [UInt32](repeating: 0, count: 2 * room)
                var nonASCII = [UInt64](repeating: 0, count: room / 64 + 1)
                var blank = [UInt64](repeating: 0, count: room / 64 + 1)
                var carriageReturn: UInt8 = 1
                let found = (bytes + [0x0D]).withUnsafeBufferPointer {  // a byte past the end, never read
                    mtl_line_feed_lines_with($0.baseAddress!, bytes.count, &bounds, room, &nonASCII, &blank, &carriageReturn, avx2 ? 1 : 0)
                }
                #expect(carriageReturn == 0)
                guard room == lineCount else {
                    #expect(found == room + 1)
                    continue
                }
                #expect(found == lineCount)
                #expect(bounds == expected.bounds, "\(bytes)")
                #expect(Self.bits(nonASCII, count: lineCount) == expected.nonASCII, "\(bytes)")
                #expect(Self.bits(blank, count: lineCount) == expected.blank, "\(bytes)")
            }
        }
    }

    @Test(arguments: [false, true])
    func theCScanStopsAtACarriageReturn(avx2: Bool) {
        guard !avx2 || mtl_has_avx2() != 0 else { return }
        for bytes in Self.texts(seed: 1210, count: 3_000, allowingCR: true) {
            let room = bytes.count + 1
            var bounds = [UInt32](repeating: 0, count: 2 * room)
            var nonASCII = [UInt64](repeating: 0, count: room / 64 + 1)
            var blank = [UInt64](repeating: 0, count: room / 64 + 1)
            var carriageReturn: UInt8 = 0
            _ = (bytes + [0x0D]).withUnsafeBufferPointer {
                mtl_line_feed_lines_with($0.baseAddress!, bytes.count, &bounds, room, &nonASCII, &blank, &carriageReturn, avx2 ? 1 : 0)
            }
            #expect((carriageReturn == 1) == bytes.contains(0x0D), "\(bytes)")
        }
    }

    @Test func theTableKnowsWhichLinesHoldNonASCIIBytes() {
        for bytes in Self.texts(seed: 1208, count: 2_000, allowingCR: true) {
            let table = LineTable(TextBytes(bytes))
            let general = LineTable.anyLines(TextBytes(bytes))
            #expect(table.lineRanges == general.lines && table.paragraphs == general.paragraphs, "\(bytes)")
            let holds = (0..<table.count).map { bytes[table.range(ofLine: $0)].contains { $0 >= 0x80 } }
            #expect((0..<table.count).map(table.lineHasNonASCII) == holds, "\(bytes)")
            for line in 0...table.count {
                #expect(table.firstLineWithNonASCII(from: line) == (line..<table.count).first { holds[$0] } ?? table.count)
            }
        }
    }

    @Test func theLineScanFindsTheFirstNonASCIIByteFromEveryOffset() {
        for bytes in Self.texts(seed: 1209, count: 1_000, allowingCR: true) {
            let table = LineTable(TextBytes(bytes))
            bytes.withUnsafeBufferPointer { buffer in
                // From the first line, and on in text order from the line of the byte found last.
                var line = 0
                for offset in 0...bytes.count + 1 {
                    let expected = ByteScan.firstNonASCII(buffer, from: offset)
                    var fromFirst = 0
                    #expect(table.firstNonASCII(in: buffer, from: offset, line: &fromFirst) == expected, "\(bytes) from \(offset)")
                    #expect(table.firstNonASCII(in: buffer, from: offset, line: &line) == expected, "\(bytes) from \(offset)")
                }
            }
        }
    }
}
