/// One key for the spellings a Russian name takes in English transliteration: kh/h,
/// y/i/iy/yy/ii (so -sky/-skiy and ya/ia too), ou/u, and doubled consonants are folded
/// away. "Nebenzya" and "Nebenzia", "Zakharova" and "Zaharova" share a key; "Trufanov" and
/// "Trufanova" do not, nor do "Russia" and "Russian".
enum TransliterationKey {
    /// The key of a lowercased name's bytes, written into `letters` (its old contents
    /// replaced): a document's candidate names are keyed without a String each.
    static func key(of lowercased: ArraySlice<UInt8>, into letters: inout [UInt8]) {
        letters.removeAll(keepingCapacity: true)
        letters.append(contentsOf: lowercased)
        // Each step shortens or keeps the word, so all work in place, left to right.
        replace(&letters, 0x6B, 0x68, with: 0x68) // kh -> h
        replace(&letters, 0x6F, 0x75, with: 0x75) // ou -> u
        if letters.count > 2 && letters[letters.count - 2] == 0x69 && letters.last == 0x6A { letters.removeLast() } // -ij -> -i
        var kept = 0
        for index in letters.indices {
            let letter = letters[index] == 0x79 ? 0x69 : letters[index] // y -> i
            if kept > 0, letters[kept - 1] == letter, isConsonantOrI(letter) { continue }
            letters[kept] = letter
            kept += 1
        }
        letters.removeLast(letters.count - kept)
    }

    private static func isConsonantOrI(_ byte: UInt8) -> Bool {
        byte >= 0x61 && byte <= 0x7A && byte != 0x61 && byte != 0x65 && byte != 0x6F && byte != 0x75
    }

    /// Replaces each non-overlapping `first second` pair, left to right, with `replacement`.
    private static func replace(_ bytes: inout [UInt8], _ first: UInt8, _ second: UInt8, with replacement: UInt8) {
        guard bytes.contains(first) else { return }
        var kept = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == first && index + 1 < bytes.count && bytes[index + 1] == second {
                bytes[kept] = replacement
                index += 2
            } else {
                bytes[kept] = bytes[index]
                index += 1
            }
            kept += 1
        }
        bytes.removeLast(bytes.count - kept)
    }
}
