/// Decodes UTF-8 scalars one at a time with their byte offsets, without building Strings.
struct ScalarScanner {
    /// The scalar starting at `offset` and its length in bytes (U+FFFD, 1 for a bad byte).
    @inline(__always)
    static func scalar(in bytes: TextBytes, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, offset + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for index in 1..<length {
            value = value << 6 | (UInt32(bytes[offset + index]) & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar that ends just before `offset`, or nil at the start.
    static func scalar(in bytes: TextBytes, before offset: Int) -> Unicode.Scalar? {
        guard offset > 0 else { return nil }
        var start = offset - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(in: bytes, at: start).0
    }
}

extension Unicode.Scalar {
    /// Alphabetic and not a math symbol. ASCII and the Cyrillic block (every scalar a letter
    /// but a sign and the combining marks U+0482...U+0489) are answered without the two
    /// property lookups, some 300 instructions each, on every letter of a caption.
    var isLetter: Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0x0400...0x0481, 0x048A...0x04FF: true
        case 0..<0x80, 0x0482...0x0489: false
        default: properties.isAlphabetic && !properties.isMath
        }
    }
    /// Dashes, quotes, bullets and the like of General Punctuation (U+2010...U+2027,
    /// U+2030...U+205E; not the block's spaces, joiners and format controls): common script,
    /// neither letters nor marks, and each a Character of its own. English text is full of
    /// them, and they need no property lookup.
    var isPlainPunctuation: Bool {
        (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
    }
    var isCombiningMark: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    var isWhitespaceOrNewline: Bool { properties.isWhitespace }
}
