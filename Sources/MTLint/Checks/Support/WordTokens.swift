/// A document's words prepared for the repetition checks: case-folded keys, and what lies
/// between each word and the one before it.
struct WordTokens {
    /// What separates a word from the previous one.
    enum Gap: Equatable, Sendable {
        /// Spaces or tabs only.
        case space
        /// Whitespace with one line ending before a word that starts with a lowercase letter:
        /// a line wrap inside a paragraph.
        case lineBreak
        /// A blank line, the start of the text, or a line ending before a capital or a digit
        /// (a new heading, caption or segment rather than a wrapped line).
        case paragraphBreak
        /// Punctuation. `terminal` when it ends a sentence or a line (".", "!", "?", "…",
        /// or a line ending); `joining` when it glues a compound without spaces ("Baden-Baden").
        case punctuation(terminal: Bool, joining: Bool, comma: Bool)
    }

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
    let gaps: [Gap]
    /// `breakAfter[i]`: the first word after `i` whose gap ends a sentence or paragraph
    /// (or `count`), so that ``isContinuous(_:)`` is one comparison.
    private let breakAfter: [Int32]

    /// What the tokens add to the document's words, built once per document and shared by
    /// the repetition checks. It holds no reference to the document, which keeps it in its
    /// memo: a reference back would keep every checked document alive.
    private struct Layout: Sendable {
        let gaps: [Gap]
        let breakAfter: [Int32]
    }

    /// The document's tokens.
    static func of(_ document: Document) -> WordTokens {
        let layout = document.memoized("WordTokens.layout") { Self.layout(of: document) }
        return WordTokens(document: document, words: document.words, index: document.wordIndex,
                          keys: internedKeys(document), gaps: layout.gaps, breakAfter: layout.breakAfter)
    }

    private init(document: Document, words: [Word], index: WordIndex, keys: Keys, gaps: [Gap], breakAfter: [Int32]) {
        self.document = document
        self.words = words
        self.index = index
        self.keys = keys
        self.gaps = gaps
        self.breakAfter = breakAfter
    }

    private static func layout(of document: Document) -> Layout {
        let words = document.words
        let index = document.wordIndex
        var gaps: [Gap] = []
        gaps.reserveCapacity(words.count)
        document.utf8.withUnsafeBufferPointer { text in
            var previousEnd = 0
            for (position, word) in words.enumerated() {
                var gap: Gap
                if position == 0 {
                    gap = .paragraphBreak
                } else if word.start - previousEnd == 1 && text[previousEnd] == 0x20 {
                    // Most words follow one space: no need to scan.
                    gap = .space
                } else {
                    gap = Self.gap(UnsafeBufferPointer(rebasing: text[previousEnd..<word.start]))
                    if gap == .lineBreak, !index.flags(ofWord: position).contains(.startsLowercase) { gap = .paragraphBreak }
                }
                gaps.append(gap)
                previousEnd = word.end
            }
        }
        var breakAfter = [Int32](repeating: Int32(gaps.count), count: gaps.count)
        var next = Int32(gaps.count)
        for position in gaps.indices.reversed() {
            breakAfter[position] = next
            if Self.endsSentence(gaps[position]) { next = Int32(position) }
        }
        return Layout(gaps: gaps, breakAfter: breakAfter)
    }

    /// Whether a gap ends a sentence or paragraph.
    private static func endsSentence(_ gap: Gap) -> Bool {
        switch gap {
        case .paragraphBreak: true
        case .punctuation(let terminal, _, _): terminal
        case .space, .lineBreak: false
        }
    }

    /// The first word after `position` that starts a new sentence or paragraph (or `count`).
    @inline(__always)
    func sentenceBreak(after position: Int) -> Int { Int(breakAfter[position]) }

    var count: Int { words.count }

    /// The case-folded keys of all of a document's words, interned.
    static func internedKeys(_ document: Document) -> Keys {
        document.memoized("WordTokens.keys") {
            let index = document.wordIndex
            return Keys(ids: index.formOfWord.map { index.repeatKeyOfForm[Int($0)] }, vocabulary: index.repeats)
        }
    }

    /// The case-folded form of a word's UTF-8 bytes (ASCII without a detour through Unicode).
    static func key(_ bytes: ArraySlice<UInt8>) -> String {
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
    func isContinuous(_ range: Range<Int>) -> Bool {
        range.count <= 1 || sentenceBreak(after: range.lowerBound) >= range.upperBound
    }

    /// The byte range from the start of `words[first]` to the end of `words[last]`.
    func span(_ first: Int, _ last: Int) -> Range<Int> {
        words[first].start..<words[last].end
    }

    private static func gap(_ bytes: UnsafeBufferPointer<UInt8>) -> Gap {
        var lineEndings = 0
        var previousWasCR = false
        var punctuation = false
        var whitespace = false
        var terminal = false
        var comma = false
        var joining = true
        var ellipsisState = 0
        for byte in bytes {
            // "…" (E2 80 A6) ends a sentence as well.
            ellipsisState = byte == 0xE2 ? 1 : (ellipsisState == 1 && byte == 0x80 ? 2 : (ellipsisState == 2 && byte == 0xA6 ? 3 : 0))
            if ellipsisState == 3 { terminal = true }
            switch byte {
            case 0x0A:
                if !previousWasCR { lineEndings += 1 }
            case 0x0D:
                lineEndings += 1
            case 0x20, 0x09, 0x0C:
                whitespace = true
            default:
                punctuation = true
                if byte == 0x2E || byte == 0x21 || byte == 0x3F { terminal = true }
                if byte == 0x2C || byte == 0x3B { comma = true }
                // Hyphens, slashes, apostrophes and dots join a compound when nothing else is there.
                if !(byte == 0x2D || byte == 0x2F || byte == 0x27 || byte == 0x2E || byte >= 0x80) { joining = false }
            }
            previousWasCR = byte == 0x0D
        }
        if lineEndings >= 2 { return .paragraphBreak }
        if punctuation {
            return .punctuation(terminal: terminal || lineEndings > 0, joining: joining && !whitespace && lineEndings == 0, comma: comma)
        }
        return lineEndings == 1 ? .lineBreak : .space
    }
}
