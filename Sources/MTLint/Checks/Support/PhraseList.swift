/// Word sequences (exceptions, idioms) matched case-insensitively against a document's words,
/// word by word, so punctuation and hyphens inside a phrase do not matter ("Baden-Baden"
/// matches "baden baden").
struct PhraseList: Sendable {
    let phrases: [[String]]
    /// Words in the longest phrase.
    private let longest: Int
    /// Where each word stands in the phrases: a phrase that covers a range holds the range's
    /// first word, so only the phrases listed for it are tried. (Trying each phrase at each
    /// start, with the nearby words made Strings, cost 9,000 instructions a call: 8.7 M on
    /// the 5 MB head, now 1.4 M.)
    private let places: [String: [Place]]

    /// A word's place in a phrase.
    private struct Place: Sendable {
        let phrase: Int
        let offset: Int
    }

    init(_ texts: [String]) {
        phrases = texts.map(Self.keys(of:)).filter { !$0.isEmpty }
        longest = phrases.map(\.count).max() ?? 0
        var places: [String: [Place]] = [:]
        for (index, phrase) in phrases.enumerated() {
            for (offset, word) in phrase.enumerated() { places[word, default: []].append(Place(phrase: index, offset: offset)) }
        }
        self.places = places
    }

    /// The case-folded ICU words of `text` (NFC, segmented as a document's words are,
    /// without making a document of each phrase: two checks build their lists at every start).
    static func keys(of text: String) -> [String] {
        let bytes = Normalizer.nfc(Array(text.utf8))
        let words = bytes.withUnsafeBufferPointer { WordSegmenter.words(in: $0) }
        return words.map { WordTokens.key(bytes[$0.range]) }
    }

    /// Whether one of the phrases occurs in `tokens` covering every word index in `range`,
    /// which is not empty.
    func covers(_ range: Range<Int>, in tokens: WordTokens) -> Bool {
        guard range.count <= longest, let places = places[tokens.keys[range.lowerBound]] else { return false }
        for place in places {
            let phrase = phrases[place.phrase]
            let start = range.lowerBound - place.offset
            guard start >= 0, start + phrase.count >= range.upperBound, start + phrase.count <= tokens.count else { continue }
            if phrase.indices.allSatisfy({ $0 == place.offset || tokens.keys[start + $0] == phrase[$0] }) { return true }
        }
        return false
    }
}
