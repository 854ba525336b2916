/// Finds the line near a leftover caption that already holds its English translation, as
/// scraped pages often carry the Russian caption and its translation a line or two apart.
/// Captions come in clusters and each looks at the six lines around it, so a line's words
/// and numbers are read once per document and kept.
struct NearbyTranslation {
    /// A Latin-only line's spelling skeletons and numbers.
    private struct EnglishLine {
        let tokens: [SpellingToken]
        let numbers: Set<String>
    }

    private let document: Document
    /// By line index: nil until read; then the line, or none for a line that is not Latin-only.
    private var lines: [Int: EnglishLine?] = [:]

    init(_ document: Document) {
        self.document = document
    }

    /// The 0-based index of a nearby line that shares enough names and numbers with the
    /// transliterated run, or nil.
    mutating func line(near lineIndex: Int, transliteration: String, runText: String) -> Int? {
        let runTokens = SpellingToken.tokens(of: transliteration)
        let runNumbers = Set(Self.numbers(runText))
        guard !runTokens.isEmpty || !runNumbers.isEmpty else { return nil }
        var best: (line: Int, score: Double)?
        for distance in 1...3 {
            for candidate in [lineIndex + distance, lineIndex - distance] {
                guard candidate >= 0, candidate < document.lines.count, let english = englishLine(candidate) else { continue }
                let matchedWords = runTokens.count { token in english.tokens.contains { token.isSimilar(to: $0) } }
                let matchedNumbers = runNumbers.intersection(english.numbers).count
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

    private mutating func englishLine(_ index: Int) -> EnglishLine? {
        if let known = lines[index] { return known }
        let text = document.string(document.lines.range(ofLine: index))
        var found: EnglishLine?
        if text.unicodeScalars.contains(where: { UnicodeScript(of: $0) == .latin }),
           !text.unicodeScalars.contains(where: { UnicodeScript(of: $0) == .cyrillic }) {
            found = EnglishLine(tokens: SpellingToken.tokens(of: text), numbers: Set(Self.numbers(text)))
        }
        lines[index] = .some(found)
        return found
    }

    /// The text's runs of number characters.
    static func numbers(_ text: String) -> [String] {
        if let ascii = asciiRuns(text, of: { $0 >= 0x30 && $0 <= 0x39 }) {
            return ascii.map { String(decoding: $0, as: UTF8.self) }
        }
        // A Character's `isNumber` is its first scalar's numeric type.
        if let scalars = SpellingToken.singleScalarCharacters(of: text) {
            // Cyrillic letters have no numeric type: a caption's scalars are told apart without
            // looking up Unicode properties for each.
            return scalars.split { scalar in
                switch scalar.value {
                case 0..<0x80: !(scalar.value >= 0x30 && scalar.value <= 0x39)
                case 0x0400...0x052F: true
                default: scalar.properties.numericType == nil
                }
            }
                .map { String(String.UnicodeScalarView($0)) }
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
        // Two rows of the table, on the stack for words: this runs for every pair of words
        // a caption is compared with.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (b.count + 1)) { rows in
            var previous = UnsafeMutableBufferPointer(rebasing: rows[0...b.count])
            var current = UnsafeMutableBufferPointer(rebasing: rows[(b.count + 1)...])
            for j in 0...b.count { previous[j] = j }
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
}
