import Testing
@testable import MTLint

/// Columns count user-perceived characters, however the locator is walked.
@Suite struct LineLocatorTests {
    /// The expected column: characters of the line's text before `offset`, plus one.
    private func column(of offset: Int, in document: Document) -> Int {
        let line = document.lines.lineIndex(of: offset)
        let start = document.lines.starts[line]
        let end = min(offset, document.lines.ends[line])
        return String(decoding: document.utf8[start..<max(start, end)], as: UTF8.self).count + 1
    }

    @Test func ascendingAndJumpingOffsetsGiveTheCharacterColumn() {
        let text = "ax\u{301}\u{302}b 🇷🇺🇬🇧 c 👨‍👩‍👧 d ж\r\nплain ascii line\rкириллица x\u{0308}\n\n" + String(repeating: "long ascii ", count: 50) + "é"
        let document = Document(text: text)
        // A fresh locator at every scalar (even inside a flag or a family).
        let scalars = document.utf8.indices.filter { document.utf8[$0] & 0xC0 != 0x80 } + [document.utf8.count]
        for offset in scalars {
            var fresh = LineLocator(document)
            #expect(fresh.location(of: offset) == expected(offset, in: document), "offset \(offset)")
        }
        // One locator walked over the characters' starts, ascending, then jumping back and forth
        // (a fixed permutation).
        let view = document.text.utf8
        let characters = document.text.indices.map { view.distance(from: view.startIndex, to: $0) } + [document.utf8.count]
        var ascending = LineLocator(document)
        for offset in characters {
            #expect(ascending.location(of: offset) == expected(offset, in: document), "offset \(offset)")
        }
        var jumping = LineLocator(document)
        for index in characters.indices {
            let offset = characters[index * 7919 % characters.count]
            #expect(jumping.location(of: offset) == expected(offset, in: document), "offset \(offset)")
        }
    }

    private func expected(_ offset: Int, in document: Document) -> TextLocation {
        TextLocation(line: document.lines.lineIndex(of: offset) + 1, column: column(of: offset, in: document))
    }

    @Test func theSearchOnFromAKnownLineFindsTheLineTheWholeSearchFinds() {
        // Lines of varied lengths, empty ones among them, so that the walk, the doubling steps
        // and the binary search each end the search somewhere.
        var generator = SplitMix64(seed: 2026)
        let text = (0..<300).map { _ in String(repeating: "w", count: Int(generator.next() % 5) * Int(generator.next() % 9)) }.joined(separator: "\n")
        let lines = Document(text: text).lines
        for offset in 0...text.utf8.count {
            let line = lines.lineIndex(of: offset)
            for known in Set([0, line / 2, max(0, line - 1), line, max(0, line - 5), max(0, line - 40)]) where lines.starts[known] <= offset {
                #expect(lines.lineIndex(of: offset, from: known) == line, "offset \(offset) from line \(known)")
            }
        }
    }

    @Test func anOffsetInsideACharactersBytesCountsLikeTheStringView() {
        let document = Document(text: "жж")
        var locator = LineLocator(document)
        // Offset 1 splits "ж": the String view rounds it down to the character's start.
        #expect(locator.location(of: 1) == TextLocation(line: 1, column: 1))
        #expect(locator.location(of: 3) == TextLocation(line: 1, column: 2))
    }
}

/// Lines and paragraphs come from one pass over the bytes; they are what the plain definitions give.
@Suite struct LineTableTests {
    /// Lines split at LF, CR LF and CR; paragraphs the maximal runs of lines with a byte other
    /// than space, tab or form feed.
    private static func reference(_ bytes: [UInt8]) -> (starts: [Int], ends: [Int], paragraphs: [Range<Int>]) {
        var starts = [0], ends: [Int] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A || bytes[index] == 0x0D {
                ends.append(index)
                if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        ends.append(bytes.count)
        var paragraphs: [Range<Int>] = []
        var open: Int?
        var lastEnd = 0
        for line in starts.indices {
            if bytes[starts[line]..<ends[line]].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }) {
                if let start = open { paragraphs.append(start..<lastEnd) }
                open = nil
            } else {
                if open == nil { open = starts[line] }
                lastEnd = ends[line]
            }
        }
        if let start = open { paragraphs.append(start..<lastEnd) }
        return (starts, ends, paragraphs)
    }

    @Test func linesAndParagraphsAreThePlainDefinitionsOnRandomText() {
        var generator = SplitMix64(seed: 1206)
        let pieces: [[UInt8]] = [[0x0A], [0x0D], [0x0D, 0x0A], [0x20], [0x09], [0x0C], Array("word".utf8), Array("ж".utf8), [0x0A, 0x0A]]
        for round in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 30) { bytes += pieces[Int(generator.next() % UInt64(round % 2 == 0 ? pieces.count : 6))] }
            let table = LineTable(bytes)
            let expected = Self.reference(bytes)
            #expect(Array(table.starts) == expected.starts && Array(table.ends) == expected.ends, "\(bytes)")
            #expect(table.paragraphs == expected.paragraphs, "\(bytes)")
        }
        #expect(Array(LineTable([]).ends) == [0] && LineTable([]).paragraphs.isEmpty)
    }
}
