/// One key for the spellings a Russian name takes in English transliteration: kh/h,
/// y/i/iy/yy/ii (so -sky/-skiy and ya/ia too), ou/u, and doubled consonants are folded
/// away. "Nebenzya" and "Nebenzia", "Zakharova" and "Zaharova" share a key; "Trufanov" and
/// "Trufanova" do not, nor do "Russia" and "Russian".
enum TransliterationKey {
    /// The key of a lowercased name's bytes, written to `key` (room for as many bytes as the
    /// name has); returns its length. A document's candidate names are keyed without a
    /// String or an array each.
    ///
    /// The rules in turn are kh -> h and ou -> u (left to right), a final "ij" -> "i", then
    /// y -> i with doubled consonants (and i) kept once. They are applied in one pass, each
    /// letter of the first step's output handed on at once, and only k, o, j and y looked at
    /// closer (two passes over the word cost some 230 instructions a name, peer subset).
    /// Neither replacement of the first step makes or breaks a pair of the other's (their
    /// letters differ), nor takes an "i" or a "j": the "j" of a final "ij" is the name's last
    /// byte and the "i" the byte before it.
    static func key(of lowercased: UnsafeBufferPointer<UInt8>, into key: UnsafeMutablePointer<UInt8>) -> Int {
        let count = lowercased.count
        var kept = 0
        // The last letter kept (0: none yet).
        var last: UInt8 = 0
        var index = 0
        while index < count {
            var letter = lowercased[index]
            index &+= 1
            if isLetter(letter, in: Self.looked) {
                if letter == 0x79 {
                    letter = 0x69 // y -> i
                } else if letter == 0x6A {
                    if index == count && count >= 3 && lowercased[count &- 2] == 0x69 { break } // -ij -> -i
                } else if index < count {
                    let next = lowercased[index]
                    if (letter == 0x6B && next == 0x68) || (letter == 0x6F && next == 0x75) {
                        letter = next
                        index &+= 1
                    }
                }
            }
            if letter == last && isLetter(letter, in: Self.consonantsAndI) { continue }
            key[kept] = letter
            kept &+= 1
            last = letter
        }
        return kept
    }

    /// Sets of lowercase ASCII letters, a bit each from "a".
    private static let looked: UInt32 = 1 << 10 | 1 << 14 | 1 << 9 | 1 << 24 // k, o, j, y
    private static let consonantsAndI: UInt32 = (1 << 26 - 1) & ~(1 << 0 | 1 << 4 | 1 << 14 | 1 << 20) // not a, e, o, u

    /// Whether `byte` is a lowercase ASCII letter of `set`.
    @inline(__always)
    private static func isLetter(_ byte: UInt8, in set: UInt32) -> Bool {
        let offset = UInt32(byte &- 0x61)
        return offset < 26 && (set >> offset) & 1 != 0
    }
}
