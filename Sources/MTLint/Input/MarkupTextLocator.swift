/// Finds where the text a markup parser reports sits in the raw file, so extracted prose can
/// point at the file's lines and columns. It follows the decoded text over the raw bytes
/// from a cursor: equal bytes are verbatim; a character reference stands for one decoded
/// character; comments, CDATA markers and carriage returns (which XML drops) are stepped
/// over. Text it cannot follow is placed where following stopped.
struct MarkupTextLocator {
    let raw: [UInt8]
    /// Where the next text is expected to start.
    private(set) var cursor = 0

    /// A located piece of reported text: bytes `text` of it, from the raw file at `raw`.
    struct Piece {
        let text: Range<Int>
        let raw: Int
        let verbatim: Bool
        /// Raw bytes a piece that is not verbatim stands for (a reference's length).
        var rawLength = 0
    }

    init(raw: [UInt8]) {
        self.raw = raw
    }

    /// Moves the cursor past an element event: after an end tag, or after the `>` of the
    /// start tag whose attributes end at `position`.
    mutating func element(_ event: MarkupEvent) {
        var position = min(max(event.position, 0), raw.count)
        if event.kind == .start {
            var probe = position
            while probe < raw.count, raw[probe] == 0x20 || raw[probe] == 0x0A || raw[probe] == 0x0D || raw[probe] == 0x09 { probe += 1 }
            if probe < raw.count, raw[probe] == UInt8(ascii: ">") {
                position = probe + 1
            } else if probe + 1 < raw.count, raw[probe] == UInt8(ascii: "/"), raw[probe + 1] == UInt8(ascii: ">") {
                position = probe + 2
            }
        }
        cursor = max(cursor, position)
    }

    /// Where the start tag reported at `position` begins (its `<`).
    func tagStart(before position: Int) -> Int {
        var index = min(position, raw.count) - 1
        while index > 0, raw[index] != UInt8(ascii: "<") { index -= 1 }
        return max(index, 0)
    }

    /// Locates `text` from the cursor and advances the cursor past it.
    mutating func locate(_ text: [UInt8]) -> [Piece] {
        var pieces: [Piece] = []
        var i = 0
        var r = cursor
        var runStart: (Int, Int)?
        func close() {
            if let (ti, ri) = runStart, i > ti { pieces.append(Piece(text: ti..<i, raw: ri, verbatim: true)) }
            runStart = nil
        }
        while i < text.count && r < raw.count {
            let byte = raw[r]
            if byte == UInt8(ascii: "&"), let length = referenceLength(at: r),
               !(i + length <= text.count && text[i..<i + length].elementsEqual(raw[r..<r + length])) {
                close()
                let scalarLength = Self.scalarLength(text[i])
                pieces.append(Piece(text: i..<min(i + scalarLength, text.count), raw: r, verbatim: false, rawLength: length))
                i += scalarLength
                r += length
                continue
            }
            if byte == text[i] {
                if runStart == nil { runStart = (i, r) }
                i += 1
                r += 1
                continue
            }
            close()
            if byte == 0x0D {
                if text[i] == 0x0A && (r + 1 >= raw.count || raw[r + 1] != 0x0A) {
                    pieces.append(Piece(text: i..<i + 1, raw: r, verbatim: false))
                    i += 1
                }
                r += 1
            } else if byte == UInt8(ascii: "<"), let skipped = skipMarkup(at: r) {
                r = skipped
            } else if byte == UInt8(ascii: "]"), raw[r...].starts(with: Array("]]>".utf8)) {
                r += 3
            } else {
                break
            }
        }
        close()
        if i < text.count { pieces.append(Piece(text: i..<text.count, raw: min(r, raw.count), verbatim: false)) }
        cursor = r
        return pieces
    }

    /// Length of `&name;`, `&#123;`, `&#x1F;` (or HTML's `&name` without the semicolon).
    private func referenceLength(at index: Int) -> Int? {
        var end = index + 1
        while end < raw.count, end - index < 40 {
            let byte = raw[end]
            guard MarkdownInlineScanner.isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "#") else { break }
            end += 1
        }
        guard end > index + 1 else { return nil }
        if end < raw.count, raw[end] == UInt8(ascii: ";") { end += 1 }
        return end - index
    }

    /// Past a comment, processing instruction, CDATA opener or tag starting at `index`.
    private func skipMarkup(at index: Int) -> Int? {
        let rest = raw[index...]
        if rest.starts(with: Array("<!--".utf8)) { return find(Array("-->".utf8), from: index + 4).map { $0 + 3 } ?? raw.count }
        if rest.starts(with: Array("<![CDATA[".utf8)) { return index + 9 }
        if rest.starts(with: Array("<?".utf8)) { return find(Array("?>".utf8), from: index + 2).map { $0 + 2 } ?? raw.count }
        let next = index + 1 < raw.count ? raw[index + 1] : 0
        guard MarkdownInlineScanner.isASCIILetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") else { return nil }
        var quote: UInt8 = 0
        var position = index + 1
        while position < raw.count {
            let byte = raw[position]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return position + 1
            }
            position += 1
        }
        return raw.count
    }

    private func find(_ needle: [UInt8], from index: Int) -> Int? {
        guard raw.count - index >= needle.count else { return nil }
        var position = index
        while position + needle.count <= raw.count {
            if raw[position] == needle[0], raw[position..<position + needle.count].elementsEqual(needle) { return position }
            position += 1
        }
        return nil
    }

    static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
