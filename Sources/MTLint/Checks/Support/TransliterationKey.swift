/// One key for the spellings a Russian name takes in English transliteration: kh/h,
/// y/i/iy/yy/ii (so -sky/-skiy and ya/ia too), ou/u, and doubled consonants are folded
/// away. "Nebenzya" and "Nebenzia", "Zakharova" and "Zaharova" share a key; "Trufanov" and
/// "Trufanova" do not, nor do "Russia" and "Russian".
enum TransliterationKey {
    /// The key of a lowercased name's bytes, written to `key` (room for as many bytes as the
    /// name has); returns its length. A document's candidate names are keyed without a
    /// String or an array each.
    static func key(of lowercased: UnsafeBufferPointer<UInt8>, into key: UnsafeMutablePointer<UInt8>) -> Int {
        // kh -> h and ou -> u, each left to right, in one pass: neither replacement makes or
        // breaks a pair of the other's (their letters differ), so one pass gives what one
        // replacement after the other gives. Each step shortens or keeps the word.
        let count = lowercased.count
        var length = 0
        var index = 0
        while index < count {
            let letter = lowercased[index]
            let next = index + 1 < count ? lowercased[index + 1] : 0
            if (letter == 0x6B && next == 0x68) || (letter == 0x6F && next == 0x75) {
                key[length] = next
                index += 2
            } else {
                key[length] = letter
                index += 1
            }
            length += 1
        }
        if length > 2 && key[length - 2] == 0x69 && key[length - 1] == 0x6A { length -= 1 } // -ij -> -i
        var kept = 0
        for index in 0..<length {
            let letter = key[index] == 0x79 ? 0x69 : key[index] // y -> i
            if kept > 0, key[kept - 1] == letter, isConsonantOrI(letter) { continue }
            key[kept] = letter
            kept += 1
        }
        return kept
    }

    private static func isConsonantOrI(_ byte: UInt8) -> Bool {
        byte >= 0x61 && byte <= 0x7A && byte != 0x61 && byte != 0x65 && byte != 0x6F && byte != 0x75
    }
}
