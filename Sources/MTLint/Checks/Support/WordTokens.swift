/// A document's words prepared for the repetition checks: case-folded keys, and what lies
/// between each word and the one before it.
struct WordTokens {
    /// Case-folded words, interned: equal words have equal ids, so comparing is cheap.
    struct Keys: RandomAccessCollection, Sendable {
        let ids: [Int32]
        let vocabulary: ByteInterner
        var startIndex: Int { 0 }
        var endIndex: Int { ids.count }
        subscript(index: Int) -> String { vocabulary.string(ids[index]) }

        /// The id of a case-folded key, if some word of the document has it.
        func id(of key: String) -> Int32? {
            var key = key
            return key.withUTF8 { vocabulary.find($0) }
        }
    }

    let document: Document
    let words: [Word]
    private let index: WordIndex
    /// Lowercased words with typographic apostrophes folded to "'".
    let keys: Keys
    /// `gaps[i]` lies between `words[i - 1]` and `words[i]`; `gaps[0]` is `.paragraphBreak`.
    let gaps: Gaps

    /// The document's tokens.
    static func of(_ document: Document) -> WordTokens {
        let words = document.words, index = document.wordIndex
        return WordTokens(document: document, words: words, index: index, keys: internedKeys(document),
                          gaps: Gaps(text: document.utf8, words: words, index: index))
    }

    private init(document: Document, words: [Word], index: WordIndex, keys: Keys, gaps: Gaps) {
        self.document = document
        self.words = words
        self.index = index
        self.keys = keys
        self.gaps = gaps
    }

    /// How many words from `start` run on without a sentence end or a blank line before
    /// one of them, counting at most `limit` (at least 1).
    func runLength(from start: Int, limit: Int) -> Int {
        var length = 1
        while length < limit && start + length < count && !gaps.endsSentence(start + length) { length += 1 }
        return length
    }

    var count: Int { words.count }

    /// The case-folded keys of all of a document's words, interned.
    static func internedKeys(_ document: Document) -> Keys {
        let index = document.wordIndex
        // Nearly always the term keys: those the document keeps in a slot of its own (a look-up
        // in its memo by name cost some 2,000 instructions, 1.9 M on the peer subset).
        if index.keysAreShared { return Keys(ids: document.termKeyOfWord, vocabulary: index.repeats) }
        return document.memoized("WordTokens.keys") {
            Keys(ids: index.formOfWord.map { index.repeatKeyOfForm[Int($0)] }, vocabulary: index.repeats)
        }
    }

    /// The case-folded form of a word's UTF-8 bytes (ASCII without a detour through Unicode).
    static func key(_ bytes: some Collection<UInt8>) -> String {
        // ASCII folds as the glossary folds it (no apostrophe variants there).
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return key(String(decoding: bytes, as: UTF8.self)) }
        return TermKey.fold(bytes)
    }

    /// The case-folded form used to compare words.
    static func key(_ text: String) -> String {
        String(text.lowercased().map { $0 == "’" || $0 == "ʼ" ? "'" : $0 })
    }

    /// Whether `words[index]` starts with an uppercase letter.
    func isCapitalized(_ position: Int) -> Bool {
        index.flags(ofWord: position).contains(.startsUppercase)
    }

    /// Whether two words are the same word: equal ignoring case, except an all-capital
    /// abbreviation against a lowercase word ("TO" and "to", "US" and "us").
    func sameWord(_ a: Int, _ b: Int) -> Bool {
        guard keys.ids[a] == keys.ids[b] else { return false }
        if index.formOfWord[a] == index.formOfWord[b] { return true }
        return isAbbreviation(a) == isAbbreviation(b) || !(isLowercase(a) || isLowercase(b))
    }

    /// Whether `words[index]` is written in capitals only (two letters or more).
    func isAbbreviation(_ position: Int) -> Bool {
        index.flags(ofWord: position).contains(.abbreviation)
    }

    /// Whether `words[index]` is all lowercase letters.
    func isLowercase(_ position: Int) -> Bool {
        index.flags(ofWord: position).contains(.noUppercase)
    }

    /// Whether `words[index]` probably starts a sentence, a heading or a line.
    func startsSentence(_ index: Int) -> Bool {
        switch gaps[index] {
        case .paragraphBreak, .lineBreak: return true
        case .punctuation(let terminal, _, _): return terminal
        case .space: return false
        }
    }

    /// Whether the words in `range` run on without a sentence end or a blank line between them.
    @inline(__always)
    func isContinuous(_ range: Range<Int>) -> Bool {
        // Ranges are a few words long: a scan is cheaper than a table of sentence ends.
        for position in range.dropFirst() where gaps.endsSentence(position) { return false }
        return true
    }

    /// The byte range from the start of `words[first]` to the end of `words[last]`.
    func span(_ first: Int, _ last: Int) -> Range<Int> {
        words[first].start..<words[last].end
    }
}
