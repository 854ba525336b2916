/// What the term checks need to know about each word of a document, computed once.
struct WordFacts {
    let index: WordIndex
    /// Each word's case-folded text (’ read as '), as an id into `vocabulary`.
    let folded: [Int32]
    /// How many distinct folded words there are.
    var vocabularyCount: Int { index.terms.count }

    /// The folded text (``TermKey/fold(_:)``) of a vocabulary entry.
    func text(ofTerm id: Int32) -> String { index.termKey(text: id) }
    /// First word of a sentence or of a line, where a capital says nothing.
    let initial: [Bool]
    /// Each word's spelling flags, and whether it is letters (not a number).
    private let flags: [WordIndex.Flags]
    private let letters: [Bool]

    init(_ document: Document) {
        let bytes = document.utf8
        let words = document.words
        let wordIndex = document.wordIndex
        index = wordIndex
        folded = wordIndex.formOfWord.map { wordIndex.termKeyOfForm[Int($0)] }
        flags = wordIndex.formOfWord.map { wordIndex.flags[Int($0)] }
        letters = words.map { $0.kind == .letters }
        var initial = [Bool](repeating: false, count: words.count)
        for sentence in document.sentences {
            let first = words.partitioningIndex { $0.start >= sentence.lowerBound }
            if first < words.count { initial[first] = true }
        }
        for (position, word) in words.enumerated() where position > 0 {
            if bytes[words[position - 1].end..<word.start].contains(0x0A) { initial[position] = true }
        }
        if !words.isEmpty { initial[0] = true }
        self.initial = initial
    }

    /// First letter an ASCII capital.
    @inline(__always) func capitalized(_ position: Int) -> Bool { flags[position].contains(.asciiCapital) }
    /// Two or more letters, all capitals ("CMPC", "HAMAS").
    @inline(__always) func allCaps(_ position: Int) -> Bool { flags[position].contains(.asciiAllCaps) }
    /// Only ASCII letters and apostrophes.
    @inline(__always) func latin(_ position: Int, in words: [Word]) -> Bool {
        letters[position] && flags[position].contains(.asciiLetters)
    }

    /// For each vocabulary entry, whether it is in `set`.
    func vocabularyMask(_ set: Set<String>) -> [Bool] {
        index.termKeyMask(set)
    }

    /// The folded words of `span` joined by `separator`.
    func text(_ span: some Sequence<Int>, separator: String = "") -> String {
        span.map { text(ofTerm: folded[$0]) }.concatenated(separator: separator)
    }
}
