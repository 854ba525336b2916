/// Finds the line near a leftover caption that already holds its English translation, as
/// scraped pages often carry the Russian caption and its translation a line or two apart.
enum NearbyTranslation {
    /// The 0-based index of a nearby line that shares enough names and numbers with the
    /// transliterated run, or nil.
    static func line(
        near lineIndex: Int, transliteration: String, runText: String, in document: Document
    ) -> Int? {
        let runTokens = tokens(transliteration)
        let runNumbers = Set(numbers(runText))
        guard !runTokens.isEmpty || !runNumbers.isEmpty else { return nil }
        var best: (line: Int, score: Double)?
        for distance in 1...3 {
            for candidate in [lineIndex + distance, lineIndex - distance] {
                guard candidate >= 0, candidate < document.lines.count else { continue }
                let text = document.string(document.lines.range(ofLine: candidate))
                guard text.unicodeScalars.contains(where: { UnicodeScript(of: $0) == .latin }),
                      !text.unicodeScalars.contains(where: { UnicodeScript(of: $0) == .cyrillic }) else { continue }
                let english = tokens(text)
                let matchedWords = runTokens.filter { token in english.contains { similar(token, $0) } }.count
                let matchedNumbers = runNumbers.intersection(numbers(text)).count
                let total = runTokens.count + runNumbers.count
                let score = Double(matchedWords + matchedNumbers) / Double(max(total, 1))
                let matched = matchedWords + matchedNumbers
                if matched >= 2, score >= 0.3 || matched >= 4, score > (best?.score ?? 0) {
                    best = (candidate, score)
                }
            }
        }
        return best?.line
    }

    private static func tokens(_ text: String) -> [String] {
        if let ascii = asciiRuns(text, of: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) {
            // ASCII letters are the only ASCII Characters that are letters.
            return ascii.map { skeleton(String(decoding: $0.map { $0 | 0x20 }, as: UTF8.self)) }.filter { $0.utf8.count >= 3 }
        }
        return text.lowercased().split { !$0.isLetter }.map { skeleton(String($0)) }.filter { $0.count >= 3 }
    }

    private static func numbers(_ text: String) -> [String] {
        if let ascii = asciiRuns(text, of: { $0 >= 0x30 && $0 <= 0x39 }) {
            return ascii.map { String(decoding: $0, as: UTF8.self) }
        }
        return text.split { !$0.isNumber }.map(String.init)
    }

    /// For ASCII text (where every Character is one byte), the maximal runs of bytes that
    /// satisfy `member`, without Character work; nil for other text.
    private static func asciiRuns(_ text: String, of member: (UInt8) -> Bool) -> [ArraySlice<UInt8>]? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        return bytes.split { !member($0) }
    }

    /// A spelling skeleton that forgives transliteration differences (kh/h, y/i/j, soft signs).
    private static func skeleton(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSkeleton(word) }
        var result = word.replacing("'", with: "").replacing("’", with: "")
        for (from, to) in [("kh", "h"), ("yu", "u"), ("ya", "a"), ("ye", "e"), ("j", "i"), ("y", "i"), ("ks", "x")] {
            result = result.replacing(from, with: to)
        }
        return result
    }

    /// `skeleton` for ASCII words (nearly all: transliterations and English lines), on bytes:
    /// the same replacements in the same order, each left to right without overlaps.
    private static func asciiSkeleton(_ word: String) -> String {
        var bytes = word.utf8.filter { $0 != UInt8(ascii: "'") }
        for (from, to) in asciiReplacements {
            bytes = replacing(from, with: to, in: bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let asciiReplacements: [([UInt8], [UInt8])] = [
        ("kh", "h"), ("yu", "u"), ("ya", "a"), ("ye", "e"), ("j", "i"), ("y", "i"), ("ks", "x"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

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

    private static func similar(_ a: String, _ b: String) -> Bool {
        if a.utf8.allSatisfy({ $0 < 0x80 }) && b.utf8.allSatisfy({ $0 < 0x80 }) {
            return similarASCII(Array(a.utf8), Array(b.utf8))
        }
        return similarCharacters(a, b)
    }

    /// `similarCharacters` for ASCII words, on bytes; words whose lengths alone differ by more
    /// than the allowed distance are rejected before the edit distance is computed.
    private static func similarASCII(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.first == b.first || a.dropFirst().first == b.dropFirst().first else { return false }
        let limit = Double(max(a.count, b.count)) * 0.34
        guard Double(abs(a.count - b.count)) <= limit else { return false }
        return Double(EditDistance.between(a, b)) <= limit
    }

    private static func similarCharacters(_ a: String, _ b: String) -> Bool {
        guard a.first == b.first || a.dropFirst().first == b.dropFirst().first else { return false }
        let distance = EditDistance.between(a, b)
        return Double(distance) <= Double(max(a.count, b.count)) * 0.34
    }
}

/// Levenshtein distance over characters.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        between(Array(a), Array(b))
    }

    static func between<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
