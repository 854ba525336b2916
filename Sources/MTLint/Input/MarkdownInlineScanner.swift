/// Copies the prose of one line of Markdown into an ``ExtractedTextBuilder``: code spans,
/// URLs, autolinks, link and image destinations, footnote references, HTML tags and comments
/// are left out; emphasis markers and backslash escapes are dropped; link text and image
/// descriptions stay; entities are decoded.
struct MarkdownInlineScanner {
    let bytes: [UInt8]
    /// True while inside an HTML comment that spans lines.
    private(set) var inComment = false

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func scan(_ range: Range<Int>, into builder: inout ExtractedTextBuilder, tableRow: Bool = false) {
        var index = range.lowerBound
        let end = range.upperBound
        if inComment {
            guard let close = find("-->", from: index, before: end) else { return }
            inComment = false
            index = close + 3
        }
        var runStart = index
        func flush(_ upTo: Int) {
            // A line of the extracted text does not start with spaces (table cells).
            if builder.lastByte == nil || builder.lastByte == 0x0A {
                while runStart < upTo, bytes[runStart] == 0x20 || bytes[runStart] == 0x09 { runStart += 1 }
            }
            if upTo > runStart { builder.append(bytes, runStart..<upTo) }
        }
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\") where index + 1 < end && Self.isPunctuation(bytes[index + 1]):
                flush(index)
                runStart = index + 1
                index += 2
            case UInt8(ascii: "`"):
                var run = index
                while run < end, bytes[run] == byte { run += 1 }
                let ticks = Array(bytes[index..<run])
                if let close = find(ticks, from: run, before: end) {
                    flush(index)
                    builder.space(at: index)
                    index = close + ticks.count
                    runStart = index
                } else {
                    index = run
                }
            case UInt8(ascii: "!") where index + 1 < end && bytes[index + 1] == UInt8(ascii: "["):
                flush(index)
                index += 1
                runStart = index
            case UInt8(ascii: "["):
                guard let close = matching(UInt8(ascii: "["), UInt8(ascii: "]"), from: index, before: end) else {
                    index += 1
                    continue
                }
                let isFootnote = index + 1 < end && bytes[index + 1] == UInt8(ascii: "^")
                let next = close + 1 < end ? bytes[close + 1] : 0
                guard isFootnote || next == UInt8(ascii: "(") || next == UInt8(ascii: "[") else {
                    index += 1
                    continue
                }
                flush(index)
                var after = close + 1
                if next == UInt8(ascii: "(") || next == UInt8(ascii: "[") {
                    let closer = next == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
                    after = (matching(next, closer, from: close + 1, before: end) ?? (end - 1)) + 1
                }
                if !isFootnote { scan(index + 1..<close, into: &builder) }
                index = after
                runStart = index
            case UInt8(ascii: "<"):
                flush(index)
                index = skipAngle(index, end)
                runStart = index
                if inComment { return }
            case UInt8(ascii: "*"), UInt8(ascii: "~"), UInt8(ascii: "_"):
                let before = index > range.lowerBound ? bytes[index - 1] : 0x20
                let after = index + 1 < end ? bytes[index + 1] : 0x20
                // snake_case and "5 * 3" are text; markers touch a word on one side only.
                let inWord = Self.isWordByte(before) && Self.isWordByte(after)
                let alone = Self.isSpace(before) && Self.isSpace(after)
                if (byte == UInt8(ascii: "_") && inWord) || alone || (byte == UInt8(ascii: "~") && after != byte && before != byte) {
                    index += 1
                } else {
                    flush(index)
                    index += 1
                    runStart = index
                }
            case UInt8(ascii: "&"):
                if let (decoded, length) = HTMLEntities.decode(bytes, at: index, before: end) {
                    flush(index)
                    builder.insert(Array(decoded.utf8), at: index, spanning: length)
                    index += length
                    runStart = index
                } else {
                    index += 1
                }
            case UInt8(ascii: "|") where tableRow:
                flush(index)
                builder.lineBreak(at: index)
                index += 1
                runStart = index
            case UInt8(ascii: "h"), UInt8(ascii: "w"):
                if let urlEnd = bareURLEnd(index, end, lineStart: range.lowerBound) {
                    flush(index)
                    index = urlEnd
                    runStart = index
                } else {
                    index += 1
                }
            default:
                index += 1
            }
        }
        flush(end)
    }

    /// Skips an autolink, an HTML tag or comment; returns where text resumes.
    private mutating func skipAngle(_ index: Int, _ end: Int) -> Int {
        if bytes[index..<end].starts(with: Array("<!--".utf8)) {
            if let close = find("-->", from: index + 4, before: end) { return close + 3 }
            inComment = true
            return end
        }
        let next = index + 1 < end ? bytes[index + 1] : 0
        guard Self.isASCIILetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") else {
            return index + 1 // a lone "<" is text
        }
        guard let close = bytes[index..<end].firstIndex(of: UInt8(ascii: ">")) else { return index + 1 }
        return close + 1
    }

    /// The end of a bare `http://`, `https://` or `www.` address starting a word.
    private func bareURLEnd(_ index: Int, _ end: Int, lineStart: Int) -> Int? {
        if index > lineStart, Self.isWordByte(bytes[index - 1]) { return nil }
        let rest = bytes[index..<end]
        guard rest.starts(with: Array("http://".utf8)) || rest.starts(with: Array("https://".utf8))
            || rest.starts(with: Array("www.".utf8)) else { return nil }
        var stop = index
        while stop < end, !Self.isSpace(bytes[stop]), bytes[stop] != UInt8(ascii: "<") { stop += 1 }
        // Trailing punctuation belongs to the sentence, as in GitHub's autolinks.
        while stop > index, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"),
                             UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "\""),
                             UInt8(ascii: "'")].contains(bytes[stop - 1]) { stop -= 1 }
        return stop
    }

    private func matching(_ open: UInt8, _ close: UInt8, from index: Int, before end: Int) -> Int? {
        var depth = 0
        var position = index
        while position < end {
            if bytes[position] == UInt8(ascii: "\\") { position += 2; continue }
            if bytes[position] == open { depth += 1 }
            if bytes[position] == close {
                depth -= 1
                if depth == 0 { return position }
            }
            position += 1
        }
        return nil
    }

    private func find(_ needle: String, from index: Int, before end: Int) -> Int? {
        find(Array(needle.utf8), from: index, before: end)
    }

    private func find(_ needle: [UInt8], from index: Int, before end: Int) -> Int? {
        guard !needle.isEmpty, end - index >= needle.count else { return nil }
        for position in index...(end - needle.count) where bytes[position] == needle[0] {
            if bytes[position..<position + needle.count].elementsEqual(needle) { return position }
        }
        return nil
    }

    static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// Letters, digits and any non-ASCII byte (Cyrillic letters among them).
    static func isWordByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
