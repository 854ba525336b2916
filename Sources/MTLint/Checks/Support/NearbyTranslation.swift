/// Finds the line near a leftover caption that already holds its English translation, as
/// scraped pages often carry the Russian caption and its translation a line or two apart.
enum NearbyTranslation {
    /// The 0-based index of a nearby line that shares enough names and numbers with the
    /// transliterated run, or nil.
    static func line(
        near lineIndex: Int, transliteration: String, runText: String, in document: Document
    ) -> Int? {
        let runTokens = SpellingToken.tokens(of: transliteration)
        let runNumbers = Set(numbers(runText))
        guard !runTokens.isEmpty || !runNumbers.isEmpty else { return nil }
        var best: (line: Int, score: Double)?
        for distance in 1...3 {
            for candidate in [lineIndex + distance, lineIndex - distance] {
                guard candidate >= 0, candidate < document.lines.count else { continue }
                let text = document.string(document.lines.range(ofLine: candidate))
                guard text.unicodeScalars.contains(where: { UnicodeScript(of: $0) == .latin }),
                      !text.unicodeScalars.contains(where: { UnicodeScript(of: $0) == .cyrillic }) else { continue }
                let english = SpellingToken.tokens(of: text)
                let matchedWords = runTokens.filter { token in english.contains { token.isSimilar(to: $0) } }.count
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
