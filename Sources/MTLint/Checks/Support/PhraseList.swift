/// Word sequences (exceptions, idioms) matched case-insensitively against a document's words,
/// word by word, so punctuation and hyphens inside a phrase do not matter ("Baden-Baden"
/// matches "baden baden").
struct PhraseList: Sendable {
    let phrases: [[String]]
    /// Words in the longest phrase.
    private let longest: Int

    init(_ texts: [String]) {
        phrases = texts.map(Self.keys(of:)).filter { !$0.isEmpty }
        longest = phrases.map(\.count).max() ?? 0
    }

    /// The case-folded ICU words of `text` (NFC, segmented as a document's words are,
    /// without making a document of each phrase: two checks build their lists at every start).
    static func keys(of text: String) -> [String] {
        let bytes = Normalizer.nfc(Array(text.utf8))
        let words = bytes.withUnsafeBufferPointer { WordSegmenter.words(in: $0) }
        return words.map { WordTokens.key(bytes[$0.range]) }
    }

    /// Whether one of the phrases occurs in `tokens` covering every word index in `range`.
    func covers(_ range: Range<Int>, in tokens: WordTokens) -> Bool {
        guard range.count <= longest else { return false }
        // The words a covering phrase could span, each made a String once rather than once
        // per phrase tried.
        let lower = max(0, range.upperBound - longest)
        let words = (lower..<min(tokens.count, range.lowerBound + longest)).map { tokens.keys[$0] }
        for phrase in phrases where phrase.count >= range.count {
            let earliest = max(0, range.upperBound - phrase.count)
            let latest = min(range.lowerBound, tokens.count - phrase.count)
            guard earliest <= latest else { continue }
            for start in earliest...latest where phrase.indices.allSatisfy({ words[start - lower + $0] == phrase[$0] }) {
                return true
            }
        }
        return false
    }
}
