/// Finds the line near a leftover caption that already holds its English translation, as
/// scraped pages often carry the Russian caption and its translation a line or two apart.
/// Captions come in clusters and each looks at the six lines around it, so the lines last
/// read are kept for the captions that follow.
struct NearbyTranslation {
    /// A Latin-only line's spelling skeletons and numbers.
    private struct EnglishLine {
        let tokens: [SpellingToken]
        let numbers: Set<String>
    }

    private let document: Document
    /// Lines read, by line index modulo their count (a power of two, more than the seven
    /// lines from three before a caption to three after it): each slot holds its line's index,
    /// or -1, and the line, or nil for a line that is not Latin-only. A dictionary of every
    /// line read cost some 1,200 instructions a line in hashing and growing (the 5 MB head's
    /// 393 lines), and with sixteen slots no line there is read twice.
    private var recent: [(index: Int, line: EnglishLine?)] = Array(repeating: (-1, nil), count: Self.recentCount)
    private static let recentCount = 16

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
                let matchedWords = Self.similarCount(of: runTokens, in: english.tokens)
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

    /// How many of `tokens` are similar to some token of `line`. Most pairs are told apart
    /// by ``SpellingToken/mayBeSimilar(to:)`` on the tokens in place, asked here before
    /// ``SpellingToken/isSimilar(to:)`` (which asks it again): through `isSimilar` alone, or
    /// through `count` and `contains` on the arrays, each pair's tokens were copied first, a
    /// retain and a release each (the search on the 5 MB head: 12.0 M instructions, not 11.3 M).
    private static func similarCount(of tokens: [SpellingToken], in line: [SpellingToken]) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            line.withUnsafeBufferPointer { line in
                var count = 0
                for index in tokens.indices where line.indices.contains(where: {
                    tokens[index].mayBeSimilar(to: line[$0]) && tokens[index].isSimilar(to: line[$0])
                }) { count += 1 }
                return count
            }
        }
    }

    private mutating func englishLine(_ index: Int) -> EnglishLine? {
        let slot = index & (Self.recentCount - 1)
        if recent[slot].index == index { return recent[slot].line }
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
        recent[slot] = (index, found)
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
