/// Recognizes BOM-less UTF-16 by where its zero (and, for Cyrillic, 0x04) high bytes sit.
/// ICU's detector calls such files ISO-8859-1, so this runs before it.
enum UTF16Pattern {
    /// The UTF-16 `bytes` are in, if they are; asked only of bytes with a NUL among them (no
    /// UTF-16 text is without: see below), which the decoder's scan tells.
    static func detect(_ bytes: TextBytes) -> String? {
        guard bytes.count >= 4 else { return nil }
        let pairs = bytes.count / 2
        var evenHigh = 0
        var oddHigh = 0
        var zeros = 0
        for pair in 0..<pairs {
            let even = bytes[pair * 2]
            let odd = bytes[pair * 2 + 1]
            if even == 0 { zeros += 1 }
            if odd == 0 { zeros += 1 }
            if Self.isHighByte(even) && !Self.isHighByte(odd) { evenHigh += 1 }
            if Self.isHighByte(odd) && !Self.isHighByte(even) { oddHigh += 1 }
        }
        // Text in UTF-16 has a high byte (0x00 for ASCII, 0x04 for Cyrillic) in nearly every unit.
        guard zeros * 10 >= pairs else { return nil }
        if oddHigh * 10 >= pairs * 7 { return "UTF-16LE" }
        if evenHigh * 10 >= pairs * 7 { return "UTF-16BE" }
        return nil
    }

    private static func isHighByte(_ byte: UInt8) -> Bool {
        byte == 0x00 || byte == 0x04 || byte == 0x20
    }
}
