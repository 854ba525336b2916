/// Reads the numbers in a stretch of English or Russian text as values, so "1,5 млрд",
/// "1.5 billion" and "1 500 000 000" compare equal. Each number written in digits is a token
/// with its possible readings (decimal comma or thousands separator, a date's parts, with
/// and without its scale word); numbers written as words, month names and Roman numerals
/// only add values that can explain the other side's tokens.
struct NumberReader {
    enum Language { case english, russian }

    struct Token {
        let range: Range<Int>
        /// Alternative readings, the likeliest first; each is the list of values it mentions.
        let readings: [[Double]]
    }

    struct Evidence {
        var tokens: [Token] = []
        /// Every value any reading or number word mentions, as keys.
        var values: Set<Int64> = []

        /// True when some reading of `token` mentions only values found here.
        func explains(_ token: Token) -> Bool {
            token.readings.contains { reading in reading.allSatisfy { values.contains(NumberReader.key($0)) } }
        }
    }

    let language: Language

    static func key(_ value: Double) -> Int64 {
        Int64((abs(value) * 1000).rounded())
    }

    /// The numbers written in digits in `range`. Number words are read only on demand, by
    /// ``addWords(_:_:to:)``: most text never needs them.
    func read(_ bytes: TextBytes, _ range: Range<Int>) -> Evidence {
        var evidence = Evidence()
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            // Bytes of multi-byte characters are never ASCII digits: scanning bytes is enough.
            guard Self.isDigit(bytes[index]) else {
                index += 1
                continue
            }
            let previous = ScalarScanner.scalar(in: bytes, before: index)
            if previous?.properties.isAlphabetic == true && !Self.isTimesSign(bytes, before: index) {
                // Part of a name such as "S1000" or "A320": skip it, letters and digits.
                while index < end, bytes[index] < 0x80, Self.isDigit(bytes[index]) || MarkdownInlineScanner.isASCIILetter(bytes[index]) { index += 1 }
                continue
            }
            let (token, next) = number(bytes, from: index, end: end)
            if let token, !AddressSpans.isAddress(bytes, around: index) {
                evidence.tokens.append(token)
            }
            index = next
        }
        for token in evidence.tokens {
            for reading in token.readings {
                for value in reading {
                    evidence.values.insert(Self.key(value))
                    // "90-х" and "the 1990s", "в 22-м году" and "in 2022".
                    if value >= 10 && value < 100 && value == value.rounded() {
                        evidence.values.insert(Self.key(1900 + value))
                        evidence.values.insert(Self.key(2000 + value))
                    }
                    if value >= 1900 && value < 2100 && value == value.rounded() {
                        evidence.values.insert(Self.key(value.truncatingRemainder(dividingBy: 100)))
                    }
                }
            }
        }
        return evidence
    }

    /// Adds the values of the number words, month names and Roman numerals in `range`.
    func addWords(_ bytes: TextBytes, _ range: Range<Int>, to evidence: inout Evidence) {
        var words: [String] = []
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let (scalar, length) = ScalarScanner.scalar(in: bytes, at: index)
            guard scalar.properties.isAlphabetic else {
                index += length
                continue
            }
            var stop = index
            while stop < end {
                let (next, nextLength) = ScalarScanner.scalar(in: bytes, at: stop)
                guard next.properties.isAlphabetic || next == "-" && stop + 1 < end && bytes[stop + 1] >= 0x41 else { break }
                stop += nextLength
            }
            let word = String(decoding: bytes[index..<stop], as: UTF8.self)
            if let value = NumberWords.roman(word) { evidence.values.insert(Self.key(value)) }
            for part in word.lowercased().split(separator: "-") { words.append(String(part)) }
            index = stop
        }
        addWordValues(words, to: &evidence)
    }

    /// Values of number words, alone and combined ("twenty-five", "три тысячи", "a million").
    /// `word.hasPrefix(prefix)` for NFC text, the bytes first.
    @inline(__always)
    static func hasPrefix(_ word: String, _ prefix: String) -> Bool {
        word.utf8.starts(with: prefix.utf8) && word.hasPrefix(prefix)
    }

    private func addWordValues(_ words: [String], to evidence: inout Evidence) {
        let table = language == .english ? NumberWords.english : NumberWords.russian
        var current = 0.0
        var total = 0.0
        var inNumber = false
        for (index, word) in words.enumerated() {
            // A prefix is first compared as bytes (both are NFC, so a Character prefix is a
            // byte prefix too), and only then as Characters: `hasPrefix` alone cost some 1,200
            // instructions a prefix, sixteen prefixes a Russian word.
            if language == .russian, table[word] == nil,
               let prefix = NumberWords.russianPrefixes.first(where: { Self.hasPrefix(word, $0.0) && word.count > $0.0.count + 3 }) {
                evidence.values.insert(Self.key(prefix.1))
                // A Russian three-room ("трехкомнатная") flat is an English two-bedroom one.
                if word.contains("комнатн") { evidence.values.insert(Self.key(prefix.1 - 1)) }
            }
            if Self.hasPrefix(word, "круглосуточн") { evidence.values.insert(Self.key(7)) } // "24/7"
            guard let value = table[word] else {
                if inNumber { evidence.values.insert(Self.key(total + current)) }
                current = 0
                total = 0
                inNumber = false
                // "a million", "a dozen"
                if (word == "a" || word == "an"), index + 1 < words.count, let scale = table[words[index + 1]], scale >= 12 {
                    evidence.values.insert(Self.key(scale))
                }
                continue
            }
            evidence.values.insert(Self.key(value))
            if value >= 1000 {
                total += max(current, 1) * value
                current = 0
            } else if value == 100 {
                current = max(current, 1) * 100
            } else {
                current += value
            }
            inNumber = true
        }
        if inNumber { evidence.values.insert(Self.key(total + current)) }
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }
}
