/// A loaded glossary: its concepts, and the indexes the checks search with, built once.
public final class Glossary: Sendable {
    public let concepts: [GlossaryConcept]
    /// Every approved, admitted and forbidden English term, longest match first, so an
    /// approved term that contains a forbidden one ("Chicken Kiev") shadows it.
    let terms: TermMatcher
    /// The Russian source terms by their Snowball stems.
    let sources: TermMatcher

    public init(concepts: [GlossaryConcept]) {
        self.concepts = concepts
        var english: [(String, Int, TermRole, Bool)] = []
        var russian: [(String, Int)] = []
        for (index, concept) in concepts.enumerated() {
            english.append((concept.target, index, .approved, concept.caseSensitive))
            english += concept.admitted.map { ($0, index, .admitted, concept.caseSensitive) }
            english += concept.forbidden.map { ($0, index, .forbidden, concept.caseSensitive) }
            russian += concept.sources.map { ($0, index) }
        }
        var terms = TermMatcher()
        for ((_, concept, role, caseSensitive), words) in zip(english, TermTokenizer.words(of: english.map(\.0))) {
            terms.insert(words: words, keys: words.map(TermKey.fold), concept: concept, role: role, caseSensitive: caseSensitive)
        }
        var sources = TermMatcher()
        let stemmer = RussianStemmer()
        for ((_, concept), words) in zip(russian, TermTokenizer.words(of: russian.map(\.0))) {
            sources.insert(words: words, keys: words.map(stemmer.termKey), concept: concept, role: .source, caseSensitive: false)
        }
        self.terms = terms
        self.sources = sources
    }

    /// Several glossaries as one, in order.
    public convenience init(merging glossaries: [Glossary]) {
        self.init(concepts: glossaries.flatMap(\.concepts))
    }

    /// True when the folded single word is a forbidden variant of some concept.
    func isForbiddenWord(_ folded: String) -> Bool {
        let words = [Word(0..<folded.utf8.count, kind: .letters)]
        let key = TermKey(exact: folded, reduced: [])
        return terms.matches(words: words, bytes: Array(folded.utf8), keys: [key]).contains { match in
            match.entries.contains { terms.entries[$0].role == .forbidden }
        }
    }
}
