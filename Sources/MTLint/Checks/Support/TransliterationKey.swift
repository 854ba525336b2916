/// One key for the spellings a Russian name takes in English transliteration: kh/h,
/// y/i/iy/yy/ii (so -sky/-skiy and ya/ia too), ou/u, and doubled consonants are folded
/// away. "Nebenzya" and "Nebenzia", "Zakharova" and "Zaharova" share a key; "Trufanov" and
/// "Trufanova" do not, nor do "Russia" and "Russian".
enum TransliterationKey {
    static func key(_ lowercased: String) -> String {
        var letters = Array(lowercased.utf8)
        letters = replace(letters, [0x6B, 0x68], with: [0x68]) // kh -> h
        letters = replace(letters, [0x6F, 0x75], with: [0x75]) // ou -> u
        if letters.count > 2 && letters[letters.count - 2] == 0x69 && letters.last == 0x6A { letters.removeLast() } // -ij -> -i
        letters = letters.map { $0 == 0x79 ? 0x69 : $0 } // y -> i
        var result: [UInt8] = []
        for letter in letters {
            if let last = result.last, last == letter, isConsonantOrI(letter) { continue }
            result.append(letter)
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isConsonantOrI(_ byte: UInt8) -> Bool {
        byte >= 0x61 && byte <= 0x7A && ![0x61, 0x65, 0x6F, 0x75].contains(byte)
    }

    private static func replace(_ bytes: [UInt8], _ pattern: [UInt8], with replacement: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if index + pattern.count <= bytes.count && bytes[index..<index + pattern.count].elementsEqual(pattern) {
                result += replacement
                index += pattern.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }
}
