/// Case facts and the folded key of a word written in ASCII and the Cyrillic block
/// (U+0400-U+04FF, its combining marks U+0483-U+0489 left out), by table.
///
/// Every such scalar is a Character of its own (none extends a grapheme cluster), and each
/// lowercases to one scalar of the same range and UTF-8 length, so the String and Character
/// rules ``WordIndex/flags(of:)``, ``TermKey/fold(_:)-(ArraySlice<UInt8>)`` and
/// ``WordTokens/key(_:)-(ArraySlice<UInt8>)`` apply for Russian words come down to one table
/// entry per scalar. Those rules cost some 40,000 instructions a word through Character
/// properties, and a long text has thousands of distinct Russian words.
enum CyrillicWordCase {
    /// What the rules say about one scalar, as a Character.
    private struct Entry {
        static let upper: UInt8 = 1
        static let lower: UInt8 = 2
        static let letter: UInt8 = 4
        /// The scalar is covered (the others are left to the String rules).
        static let covered: UInt8 = 8
        let facts: UInt8
        let lowercase: UInt16
    }

    private static let coveredEnd: UInt32 = 0x500

    /// The table, made with the Character and String rules themselves on first use (a few
    /// hundred scalars; ``CyrillicWordCaseTests`` checks it against them word by word).
    private static let table: [Entry] = (0..<coveredEnd).map { value in
        guard value < 0x80 || (0x400..<0x483).contains(value) || (0x48A..<0x500).contains(value),
              let scalar = Unicode.Scalar(value) else { return Entry(facts: 0, lowercase: 0) }
        let character = Character(scalar)
        let lowered = String(character).lowercased().unicodeScalars
        guard lowered.count == 1, let lowercase = lowered.first,
              (lowercase.value < 0x80) == (value < 0x80), lowercase.value < coveredEnd else { return Entry(facts: 0, lowercase: 0) }
        var facts = Entry.covered
        if character.isUppercase { facts |= Entry.upper }
        if character.isLowercase { facts |= Entry.lower }
        if character.isLetter { facts |= Entry.letter }
        return Entry(facts: facts, lowercase: UInt16(lowercase.value))
    }

    /// The flags of `bytes` (well-formed UTF-8 with some non-ASCII byte), with its folded key
    /// written to the start of `key` (as many bytes as `bytes`); nil if a scalar is not covered.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, key: UnsafeMutableBufferPointer<UInt8>) -> WordIndex.Flags? {
        guard !bytes.isEmpty, key.count >= bytes.count else { return nil }
        var anyUpper = false, anyLower = false, anyLetter = false
        var first: UInt8 = 0
        var scalars = 0
        var index = 0
        let covered = table.withUnsafeBufferPointer { table -> Bool in
            while index < bytes.count {
                let lead = bytes[index]
                let value: UInt32
                if lead < 0x80 {
                    value = UInt32(lead)
                } else if lead >= 0xD0 && lead <= 0xD3 && index + 1 < bytes.count && bytes[index + 1] & 0xC0 == 0x80 {
                    value = (UInt32(lead) & 0x1F) << 6 | UInt32(bytes[index + 1]) & 0x3F
                } else {
                    return false
                }
                let entry = table[Int(value)]
                guard entry.facts & Entry.covered != 0 else { return false }
                if scalars == 0 { first = entry.facts }
                scalars += 1
                anyUpper = anyUpper || entry.facts & Entry.upper != 0
                anyLower = anyLower || entry.facts & Entry.lower != 0
                anyLetter = anyLetter || entry.facts & Entry.letter != 0
                if lead < 0x80 {
                    key[index] = UInt8(entry.lowercase)
                    index += 1
                } else {
                    key[index] = 0xC0 | UInt8(entry.lowercase >> 6)
                    key[index + 1] = 0x80 | UInt8(entry.lowercase & 0x3F)
                    index += 2
                }
            }
            return true
        }
        guard covered else { return nil }
        // As ``WordIndex/flags(of:)`` gives them for a word that is not all ASCII.
        var flags: WordIndex.Flags = []
        if bytes[0] >= 0x41 && bytes[0] <= 0x5A { flags.insert(.asciiCapital) }
        if first & Entry.upper != 0 { flags.insert(.startsUppercase) }
        if first & Entry.lower != 0 { flags.insert(.startsLowercase) }
        if scalars >= 2 && anyLetter && !anyLower { flags.insert(.abbreviation) }
        if !anyUpper { flags.insert(.noUppercase) }
        return flags
    }
}
