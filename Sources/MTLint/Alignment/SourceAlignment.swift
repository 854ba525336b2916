/// Which part of the source each part of the translation translates: pairs of target lines
/// and source lines, in order. Paired files whose non-blank line counts agree pair line by
/// line; otherwise ``ParagraphAligner`` pairs them by length and shared numbers and names.
/// Bilingual files (XLIFF, TMX) pair unit by unit.
public struct SourceAlignment: Sendable {
    /// Target lines and the source lines they translate (either may be empty: an added or a
    /// dropped line). Line indices are 0-based, into each document's `lines`.
    public struct Pair: Sendable, Equatable {
        public let targetLines: Range<Int>
        public let sourceLines: Range<Int>
        /// Byte ranges of those lines in the target and the source.
        public let targetRange: Range<Int>
        public let sourceRange: Range<Int>
    }

    public let pairs: [Pair]
    /// The pair index of each target line; nil for blank lines.
    private let pairByTargetLine: [Int?]

    /// Aligns the non-blank lines of a translation and its source.
    public init(target: Document, source: Document) {
        let targetLines = Self.nonBlankLines(target)
        let sourceLines = Self.nonBlankLines(source)
        let beads: [(Range<Int>, Range<Int>)]
        if targetLines.count == sourceLines.count {
            beads = targetLines.indices.map { ($0..<$0 + 1, $0..<$0 + 1) }
        } else {
            beads = ParagraphAligner(target: targetLines.map { target.string(target.lines.range(ofLine: $0)) },
                                     source: sourceLines.map { source.string(source.lines.range(ofLine: $0)) }).align()
        }
        // Map bead indices (into the non-blank lists) back to document line indices.
        let pairs = beads.map { bead in
            (target: Self.lineRange(bead.0, in: targetLines, fallback: target.lines.count),
             source: Self.lineRange(bead.1, in: sourceLines, fallback: source.lines.count))
        }
        self.init(lineRanges: pairs, target: target, source: source)
    }

    /// An alignment given pair by pair (e.g. by translation units), in line indices.
    public init(lineRanges: [(target: Range<Int>, source: Range<Int>)], target: Document, source: Document) {
        var pairByTargetLine = [Int?](repeating: nil, count: target.lines.count)
        var pairs: [Pair] = []
        for (target: targetLines, source: sourceLines) in lineRanges {
            for line in targetLines where line < pairByTargetLine.count
                && !Self.isBlank(target, line) { pairByTargetLine[line] = pairs.count }
            pairs.append(Pair(targetLines: targetLines, sourceLines: sourceLines,
                              targetRange: Self.byteRange(targetLines, in: target),
                              sourceRange: Self.byteRange(sourceLines, in: source)))
        }
        self.pairs = pairs
        self.pairByTargetLine = pairByTargetLine
    }

    /// The pair holding a target line (0-based), if the line is not blank.
    public func pair(forTargetLine line: Int) -> Pair? {
        guard line >= 0, line < pairByTargetLine.count, let index = pairByTargetLine[line] else { return nil }
        return pairs[index]
    }

    /// The byte range in the source that a target line (0-based) translates; nil for a blank
    /// line, empty when the line has no counterpart.
    public func sourceRange(forTargetLine line: Int) -> Range<Int>? {
        pair(forTargetLine: line)?.sourceRange
    }

    private static func nonBlankLines(_ document: Document) -> [Int] {
        (0..<document.lines.count).filter { !isBlank(document, $0) }
    }

    private static func isBlank(_ document: Document, _ line: Int) -> Bool {
        document.utf8[document.lines.range(ofLine: line)].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }
    }

    private static func lineRange(_ bead: Range<Int>, in lines: [Int], fallback: Int) -> Range<Int> {
        guard !bead.isEmpty else {
            let at = bead.lowerBound < lines.count ? lines[bead.lowerBound] : fallback
            return at..<at
        }
        return lines[bead.lowerBound]..<(lines[bead.upperBound - 1] + 1)
    }

    private static func byteRange(_ lines: Range<Int>, in document: Document) -> Range<Int> {
        guard !lines.isEmpty, lines.lowerBound < document.lines.count else {
            let at = lines.lowerBound < document.lines.count ? document.lines.starts[lines.lowerBound] : document.utf8.count
            return at..<at
        }
        let last = min(lines.upperBound, document.lines.count) - 1
        return document.lines.starts[lines.lowerBound]..<document.lines.ends[last]
    }
}
