/// Builds the prose of a marked-up file piece by piece, remembering where each piece came
/// from. Breaks are collapsed: the text never starts with one and never holds more than one
/// blank line in a row.
struct ExtractedTextBuilder {
    private(set) var utf8: [UInt8] = []
    private var pieces: [OriginMap.Piece] = []
    /// Where the next piece would continue the previous verbatim piece without a gap.
    private var verbatimEnd = -1

    init(capacity: Int = 0) {
        utf8.reserveCapacity(capacity)
    }

    var isEmpty: Bool { utf8.isEmpty }

    /// Copies `range` of `original` verbatim.
    mutating func append(_ original: [UInt8], _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if range.lowerBound != verbatimEnd || pieces.isEmpty || !pieces[pieces.count - 1].verbatim {
            pieces.append(.init(extracted: utf8.count, original: range.lowerBound, verbatim: true))
        }
        utf8.append(contentsOf: original[range])
        verbatimEnd = range.upperBound
    }

    /// Adds text the extractor produced (a decoded entity, a separator), standing for the
    /// original text at `originalOffset`.
    mutating func insert(_ text: some Collection<UInt8>, at originalOffset: Int, spanning originalLength: Int = 0) {
        guard !text.isEmpty else { return }
        pieces.append(.init(extracted: utf8.count, original: originalOffset, verbatim: false, originalLength: originalLength))
        utf8.append(contentsOf: text)
        verbatimEnd = -1
    }

    /// Adds text the extractor produced, as a string.
    mutating func insert(_ text: String, at originalOffset: Int) {
        insert(Array(text.utf8), at: originalOffset)
    }

    /// Ends the current line (unless nothing has been written or it already ended).
    mutating func lineBreak(at originalOffset: Int) {
        guard let last = utf8.last, last != 0x0A else { return }
        trimTrailingSpaces()
        insert([0x0A], at: originalOffset)
    }

    /// Ends the current line even when it is empty (bilingual files keep one line per segment).
    mutating func newline(at originalOffset: Int) {
        trimTrailingSpaces()
        insert([0x0A], at: originalOffset)
    }

    /// Ends the current paragraph with a blank line.
    mutating func paragraphBreak(at originalOffset: Int) {
        guard !utf8.isEmpty else { return }
        lineBreak(at: originalOffset)
        if utf8.count >= 2, utf8[utf8.count - 2] == 0x0A { return }
        insert([0x0A], at: originalOffset)
    }

    /// A single space, unless the text is empty or already ends in white space.
    mutating func space(at originalOffset: Int) {
        guard let last = utf8.last, last != 0x20, last != 0x0A else { return }
        insert([0x20], at: originalOffset)
    }

    /// Appends `other`'s text, shifting its pieces behind this text.
    mutating func appendShifted(_ other: ExtractedTextBuilder) {
        let shift = utf8.count
        for piece in other.pieces {
            pieces.append(.init(extracted: piece.extracted + shift, original: piece.original, verbatim: piece.verbatim,
                                originalLength: piece.originalLength))
        }
        utf8.append(contentsOf: other.utf8)
        verbatimEnd = -1
    }

    /// Removes trailing spaces and tabs.
    mutating func trimEnd() {
        trimTrailingSpaces()
    }

    /// The last byte written, if any.
    var lastByte: UInt8? { utf8.last }

    private mutating func trimTrailingSpaces() {
        while let last = utf8.last, last == 0x20 || last == 0x09 {
            utf8.removeLast()
            while let piece = pieces.last, piece.extracted >= utf8.count { pieces.removeLast() }
        }
        verbatimEnd = -1
    }

    /// The text with a final newline, keeping empty lines (one line per bilingual segment).
    mutating func finishKeepingLines(endOffset: Int) -> (utf8: [UInt8], map: OriginMap) {
        if !utf8.isEmpty { newline(at: endOffset) }
        if pieces.isEmpty { pieces.append(.init(extracted: 0, original: 0, verbatim: false)) }
        return (utf8, OriginMap(pieces: pieces))
    }

    /// The text (ending in a newline when not empty) and its map.
    mutating func finish(endOffset: Int) -> (utf8: [UInt8], map: OriginMap) {
        if !utf8.isEmpty {
            trimTrailingSpaces()
            while utf8.last == 0x0A {
                utf8.removeLast()
                while let piece = pieces.last, piece.extracted >= utf8.count { pieces.removeLast() }
            }
            insert([0x0A], at: endOffset)
        }
        if pieces.isEmpty { pieces.append(.init(extracted: 0, original: 0, verbatim: false)) }
        return (utf8, OriginMap(pieces: pieces))
    }
}
