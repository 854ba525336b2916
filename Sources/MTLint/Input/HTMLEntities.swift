/// Decodes the character references Markdown text uses: numeric ones and the common named
/// ones (HTML input is decoded by libxml2, which knows them all).
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "shy": "\u{00AD}",
        "mdash": "—", "ndash": "–", "hellip": "…", "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’",
        "ldquo": "“", "rdquo": "”", "bdquo": "„", "copy": "©", "reg": "®", "trade": "™", "deg": "°",
        "times": "×", "minus": "−", "euro": "€", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
    ]

    /// The text of the reference starting at `index` (`&name;`, `&#123;`, `&#x1F;`) and its length.
    static func decode(_ bytes: [UInt8], at index: Int, before end: Int) -> (String, Int)? {
        var position = index + 1
        while position < end, position - index <= 32, bytes[position] != UInt8(ascii: ";") {
            let byte = bytes[position]
            guard MarkdownInlineScanner.isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "#") else { return nil }
            position += 1
        }
        guard position < end, bytes[position] == UInt8(ascii: ";"), position > index + 1 else { return nil }
        let name = String(decoding: bytes[(index + 1)..<position], as: UTF8.self)
        let length = position + 1 - index
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(scalar), length)
        }
        return named[name].map { ($0, length) }
    }
}
