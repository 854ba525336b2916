/// A 1-based line and column, where columns count user-perceived characters.
public struct TextLocation: Sendable, Equatable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// Where each line starts. Line endings are "\n", "\r\n" and "\r".
public struct LineTable: Sendable {
    /// Byte offset of the first byte of each line.
    public let starts: [Int]
    /// Byte offset just past each line's content (before its line ending).
    public let ends: [Int]

    init(_ bytes: [UInt8]) {
        var starts = [0]
        var ends: [Int] = []
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                ends.append(index)
                if byte == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        ends.append(count)
        self.starts = starts
        self.ends = ends
    }

    public var count: Int { starts.count }

    /// The 0-based index of the line containing `offset`.
    public func lineIndex(of offset: Int) -> Int {
        max(0, starts.partitioningIndex { $0 > offset } - 1)
    }

    /// The content range of a 0-based line, without its line ending.
    public func range(ofLine index: Int) -> Range<Int> {
        starts[index]..<ends[index]
    }

    /// Maximal runs of lines that hold more than whitespace.
    func paragraphs(in bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var open: Int?
        var lastEnd = 0
        for index in 0..<count {
            let line = range(ofLine: index)
            let blank = bytes[line].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }
            if blank {
                if let start = open { result.append(start..<lastEnd) }
                open = nil
            } else {
                if open == nil { open = line.lowerBound }
                lastEnd = line.upperBound
            }
        }
        if let start = open { result.append(start..<lastEnd) }
        return result
    }
}

/// Converts byte offsets to line and column. Reusing one locator for ascending offsets
/// on the same line counts characters only from the previous position (long lines stay fast).
public struct LineLocator {
    private let document: Document
    private var cachedLine = -1
    private var cachedOffset = 0
    private var cachedColumn = 1

    public init(_ document: Document) {
        self.document = document
    }

    public mutating func location(of offset: Int) -> TextLocation {
        let lines = document.lines
        let lineIndex = lines.lineIndex(of: offset)
        let lineStart = lines.starts[lineIndex]
        var fromOffset = lineStart
        var column = 1
        if lineIndex == cachedLine && offset >= cachedOffset {
            fromOffset = cachedOffset
            column = cachedColumn
        }
        let clamped = min(offset, lines.ends[lineIndex])
        column += Self.characterCount(document, fromOffset..<max(fromOffset, clamped))
        cachedLine = lineIndex
        cachedOffset = max(fromOffset, clamped)
        cachedColumn = column
        return TextLocation(line: lineIndex + 1, column: column)
    }

    private static func characterCount(_ document: Document, _ range: Range<Int>) -> Int {
        let bytes = document.utf8
        var ascii = true
        for offset in range where bytes[offset] >= 0x80 {
            ascii = false
            break
        }
        if ascii { return range.count }
        let utf8 = document.text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return document.text[start..<end].count
    }
}
