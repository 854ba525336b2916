import CWordScan

/// A 1-based line and column, where columns count user-perceived characters.
public struct TextLocation: Sendable, Equatable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// Where each line starts and ends. Line endings are "\n", "\r\n" and "\r".
public struct LineTable: Sendable {
    /// Each line's content: from its first byte to just before its line ending. One table of
    /// 32-bit bounds, not two of `Int` (a 100 MB text has a million lines: 8 MB, not 17).
    let lineRanges: CompactRanges
    /// Maximal runs of lines that hold more than spaces, tabs and form feeds, from the first
    /// line's start to the last one's end.
    let paragraphs: [Range<Int>]
    /// Bit `i % 64` of word `i / 64` set if line `i`'s content holds a byte from 0x80: the
    /// lines a scan for non-ASCII bytes must read (found in the pass that finds the lines; an
    /// English text has few, the 100 MB file 45,265 of its 1,052,864).
    let nonASCIILines: [UInt64]

    /// Byte offset of the first byte of each line.
    public var starts: LazyMapCollection<CompactRanges, Int> { lineRanges.lazy.map(\.lowerBound) }
    /// Byte offset just past each line's content (before its line ending).
    public var ends: LazyMapCollection<CompactRanges, Int> { lineRanges.lazy.map(\.upperBound) }

    /// Lines and paragraphs are found in one pass: the paragraphs in a second walk over the
    /// lines cost a third as much again on a long text.
    init(_ bytes: TextBytes) {
        let found = bytes.withUnsafeBufferPointer { buffer -> Found? in
            // Text without any CR (the usual case) is read in C; the scan stops at a CR.
            guard buffer.baseAddress != nil else { return nil }
            // Room for a line every 32 bytes, nearly always enough (room never written takes no
            // memory); else room for the lines counted.
            var carriageReturn = false
            if let found = Self.lineFeedLines(buffer, room: buffer.count / 32 + 1, carriageReturn: &carriageReturn) { return found }
            guard !carriageReturn else { return nil }
            return Self.lineFeedLines(buffer, room: buffer.count(where: { $0 == 0x0A }) + 1, carriageReturn: &carriageReturn)
        }
        (lineRanges, paragraphs, nonASCIILines) = found ?? Self.anyLines(bytes)
    }

    typealias Found = (lines: CompactRanges, paragraphs: [Range<Int>], nonASCIILines: [UInt64])

    /// The lines and paragraphs of text whose lines all end in LF, into a table of `room`
    /// lines; nil if there are more lines, or a CR (then `carriageReturn` is set). The lines are found in C, with which of them hold a
    /// non-ASCII byte and which are blank (a walk here called memchr for each line and read
    /// its first byte: 90 instructions a line); the paragraphs are the runs of lines that are
    /// not blank, found from those bits.
    private static func lineFeedLines(_ buffer: UnsafeBufferPointer<UInt8>, room: Int, carriageReturn: inout Bool) -> Found? {
        precondition(buffer.count <= Int(UInt32.max), "offsets beyond 4 GB")
        let base = buffer.baseAddress!, count = buffer.count
        var nonASCIILines = [UInt64](repeating: 0, count: room / 64 + 1)
        var blankLines = [UInt64](repeating: 0, count: room / 64 + 1)
        var lineCount = 0
        var returnByte: UInt8 = 0
        let lines = CompactRanges(unsafeUninitializedCapacity: room) { lines, linesWritten in
            // Each line's bounds are two 32-bit values, as the C function writes them.
            lineCount = lines.withMemoryRebound(to: UInt32.self) { bounds in
                mtl_line_feed_lines(base, count, bounds.baseAddress!, room, &nonASCIILines, &blankLines, &returnByte)
            }
            linesWritten = lineCount <= room && returnByte == 0 ? lineCount : 0
        }
        carriageReturn = returnByte != 0
        guard lineCount <= room, !carriageReturn else { return nil }
        var paragraphs: [Range<Int>] = []
        // Paragraphs are separated by a blank line: at most one for every two lines.
        paragraphs.reserveCapacity(lineCount / 2 + 1)
        var line = 0
        while true {
            let first = firstLine(in: blankLines, from: line, count: lineCount, marked: false)
            guard first < lineCount else { break }
            let afterLast = firstLine(in: blankLines, from: first, count: lineCount, marked: true)
            paragraphs.append(lines[first].lowerBound..<lines[afterLast - 1].upperBound)
            line = afterLast
        }
        return (lines, paragraphs, nonASCIILines)
    }

    /// The first of `count` lines at or after `index` whose bit in `lines` (bit `i % 64` of
    /// word `i / 64` for line `i`) is set, or clear if not `marked`; `count` if none.
    private static func firstLine(in lines: [UInt64], from index: Int, count: Int, marked: Bool) -> Int {
        var word = index >> 6
        let flip: UInt64 = marked ? 0 : ~0
        guard word < lines.count else { return count }
        var bits = (lines[word] ^ flip) & (~0 << (index & 63))
        while bits == 0 {
            word += 1
            guard word < lines.count else { return count }
            bits = lines[word] ^ flip
        }
        return min(word << 6 + bits.trailingZeroBitCount, count)
    }

    /// The lines and paragraphs of any text, with LF, CR LF or CR line endings (and of an empty
    /// text, which may come without a buffer: one empty line).
    static func anyLines(_ bytes: TextBytes) -> Found {
        var lines = CompactRanges()
        var paragraphs: [Range<Int>] = []
        var nonASCIILines: [UInt64] = []
        var paragraph = OpenParagraph()
        let count = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            func endLine(from start: Int, to end: Int) {
                if lines.count & 63 == 0 { nonASCIILines.append(0) }
                let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
                if ByteScan.firstNonASCII(line, from: 0) < line.count { nonASCIILines[lines.count >> 6] |= 1 << (lines.count & 63) }
                lines.append(start..<end)
                if let closed = paragraph.takeLine(buffer, from: start, to: end) { paragraphs.append(closed) }
            }
            var lineStart = 0
            var index = 0
            while index < count {
                let byte = buffer[index]
                // Every byte is compared here: a tight loop without bounds checks.
                if byte == 0x0A || byte == 0x0D {
                    endLine(from: lineStart, to: index)
                    if byte == 0x0D, index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    lineStart = index + 1
                }
                index += 1
            }
            endLine(from: lineStart, to: count)
        }
        if let last = paragraph.atEnd { paragraphs.append(last) }
        return (lines, paragraphs, nonASCIILines)
    }

    /// The paragraph the lines taken so far are in, for both walks over the lines.
    private struct OpenParagraph {
        private var start = -1
        private var end = 0

        /// Takes the line `lineStart..<lineEnd` of `bytes`: a paragraph goes on through it, or
        /// opens with it, unless it is blank (only spaces, tabs and form feeds: nearly always
        /// told by its first byte). Returns the paragraph a blank line closes.
        @inline(__always)
        mutating func takeLine(_ bytes: UnsafeBufferPointer<UInt8>, from lineStart: Int, to lineEnd: Int) -> Range<Int>? {
            var offset = lineStart
            while offset < lineEnd && (bytes[offset] == 0x20 || bytes[offset] == 0x09 || bytes[offset] == 0x0C) { offset += 1 }
            if offset < lineEnd {
                if start < 0 { start = lineStart }
                end = lineEnd
                return nil
            }
            defer { start = -1 }
            return atEnd
        }

        /// The paragraph open after the last line taken, if any.
        var atEnd: Range<Int>? { start >= 0 ? start..<end : nil }
    }

    public var count: Int { lineRanges.count }

    /// The 0-based index of the line containing `offset`.
    public func lineIndex(of offset: Int) -> Int {
        max(0, starts.partitioningIndex { $0 > offset } - 1)
    }

    /// ``lineIndex(of:)`` for an offset at or after the start of line `known`: the line before
    /// the first one after `known` that starts past `offset`, walked to from `known`. Offsets
    /// located in text order mostly land a few lines on; a search of the whole table missed
    /// the cache at each of its twenty-odd steps on a long text.
    func lineIndex(of offset: Int, from known: Int) -> Int {
        lineRanges.withUnsafeBufferPointer { lines in lines.firstIndex(from: known + 1, walking: 4) { Int($0.lowerBound) > offset } - 1 }
    }

    /// Whether the content of the 0-based line `index` holds a byte from 0x80.
    func lineHasNonASCII(_ index: Int) -> Bool {
        nonASCIILines[index >> 6] & (1 << (index & 63)) != 0
    }

    /// The first line at or after `index` whose content holds a byte from 0x80, or the count.
    func firstLineWithNonASCII(from index: Int) -> Int {
        // Most calls are made from a line with such a byte.
        if index < count && lineHasNonASCII(index) { return index }
        return Self.firstLine(in: nonASCIILines, from: index, count: count, marked: true)
    }

    /// The offset of the first byte from 0x80 at or after `offset` in `bytes` (the text the
    /// table was made of), or the count: what `ByteScan.firstNonASCII` finds, read only in the
    /// lines that hold such a byte (line endings are ASCII). `line` is a line starting at or
    /// before `offset`, where the search starts: only lines with such bytes are visited on
    /// from it (callers in text order pass the line of the byte found last, where it is set).
    func firstNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int, line: inout Int) -> Int {
        guard offset < bytes.count else { return max(offset, bytes.count) }
        var index = firstLineWithNonASCII(from: line)
        while index < count {
            let content = lineRanges[index]
            if offset < content.upperBound {
                let upTo = content.upperBound
                let found = ByteScan.firstNonASCII(UnsafeBufferPointer(rebasing: bytes[..<upTo]), from: max(offset, content.lowerBound))
                if found < upTo {
                    line = index
                    return found
                }
            }
            index = firstLineWithNonASCII(from: index + 1)
        }
        return bytes.count
    }

    /// The content range of a 0-based line, without its line ending.
    public func range(ofLine index: Int) -> Range<Int> {
        lineRanges[index]
    }
}

/// Converts byte offsets to line and column in the user's file: the document's own text, or
/// for text extracted from markup, the original file through its origin map. Reusing one
/// locator for ascending offsets on the same line counts characters only from the previous
/// position (long lines stay fast).
public struct LineLocator {
    private let utf8: TextBytes
    private let lines: LineTable
    private let map: OriginMap?
    /// The whole text as a `String`, made only if a count must start or end inside a
    /// character's bytes (never for the hits checks make): plain text is counted from its bytes.
    private let wholeText: () -> String
    private var cachedLine = -1
    private var cachedOffset = 0
    private var cachedColumn = 1

    public init(_ document: Document) {
        if let origin = document.origin {
            utf8 = TextBytes(origin.utf8)
            lines = origin.lines
            map = origin.map
            wholeText = { origin.text }
        } else {
            utf8 = document.utf8
            lines = document.lines
            map = nil
            wholeText = { document.text }
        }
    }

    /// Where the byte at `offset` is.
    public mutating func location(of offset: Int) -> TextLocation {
        locate(map?.originalOffset(of: offset) ?? offset)
    }

    /// Where a range ending at `offset` ends (for extracted text, just past its last byte).
    public mutating func endLocation(of offset: Int) -> TextLocation {
        locate(map?.originalEndOffset(of: offset) ?? offset)
    }

    private mutating func locate(_ offset: Int) -> TextLocation {
        // Ascending offsets mostly stay on the line of the previous one: no search then.
        let onCachedLine = cachedLine >= 0 && offset >= lines.starts[cachedLine]
            && (cachedLine + 1 == lines.count || offset < lines.starts[cachedLine + 1])
        let lineIndex = onCachedLine ? cachedLine
            : cachedLine >= 0 && offset >= lines.starts[cachedLine] ? lines.lineIndex(of: offset, from: cachedLine)
            : lines.lineIndex(of: offset)
        let lineStart = lines.starts[lineIndex]
        var fromOffset = lineStart
        var column = 1
        if lineIndex == cachedLine && offset >= cachedOffset {
            fromOffset = cachedOffset
            column = cachedColumn
        }
        let clamped = min(offset, lines.ends[lineIndex])
        // A line without non-ASCII bytes (nearly every line of an English text) counts its
        // characters as bytes, without reading them: the text is long out of the cache here.
        let counted = fromOffset..<max(fromOffset, clamped)
        column += lines.lineHasNonASCII(lineIndex) ? characterCount(counted) : counted.count
        cachedLine = lineIndex
        cachedOffset = max(fromOffset, clamped)
        cachedColumn = column
        return TextLocation(line: lineIndex + 1, column: column)
    }

    /// User-perceived characters in a byte range of one line.
    private func characterCount(_ range: Range<Int>) -> Int {
        utf8.withUnsafeBufferPointer { buffer in
            let bytes = UnsafeBufferPointer(rebasing: buffer[range])
            if ByteScan.firstNonASCII(bytes, from: 0) == bytes.count { return range.count }
            // A substring's characters are counted from its own bounds, so the bytes alone
            // give the count whenever both ends start a scalar (U+FFFD would stand in for a
            // split one, where the String view rounds down: that case takes the String).
            let isScalarStart = { (offset: Int) in offset >= buffer.count || buffer[offset] & 0xC0 != 0x80 }
            guard isScalarStart(range.lowerBound), isScalarStart(range.upperBound) else {
                let text = wholeText()
                let view = text.utf8
                let start = view.index(view.startIndex, offsetBy: range.lowerBound)
                let end = view.index(start, offsetBy: range.count)
                return text[start..<end].count
            }
            return String(decoding: bytes, as: UTF8.self).count
        }
    }
}
