/// A word reduced to a spelling skeleton that forgives transliteration differences (kh/h,
/// y/i/j, soft signs), for matching a transliterated caption against English words.
/// ASCII words, nearly all of them, are handled on bytes: the same steps without Character
/// work, so a caption's nearby lines are searched without thousands of allocations.
struct SpellingToken {
    /// The skeleton.
    let text: String
    /// The skeleton's bytes when it is ASCII.
    let ascii: [UInt8]?

    init(_ text: String) {
        self.text = text
        let bytes = Array(text.utf8)
        ascii = bytes.allSatisfy { $0 < 0x80 } ? bytes : nil
    }

    private init(ascii: [UInt8]) {
        text = String(decoding: ascii, as: UTF8.self)
        self.ascii = ascii
    }

    /// The skeletons of the text's words (lowercased, split at non-letters) of 3 or more characters.
    static func tokens(of text: String) -> [SpellingToken] {
        let bytes = Array(text.utf8)
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // In ASCII text every Character is one byte and only A-Z and a-z are letters.
            return bytes.split { ($0 | 0x20) < 0x61 || ($0 | 0x20) > 0x7A }
                .map { asciiSkeleton($0.map { $0 | 0x20 }) }
                .filter { $0.count >= 3 }
                .map { SpellingToken(ascii: $0) }
        }
        return text.lowercased().split { !$0.isLetter }.map { skeleton(String($0)) }.filter { $0.count >= 3 }.map(SpellingToken.init)
    }

    /// Whether two skeletons start alike and differ in at most a third of their characters.
    func isSimilar(to other: SpellingToken) -> Bool {
        if let a = ascii, let b = other.ascii {
            guard a.first == b.first || a.dropFirst().first == b.dropFirst().first else { return false }
            let limit = Double(max(a.count, b.count)) * 0.34
            // The edit distance is at least the difference in length.
            guard Double(abs(a.count - b.count)) <= limit else { return false }
            return Double(EditDistance.between(a, b)) <= limit
        }
        let a = text
        let b = other.text
        guard a.first == b.first || a.dropFirst().first == b.dropFirst().first else { return false }
        let distance = EditDistance.between(a, b)
        return Double(distance) <= Double(max(a.count, b.count)) * 0.34
    }

    private static func skeleton(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: asciiSkeleton(Array(word.utf8)), as: UTF8.self) }
        var result = word.replacing("'", with: "").replacing("’", with: "")
        for (from, to) in [("kh", "h"), ("yu", "u"), ("ya", "a"), ("ye", "e"), ("j", "i"), ("y", "i"), ("ks", "x")] {
            result = result.replacing(from, with: to)
        }
        return result
    }

    /// `skeleton` on ASCII bytes: the same replacements in the same order, each left to right
    /// without overlaps.
    private static func asciiSkeleton(_ word: [UInt8]) -> [UInt8] {
        var bytes = word.contains(UInt8(ascii: "'")) ? word.filter { $0 != UInt8(ascii: "'") } : word
        for (from, to) in asciiReplacements {
            bytes = replacing(from, with: to, in: bytes)
        }
        return bytes
    }

    private static let asciiReplacements: [([UInt8], [UInt8])] = [
        ("kh", "h"), ("yu", "u"), ("ya", "a"), ("ye", "e"), ("j", "i"), ("y", "i"), ("ks", "x"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Replaces a pattern of one or two bytes.
    private static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= pattern.count, bytes.contains(pattern[0]) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if index + pattern.count <= bytes.count, bytes[index] == pattern[0],
               pattern.count == 1 || bytes[index + 1] == pattern[1] {
                result.append(contentsOf: replacement)
                index += pattern.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }
}
