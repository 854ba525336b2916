/// Word sequences (exceptions, idioms) matched case-insensitively against a document's words,
/// word by word, so punctuation and hyphens inside a phrase do not matter ("Baden-Baden"
/// matches "baden baden").
struct PhraseList: Sendable {
    let phrases: [[String]]

    init(_ texts: [String]) {
        phrases = texts.map(Self.keys(of:)).filter { !$0.isEmpty }
    }

    /// The case-folded ICU words of `text`.
    static func keys(of text: String) -> [String] {
        let document = Document(text: text)
        return document.words.map { WordTokens.key(document.string($0.range)) }
    }

    /// Whether one of the phrases occurs in `tokens` covering every word index in `range`.
    func covers(_ range: Range<Int>, in tokens: WordTokens) -> Bool {
        for phrase in phrases where phrase.count >= range.count {
            let earliest = max(0, range.upperBound - phrase.count)
            let latest = min(range.lowerBound, tokens.count - phrase.count)
            guard earliest <= latest else { continue }
            for start in earliest...latest where phrase.indices.allSatisfy({ tokens.keys[start + $0] == phrase[$0] }) {
                return true
            }
        }
        return false
    }
}
