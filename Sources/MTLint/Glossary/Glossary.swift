/// A loaded glossary: its concepts, and the indexes the checks search with, built once.
public final class Glossary: Sendable {
    public let concepts: [GlossaryConcept]
    /// Every approved, admitted and forbidden English term, longest match first, so an
    /// approved term that contains a forbidden one ("Chicken Kiev") shadows it.
    let terms: TermMatcher
    /// The Russian source terms by their Snowball stems, built when a text first has a
    /// Cyrillic word to look up: stemming and segmenting the Russian terms was a third of
    /// loading the shipped glossary, which every run pays and most English texts never need.
    var sources: TermMatcher { lazySources.value }
    /// Whether any concept has a Russian source term.
    let hasSourceTerms: Bool
    /// The folded words ``isForbiddenWord(_:)`` is true of.
    private let forbiddenWords: ByteInterner
    private let lazySources: LazyValue<TermMatcher>

    public init(concepts: [GlossaryConcept]) {
        self.concepts = concepts
        // The terms' texts, and what each is, side by side (an array of tuples had its
        // metadata made at run time).
        var english: [String] = []
        var roles: [TermRole] = []
        var conceptOfTerm: [Int] = []
        for (index, concept) in concepts.enumerated() {
            english.append(concept.target)
            roles.append(.approved)
            english += concept.admitted
            roles += repeatElement(.admitted, count: concept.admitted.count)
            english += concept.forbidden
            roles += repeatElement(.forbidden, count: concept.forbidden.count)
            conceptOfTerm += repeatElement(index, count: 1 + concept.admitted.count + concept.forbidden.count)
        }
        var terms = TermMatcher()
        for (term, words) in TermTokenizer.words(of: english).enumerated() {
            let concept = conceptOfTerm[term]
            terms.insert(words: words, keys: words.map(TermKey.fold), concept: concept, role: roles[term], caseSensitive: concepts[concept].caseSensitive)
        }
        self.terms = terms
        forbiddenWords = Self.forbiddenWords(terms)
        hasSourceTerms = concepts.contains { !$0.sources.isEmpty }
        lazySources = LazyValue { Self.sourceMatcher(concepts) }
    }

    private static func sourceMatcher(_ concepts: [GlossaryConcept]) -> TermMatcher {
        let russian = concepts.enumerated().flatMap { index, concept in concept.sources.map { ($0, index) } }
        var sources = TermMatcher()
        let stemmer = RussianStemmer()
        for ((_, concept), words) in zip(russian, TermTokenizer.words(of: russian.map(\.0))) {
            sources.insert(words: words, keys: words.map(stemmer.termKey), concept: concept, role: .source, caseSensitive: false)
        }
        return sources
    }

    /// Several glossaries as one, in order.
    public convenience init(merging glossaries: [Glossary]) {
        self.init(concepts: glossaries.flatMap(\.concepts))
    }

    /// True when the folded single word is a forbidden variant of some concept.
    func isForbiddenWord(_ folded: String) -> Bool {
        var folded = folded
        return folded.withUTF8 { forbiddenWords.find($0) != nil }
    }

    /// The folded words that, matched alone, are a forbidden term: the key of each forbidden
    /// term of one word, and of a case-sensitive one only if it is written folded (a folded
    /// word is the term as written only then). Looked up by bytes, where matching the word
    /// against the terms as a text of one word cost some 6,000 instructions a word.
    private static func forbiddenWords(_ terms: TermMatcher) -> ByteInterner {
        var words = ByteInterner()
        for entry in terms.entries where entry.role == .forbidden && entry.words.count == 1 {
            var key = TermKey.fold(entry.words[0])
            guard !entry.caseSensitive || key.utf8.elementsEqual(entry.words[0].utf8) else { continue }
            key.withUTF8 { _ = words.intern($0) }
        }
        return words
    }
}
