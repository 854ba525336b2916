/// What the term checks need to know about each word of a document, computed once: one byte
/// of facts per word and one per gap between words, so their scans over millions of words
/// read two small arrays instead of calling into the text.
struct WordFacts {
    struct Bits: OptionSet {
        let rawValue: UInt8
        /// First letter an ASCII capital.
        static let capitalized = Bits(rawValue: 1 << 0)
        /// Two or more letters, all capitals ("CMPC", "HAMAS").
        static let allCaps = Bits(rawValue: 1 << 1)
        /// Letters (not a number), only ASCII letters and apostrophes.
        static let latin = Bits(rawValue: 1 << 2)
        /// First word of a sentence or of a line, where a capital says nothing.
        static let initial = Bits(rawValue: 1 << 3)
    }

    /// What separates a word from the next one.
    struct Gap: OptionSet {
        let rawValue: UInt8
        /// Only spaces, at most one line break, or hyphens (``TermMatcher/joins(_:_:_:)``).
        static let joins = Gap(rawValue: 1 << 0)
        /// Exactly one hyphen ("-", U+2010 or U+2011).
        static let hyphen = Gap(rawValue: 1 << 1)
        /// Exactly one space.
        static let space = Gap(rawValue: 1 << 2)
        /// Holds a line feed.
        static let lineBreak = Gap(rawValue: 1 << 3)
    }

    let index: WordIndex
    /// Each word's case-folded text (’ read as '), as an id into the index's term keys.
    let folded: [Int32]
    /// Each word's facts.
    let bits: [Bits]
    /// The gap after each word (none after the last).
    let gaps: [Gap]
    /// How many distinct folded words there are.
    var vocabularyCount: Int { index.terms.count }

    /// The folded text (``TermKey/fold(_:)``) of a vocabulary entry.
    func text(ofTerm id: Int32) -> String { index.termKey(text: id) }

    init(_ document: Document) {
        let words = document.words
        let wordIndex = document.wordIndex
        index = wordIndex
        folded = wordIndex.formOfWord.map { wordIndex.termKeyOfForm[Int($0)] }
        let formBits = wordIndex.flags.map { flags in
            var bits: Bits = []
            if flags.contains(.asciiCapital) { bits.insert(.capitalized) }
            if flags.contains(.asciiAllCaps) { bits.insert(.allCaps) }
            if flags.contains(.asciiLetters) { bits.insert(.latin) }
            return bits
        }
        var bits = [Bits](repeating: [], count: words.count)
        var gaps = [Gap](repeating: [], count: words.count)
        let formOfWord = wordIndex.formOfWord
        document.utf8.withUnsafeBufferPointer { bytes in
            for position in words.indices {
                let word = words[position]
                var wordBits = formBits[Int(formOfWord[position])]
                if word.kind != .letters { wordBits.remove(.latin) }
                bits[position] = wordBits
                if position + 1 < words.count { gaps[position] = Self.gap(bytes, word.end, words[position + 1].start) }
            }
        }
        // Sentences come in text order: one walk finds each one's first word.
        var first = 0
        for sentence in document.sentences {
            while first < words.count && words[first].start < sentence.lowerBound { first += 1 }
            if first < words.count { bits[first].insert(.initial) }
        }
        for position in words.indices.dropFirst() where gaps[position - 1].contains(.lineBreak) {
            bits[position].insert(.initial)
        }
        if !words.isEmpty { bits[0].insert(.initial) }
        self.bits = bits
        self.gaps = gaps
    }

    /// The gap between a word ending at `from` and the next starting at `to`. Nearly every gap
    /// is one space: that case costs two comparisons.
    @inline(__always)
    private static func gap(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Gap {
        if to - from == 1 {
            switch bytes[from] {
            case 0x20: return [.joins, .space]
            case 0x2D: return [.joins, .hyphen]
            case 0x0A: return [.joins, .lineBreak]
            case 0x09, 0x0D: return .joins
            default: return []
            }
        }
        return longGap(bytes, from, to)
    }

    private static func longGap(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Gap {
        var gap: Gap = []
        var breaks = 0
        var joins = from < to
        var offset = from
        while offset < to {
            switch bytes[offset] {
            case 0x20, 0x09, 0x2D, 0x0D: offset += 1
            case 0x0A: breaks += 1; offset += 1
            case 0xC2 where offset + 1 < to && bytes[offset + 1] == 0xA0: offset += 2 // no-break space
            case 0xE2 where offset + 2 < to && bytes[offset + 1] == 0x80 && (bytes[offset + 2] == 0x90 || bytes[offset + 2] == 0x91 || bytes[offset + 2] == 0xAF):
                offset += 3 // U+2010, U+2011 hyphens, U+202F narrow no-break space
            default:
                // No join; only a line break still matters (sentence-initial words).
                joins = false
                while offset < to && bytes[offset] != 0x0A { offset += 1 }
            }
        }
        if joins && breaks <= 1 { gap.insert(.joins) }
        if breaks > 0 { gap.insert(.lineBreak) }
        if to - from == 3 && bytes[from] == 0xE2 && bytes[from + 1] == 0x80 && (bytes[from + 2] == 0x90 || bytes[from + 2] == 0x91) {
            gap.insert(.hyphen)
        }
        return gap
    }

    /// First letter an ASCII capital.
    @inline(__always) func capitalized(_ position: Int) -> Bool { bits[position].contains(.capitalized) }
    /// Two or more letters, all capitals ("CMPC", "HAMAS").
    @inline(__always) func allCaps(_ position: Int) -> Bool { bits[position].contains(.allCaps) }
    /// Letters, only ASCII letters and apostrophes.
    @inline(__always) func latin(_ position: Int) -> Bool { bits[position].contains(.latin) }
    /// First word of a sentence or of a line.
    @inline(__always) func initial(_ position: Int) -> Bool { bits[position].contains(.initial) }
    /// Whether only spaces, at most one line break, or hyphens separate word `position` from the next.
    @inline(__always) func joinsNext(_ position: Int) -> Bool { gaps[position].contains(.joins) }

    /// For each vocabulary entry, whether it is in `set`.
    func vocabularyMask(_ set: Set<String>) -> [Bool] {
        index.termKeyMask(set)
    }

    /// The folded words of `span` joined by `separator`.
    func text(_ span: some Sequence<Int>, separator: String = "") -> String {
        span.map { text(ofTerm: folded[$0]) }.concatenated(separator: separator)
    }
}
