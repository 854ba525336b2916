/// A word reduced to a spelling skeleton that forgives transliteration differences (kh/h,
/// y/i/j, soft signs), for matching a transliterated caption against English words.
///
/// A skeleton is kept as its characters' scalar values: a caption's nearby lines hold
/// thousands of words, each compared with each word of the caption, and one array of codes
/// a word replaces the Strings and their Character work. A character of several scalars
/// (a letter with a combining mark) compares right only as a Character: such a skeleton
/// keeps its text and is compared as before.
struct SpellingToken {
    /// The skeleton's characters as Unicode scalar values: a slice, as the skeletons of an
    /// ASCII line's words share one array (one allocation a line, not one a word).
    private let codes: ArraySlice<UInt32>
    /// The skeleton as text, only when some character has several scalars.
    private let text: String?
    /// The first two codes (a skeleton has at least three), kept beside the array: most pairs
    /// compared differ in both, and are told apart without reading the arrays.
    private let first: UInt32
    private let second: UInt32
    /// For a skeleton kept as codes: how many, and bit `code % 32` of each (see
    /// ``mayBeSimilar(to:)``). Zero for one kept as text.
    private let length: Int32
    private let letters: UInt32

    private init(codes: ArraySlice<UInt32>) {
        self.codes = codes
        text = nil
        first = codes[codes.startIndex]
        second = codes[codes.startIndex + 1]
        length = Int32(truncatingIfNeeded: codes.count)
        var letters: UInt32 = 0
        for code in codes { letters |= 1 &<< (code & 31) }
        self.letters = letters
    }

    private init(text: String) {
        codes = []
        self.text = text
        first = 0
        second = 0
        length = 0
        letters = 0
    }

    /// The skeletons of the text's words (lowercased, split at non-letters) of 3 or more characters.
    static func tokens(of text: String) -> [SpellingToken] {
        var text = text
        if let tokens = text.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? tokens(ofASCII: bytes) : nil }) {
            return tokens
        }
        if let tokens = singleScalarTokens(of: text) { return tokens }
        return text.lowercased().split { !$0.isLetter }.compactMap { token(String($0)) }
    }

    /// ``tokens(of:)`` of ASCII text, where every Character is one byte and only A-Z and a-z
    /// are letters: each word is lowercased and reduced to its skeleton in one pass over its
    /// bytes (no apostrophe is inside a word), all into one array.
    static func tokens(ofASCII bytes: UnsafeBufferPointer<UInt8>) -> [SpellingToken] {
        // A skeleton has three bytes or more, and a word after the first follows a non-letter.
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(bytes.count / 4 + 1)
        // A skeleton is never longer than its word.
        let codes = [UInt32](unsafeUninitializedCapacity: bytes.count) { codes, initialized in
            let (h, u, a, e, i, j, k, s, x, y): (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
                = (0x68, 0x75, 0x61, 0x65, 0x69, 0x6A, 0x6B, 0x73, 0x78, 0x79)
            var count = 0
            var index = 0
            while index < bytes.count {
                guard MarkdownInlineScanner.isASCIILetter(bytes[index]) else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < bytes.count && MarkdownInlineScanner.isASCIILetter(bytes[end]) { end += 1 }
                guard end - index >= 3 else {
                    index = end
                    continue
                }
                // ``skeleton(_:)``'s replacements, on the lowercased bytes.
                let start = count
                while index < end {
                    let letter = UInt32(bytes[index] | 0x20)
                    let next = index + 1 < end ? UInt32(bytes[index + 1] | 0x20) : 0
                    if letter == k && (next == h || next == s) {
                        codes[count] = next == h ? h : x
                        index += 2
                    } else if letter == y && (next == u || next == a || next == e) {
                        codes[count] = next
                        index += 2
                    } else {
                        codes[count] = letter == j || letter == y ? i : letter
                        index += 1
                    }
                    count += 1
                }
                if count - start >= 3 { ranges.append(start..<count) } else { count = start }
            }
            initialized = count
        }
        return ranges.map { SpellingToken(codes: codes[$0]) }
    }

    /// The scalars of a text in which each scalar is a Character of its own, nil for other
    /// text: all below U+0300 (where combining marks begin) but CR (CR LF is one Character),
    /// Cyrillic letters (not the block's combining marks U+0483...U+0489), or plain
    /// punctuation (``Unicode/Scalar/isPlainPunctuation``). A transliterated caption is such
    /// a text, and its scalars are read without grapheme breaking.
    static func singleScalarCharacters(of text: String) -> [Unicode.Scalar]? {
        // Appended one by one into room for them all: `Array(text.unicodeScalars)` counted
        // them first, in a second walk as slow as the first.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        let single = scalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x0D: false
            case 0..<0x300, 0x0400...0x0482, 0x048A...0x052F: true
            default: scalar.isPlainPunctuation
            }
        }
        return single ? scalars : nil
    }

    /// `text.lowercased().split { !$0.isLetter }` and the skeletons, on the scalars of a text
    /// whose every scalar is a Character (a Character's `isLetter` is its first scalar's
    /// `isAlphabetic`); nil for other text, or when lowercasing a scalar gives several.
    private static func singleScalarTokens(of text: String) -> [SpellingToken]? {
        guard let scalars = singleScalarCharacters(of: text) else { return nil }
        var tokens: [SpellingToken] = []
        var word: [UInt32] = []
        for scalar in scalars + [" "] {
            let lower: Unicode.Scalar
            if scalar.isASCII {
                lower = scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar
            } else {
                let lowered = scalar.properties.lowercaseMapping.unicodeScalars
                guard lowered.count == 1, let only = lowered.first else { return nil }
                lower = only
            }
            if lower.isASCII ? MarkdownInlineScanner.isASCIILetter(UInt8(lower.value)) : lower.properties.isAlphabetic {
                word.append(lower.value)
                continue
            }
            appendToken(of: word, to: &tokens)
            word.removeAll(keepingCapacity: true)
        }
        return tokens
    }

    /// Appends the skeleton of a lowercased word, given as scalar codes, if it has 3 or more
    /// characters.
    private static func appendToken(of word: [UInt32], to tokens: inout [SpellingToken]) {
        // A skeleton is never longer than its word.
        guard word.count >= 3 else { return }
        let skeleton = skeleton(word)
        if skeleton.count >= 3 { tokens.append(SpellingToken(codes: skeleton[...])) }
    }

    /// The skeleton of one lowercased word of a non-ASCII text, if it has 3 or more characters.
    private static func token(_ word: String) -> SpellingToken? {
        if word.allSatisfy({ $0.unicodeScalars.count == 1 }) {
            var tokens: [SpellingToken] = []
            appendToken(of: word.unicodeScalars.map(\.value), to: &tokens)
            return tokens.first
        }
        var result = word.replacing("'", with: "").replacing("’", with: "")
        for (from, to) in [("kh", "h"), ("yu", "u"), ("ya", "a"), ("ye", "e"), ("j", "i"), ("y", "i"), ("ks", "x")] {
            result = result.replacing(from, with: to)
        }
        return result.count >= 3 ? SpellingToken(text: result) : nil
    }

    /// Whether two skeletons start alike and differ in at most a third of their characters.
    @inline(__always)
    func isSimilar(to other: SpellingToken) -> Bool {
        mayBeSimilar(to: other) && isSimilarSpelling(other)
    }

    /// False for most pairs that are not similar, told apart by the stored numbers alone,
    /// before any array or string is touched (or the token copied): unless one is kept as
    /// text, those whose first two characters both differ, or whose lengths or letters
    /// differ by more edits than their length allows. A letter of one skeleton that the other
    /// lacks takes an edit, and so does each letter whose bit (`code % 32`) the other's
    /// letters do not set; letters that share a bit only make the count lower.
    @inline(__always)
    func mayBeSimilar(to other: SpellingToken) -> Bool {
        guard length != 0 && other.length != 0 else { return true }
        if first != other.first && second != other.second { return false }
        let limit = Int32(truncatingIfNeeded: Self.editLimit(Int(max(length, other.length))))
        return abs(length - other.length) <= limit
            && Int32((letters & ~other.letters).nonzeroBitCount) <= limit && Int32((other.letters & ~letters).nonzeroBitCount) <= limit
    }

    private func isSimilarSpelling(_ other: SpellingToken) -> Bool {
        guard text == nil && other.text == nil else {
            let a = string
            let b = other.string
            guard a.first == b.first || a.dropFirst().first == b.dropFirst().first else { return false }
            return EditDistance.between(a, b) <= Self.editLimit(max(a.count, b.count))
        }
        let limit = Self.editLimit(max(codes.count, other.codes.count))
        return codes.withUnsafeBufferPointer { a in
            other.codes.withUnsafeBufferPointer { b in EditDistance.isWithin(limit, a, b) }
        }
    }

    /// The most edits two skeletons may differ by, the longer of them `length` characters: a
    /// third (0.34) of it, rounded down, as a whole number of edits is within the bound when
    /// it is within its floor.
    @inline(__always)
    private static func editLimit(_ length: Int) -> Int {
        Int(Double(length) * 0.34)
    }

    /// The skeleton as text.
    var string: String {
        text ?? String(String.UnicodeScalarView(codes.compactMap(Unicode.Scalar.init)))
    }

    /// Apostrophes dropped, then "kh"→"h", "yu"→"u", "ya"→"a", "ye"→"e", "j"→"i", "y"→"i",
    /// "ks"→"x". Applied one after another, each left to right without overlaps, these give
    /// what one left-to-right pass gives: no replacement's output or second letter can start
    /// or finish another's pattern.
    static func skeleton(_ word: [UInt32]) -> [UInt32] {
        let apostrophe: UInt32 = 0x27
        let rightQuote: UInt32 = 0x2019
        let letters = word.contains(apostrophe) || word.contains(rightQuote) ? word.filter { $0 != apostrophe && $0 != rightQuote } : word
        let (h, u, a, e, i, j, k, s, x, y): (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
            = (0x68, 0x75, 0x61, 0x65, 0x69, 0x6A, 0x6B, 0x73, 0x78, 0x79)
        var result: [UInt32] = []
        result.reserveCapacity(letters.count)
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next = index + 1 < letters.count ? letters[index + 1] : 0
            if letter == k && (next == h || next == s) {
                result.append(next == h ? h : x)
                index += 2
            } else if letter == y && (next == u || next == a || next == e) {
                result.append(next)
                index += 2
            } else {
                result.append(letter == j || letter == y ? i : letter)
                index += 1
            }
        }
        return result
    }
}
