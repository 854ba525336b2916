/// Word sequences (exceptions, idioms) matched case-insensitively against a document's words,
/// word by word, so punctuation and hyphens inside a phrase do not matter ("Baden-Baden"
/// matches "baden baden").
struct PhraseList: Sendable {
    /// The phrases made keys and indexed on first use: two checks make their lists at every
    /// start, and a run that finds no candidate repeat never asks (made at once, the two cost
    /// 1.1 M instructions, some 5 % of a small file's run).
    private let index: LazyValue<Index>

    /// Each phrase's keys.
    var phrases: [[String]] { index.value.phrases }

    init(_ texts: [String]) {
        index = LazyValue { Index(texts) }
    }

    /// The phrases' keys and where each word stands in them.
    private final class Index: Sendable {
        let phrases: [[String]]
        /// Words in the longest phrase.
        let longest: Int
        /// Where each word stands in the phrases: a phrase that covers a range holds the range's
        /// first word, so only the phrases listed for it are tried. (Trying each phrase at each
        /// start, with the nearby words made Strings, cost 9,000 instructions a call: 8.7 M on
        /// the 5 MB head, now 1.4 M.) Each word's places are a chain through `places`, from the
        /// last one listed: an array for each word cost an allocation or two a word.
        let lastPlace: [String: Int]
        let places: [Place]

        init(_ texts: [String]) {
            phrases = texts.map(PhraseList.keys(of:)).filter { !$0.isEmpty }
            var longest = 0
            var lastPlace: [String: Int] = [:], places: [Place] = []
            lastPlace.reserveCapacity(phrases.count)
            places.reserveCapacity(phrases.reduce(0) { $0 + $1.count })
            for (index, phrase) in phrases.enumerated() {
                longest = max(longest, phrase.count)
                for (offset, word) in phrase.enumerated() {
                    places.append(Place(phrase: index, offset: offset, previous: lastPlace[word] ?? -1))
                    lastPlace[word] = places.count - 1
                }
            }
            self.longest = longest
            self.lastPlace = lastPlace
            self.places = places
        }
    }

    /// A word's place in a phrase.
    private struct Place: Sendable {
        let phrase: Int
        let offset: Int
        /// The word's place listed before this one, or -1.
        let previous: Int
    }

    /// The case-folded ICU words of `text` (NFC, segmented as a document's words are,
    /// without making a document of each phrase). A text of ASCII letters, spaces and commas
    /// alone, as nearly every listed phrase is, has its runs of letters for words: it is
    /// split without the segmenter (some 1,500 instructions a phrase).
    static func keys(of text: String) -> [String] {
        var text = text
        if let keys = text.withUTF8(Self.asciiKeys) { return keys }
        let bytes = Normalizer.nfc(Array(text.utf8))
        let words = bytes.withUnsafeBufferPointer { WordSegmenter.words(in: $0) }
        return words.map { WordTokens.key(bytes[$0.range]) }
    }

    /// The lowercased runs of letters of `text`, if it holds only ASCII letters, spaces and
    /// commas.
    private static func asciiKeys(_ text: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard text.allSatisfy(isLetterSpaceOrComma) else { return nil }
        var keys: [String] = []
        var start = 0
        for end in 0...text.count where end == text.count || text[end] == 0x20 || text[end] == 0x2C {
            if end > start {
                keys.append(String(unsafeUninitializedCapacity: end - start) { key in
                    for offset in 0..<(end - start) { key[offset] = text[start + offset] | 0x20 }
                    return end - start
                })
            }
            start = end + 1
        }
        return keys
    }

    /// Whether `byte` is an ASCII letter, a space or a comma.
    private static func isLetterSpaceOrComma(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x20 || byte == 0x2C
    }

    /// Whether one of the phrases occurs in `tokens` covering every word index in `range`,
    /// which is not empty.
    func covers(_ range: Range<Int>, in tokens: WordTokens) -> Bool {
        let index = index.value
        guard range.count <= index.longest, var place = index.lastPlace[tokens.keys[range.lowerBound]] else { return false }
        while place >= 0 {
            let (phraseIndex, offset) = (index.places[place].phrase, index.places[place].offset)
            place = index.places[place].previous
            let phrase = index.phrases[phraseIndex]
            let start = range.lowerBound - offset
            guard start >= 0, start + phrase.count >= range.upperBound, start + phrase.count <= tokens.count else { continue }
            if phrase.indices.allSatisfy({ $0 == offset || tokens.keys[start + $0] == phrase[$0] }) { return true }
        }
        return false
    }
}
