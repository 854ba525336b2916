/// Splits glossary terms into words exactly as documents are split (ICU word breaks on NFC
/// text), so a term and the text it must match agree on where words start and end.
enum TermTokenizer {
    /// The NFC words of each term, in one pass of the word breaker over all terms.
    static func words(of terms: [String]) -> [[String]] {
        guard !terms.isEmpty else { return [] }
        var joined: [UInt8] = []
        var starts: [Int] = []
        for term in terms {
            starts.append(joined.count)
            joined += term.utf8.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
            joined.append(0x0A)
        }
        // Normalizing term by term keeps the start offsets valid.
        if !joined.allSatisfy({ $0 < 0x80 }) {
            joined = []
            starts = []
            for term in terms {
                starts.append(joined.count)
                joined += Normalizer.nfc(Array(term.utf8)).map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
                joined.append(0x0A)
            }
        }
        let words = joined.withUnsafeBufferPointer { WordSegmenter.words(in: $0) }
        var result = [[String]](repeating: [], count: terms.count)
        var term = 0
        for word in words {
            while term + 1 < starts.count && word.start >= starts[term + 1] { term += 1 }
            result[term].append(String(decoding: joined[word.range], as: UTF8.self))
        }
        return result
    }
}
