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
        let range = document.lines.range(ofLine: index)
        // An ASCII line (nearly every line of an English text) is read from its bytes, without
        // making a String: it is Latin-only when it has a letter (only A-Z and a-z are Latin in
        // ASCII), and its words and digits are bytes.
        let asciiLine: EnglishLine?? = document.utf8.withUnsafeBufferPointer { all in
            let bytes = UnsafeBufferPointer(rebasing: all[range])
            guard !document.lines.lineHasNonASCII(index) else { return nil }
            guard bytes.contains(where: MarkdownInlineScanner.isASCIILetter) else { return .some(nil) }
            return EnglishLine(tokens: SpellingToken.tokens(ofASCII: bytes), numbers: Set(Self.numbers(ofASCII: bytes)))
        }
        var found: EnglishLine?
        if let asciiLine {
            found = asciiLine
        } else {
            let text = document.string(range)
            if text.unicodeScalars.contains(where: { UnicodeScript(of: $0) == .latin }),
               !text.unicodeScalars.contains(where: { UnicodeScript(of: $0) == .cyrillic }) {
                found = EnglishLine(tokens: SpellingToken.tokens(of: text), numbers: Set(Self.numbers(text)))
            }
        }
        lines[index] = .some(found)
        return found
    }

    /// The text's runs of number characters.
    static func numbers(_ text: String) -> [String] {
        var text = text
        if let ascii = text.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? numbers(ofASCII: bytes) : nil }) {
            return ascii
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

    /// ``numbers(_:)`` of ASCII text, where every Character is one byte and only digits are
    /// numbers: the runs of digits, read without Character work.
    static func numbers(ofASCII bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        asciiRuns(bytes) { $0 >= 0x30 && $0 <= 0x39 }.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }

    /// The maximal runs of `bytes` that satisfy `member`, as ranges of offsets.
    private static func asciiRuns(_ bytes: UnsafeBufferPointer<UInt8>, of member: (UInt8) -> Bool) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard member(bytes[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count && member(bytes[end]) { end += 1 }
            runs.append(index..<end)
            index = end
        }
        return runs
    }
}

/// Levenshtein distance over characters.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        between(Array(a), Array(b))
    }

    static func between<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in between(a, b) } }
    }

    static func between<Element: Equatable>(_ a: UnsafeBufferPointer<Element>, _ b: UnsafeBufferPointer<Element>) -> Int {
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
