extension ExtractedTextBuilder {
    /// How white space inside markup text becomes prose.
    enum Whitespace {
        /// HTML: every run of white space is one space.
        case collapseAll
        /// XLIFF, TMX: runs holding line breaks or tabs are one space; spaces stay.
        case collapseLineBreaks
    }

    /// Appends text a markup parser reported, located in the raw file by ``MarkupTextLocator``.
    mutating func append(located pieces: [MarkupTextLocator.Piece], of text: [UInt8], raw: [UInt8], whitespace: Whitespace) {
        for piece in pieces {
            guard piece.verbatim else {
                let decoded = text[piece.text]
                if decoded.allSatisfy(Self.isWhitespace) {
                    space(at: piece.raw)
                } else {
                    insert(decoded, at: piece.raw, spanning: piece.rawLength)
                }
                continue
            }
            let end = piece.raw + piece.text.count
            var index = piece.raw
            while index < end {
                var stop = index
                if Self.isWhitespace(raw[index]) {
                    var breaks = false
                    while stop < end, Self.isWhitespace(raw[stop]) {
                        if raw[stop] != 0x20 { breaks = true }
                        stop += 1
                    }
                    let atLineStart = lastByte == nil || lastByte == 0x0A
                    if whitespace == .collapseAll || breaks {
                        space(at: index)
                    } else if !atLineStart {
                        append(raw, index..<stop)
                    }
                } else {
                    while stop < end, !Self.isWhitespace(raw[stop]) { stop += 1 }
                    append(raw, index..<stop)
                }
                index = stop
            }
        }
    }

    /// Appends another builder's text and pieces after this one's.
    mutating func append(contentsOf other: ExtractedTextBuilder) {
        appendShifted(other)
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C
    }
}
