/// Splits glossary terms into words exactly as documents are split (ICU word breaks on NFC
/// text), so a term and the text it must match agree on where words start and end.
enum TermTokenizer {
    /// The NFC words of each term, in one pass of the word breaker over all terms.
    static func words(of terms: [String]) -> [[String]] {
        guard !terms.isEmpty else { return [] }
        var joined: [UInt8] = []
        joined.reserveCapacity(terms.reduce(0) { $0 + $1.utf8.count + 1 })
        var starts: [Int] = []
        starts.reserveCapacity(terms.count)
        var isASCII = true
        // Each term's bytes are appended whole, its few line breaks (which would end it) then
        // read as spaces: mapping every byte through a closure cost a third of the tokenizing.
        for term in terms {
            let start = joined.count
            starts.append(start)
            joined.append(contentsOf: term.utf8)
            for index in start..<joined.count {
                if joined[index] >= 0x80 {
                    isASCII = false
                } else if joined[index] == 0x0A || joined[index] == 0x0D {
                    joined[index] = 0x20
                }
            }
            joined.append(0x0A)
        }
        // Normalizing term by term keeps the start offsets valid.
        if !isASCII {
            joined = []
            starts = []
            for term in terms {
                starts.append(joined.count)
                joined += Normalizer.nfc(Array(term.utf8)).map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
                joined.append(0x0A)
            }
        }
        let words = joined.withUnsafeBufferPointer { WordSegmenter.words(in: $0) }
        // Each term's words made at once, into an array of their number (appending them one
        // by one grew most arrays twice).
        var result: [[String]] = []
        result.reserveCapacity(terms.count)
        var firstWord = 0
        for term in terms.indices {
            let end = term + 1 < starts.count ? starts[term + 1] : joined.count
            var lastWord = firstWord
            while lastWord < words.count && words[lastWord].start < end { lastWord += 1 }
            result.append(words[firstWord..<lastWord].map { String(decoding: joined[$0.range], as: UTF8.self) })
            firstWord = lastWord
        }
        return result
    }
}
