/// What the term checks need to know about each word of a document, computed once.
struct WordFacts {
    /// Case-folded text (’ read as ').
    let folded: [String]
    /// First letter an ASCII capital.
    let capitalized: [Bool]
    /// Two or more letters, all capitals ("CMPC", "HAMAS").
    let allCaps: [Bool]
    /// Only ASCII letters and apostrophes.
    let latin: [Bool]
    /// First word of a sentence or of a line, where a capital says nothing.
    let initial: [Bool]

    init(_ document: Document) {
        let bytes = document.utf8
        let words = document.words
        // The glossary checks' exact keys are these folded words; share them.
        folded = TermKey.english(document).map(\.exact)
        capitalized = words.map { bytes[$0.start] >= 0x41 && bytes[$0.start] <= 0x5A }
        allCaps = words.map { word in
            word.range.count >= 2 && bytes[word.range].allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x27 }
        }
        latin = words.map { word in
            word.kind == .letters && bytes[word.range].allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == 0x27 }
        }
        var initial = [Bool](repeating: false, count: words.count)
        for sentence in document.sentences {
            let first = words.partitioningIndex { $0.start >= sentence.lowerBound }
            if first < words.count { initial[first] = true }
        }
        for (index, word) in words.enumerated() where index > 0 {
            if bytes[words[index - 1].end..<word.start].contains(0x0A) { initial[index] = true }
        }
        if !words.isEmpty { initial[0] = true }
        self.initial = initial
    }
}
