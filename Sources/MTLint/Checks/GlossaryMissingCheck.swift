/// A glossary source term in the Russian original (matched through inflection with the
/// Snowball stemmer) whose approved English target appears nowhere in the translation. Russian
/// left in the translation itself is checked the same way.
public struct GlossaryMissingCheck: Check {
    static let exampleGlossary = """
        source\ttarget\tforbidden\tadmitted\tnote
        Киев\tKyiv\tKiev\t\t
        Государственная дума\tState Duma\t\tDuma\t
        Следственный комитет\tInvestigative Committee\tInvestigation Committee\t\t
        """

    public static let description = CheckDescription(
        id: "glossary-missing",
        family: .source,
        summary: "A glossary source term in the Russian original (through inflection: Киева, Киеве, Киевом) whose approved translation does not appear in the English text.",
        defaultSeverity: .warning,
        passing: [
            CheckExample("Talks in Kyiv ended.", source: "Переговоры в Киеве завершились.", glossary: exampleGlossary),
            // The forbidden "Kiev" is glossary-forbidden's finding, not a missing term.
            CheckExample("Talks in Kiev ended.", source: "Переговоры в Киеве завершились.", glossary: exampleGlossary),
            CheckExample("The Duma passed the bill.", source: "Государственной думой принят закон.", glossary: exampleGlossary),
            CheckExample("Rain fell in Moscow.", source: "В Москве шёл дождь.", glossary: exampleGlossary),
            CheckExample("Talks ended.", source: "Переговоры в Киеве завершились."),
            CheckExample("The State Duma (Государственная дума) met.", glossary: exampleGlossary),
        ],
        failing: [
            CheckExample("⟦Talks in the capital ended on 5 May.⟧", source: "Переговоры в Киеве завершились 5 мая.", glossary: exampleGlossary),
            CheckExample("Intro.\n\n⟦The lower house passed the bill in 2024.⟧\n\nWeather.\n\n⟦Investigators opened 3 cases.⟧",
                         source: "Государственной думой принят закон в 2024 году.\n\nСледственным комитетом возбуждено 3 дела.", glossary: exampleGlossary),
            CheckExample("Investigators said: ⟦Следственного комитета⟧ press service.", glossary: exampleGlossary),
        ]
    )

    public init(options: CheckOptions) throws {
        try options.validate(known: [], check: Self.description.id)
    }

    public func check(_ document: Document, context: CheckContext) -> [Hit] {
        guard let glossary = context.glossary, glossary.hasSourceTerms else { return [] }
        // Opened for the first Cyrillic word: most English texts have none.
        var opened: RussianStemmer?
        let stemmer = { () -> RussianStemmer in
            if let opened { return opened }
            let stemmer = RussianStemmer()
            opened = stemmer
            return stemmer
        }
        // Russian left in the translation: the finding sits on the Russian term itself.
        let leftover = Self.sourceMatches(in: document, glossary: glossary, stemmer: stemmer, cyrillicOnly: true)
        let original = context.source.map { Self.sourceMatches(in: $0, glossary: glossary, stemmer: stemmer, cyrillicOnly: false) } ?? []
        guard !leftover.isEmpty || !original.isEmpty else { return [] }
        // A concept whose forbidden variant stands in the translation is glossary-forbidden's.
        let present = Self.conceptsPresent(in: document, glossary: glossary)
        var reported: Set<Int> = []
        var hits: [Hit] = []
        for match in leftover {
            guard let concept = Self.missingConcept(match, glossary: glossary, present: present, reported: &reported) else { continue }
            let target = glossary.concepts[concept].target
            hits.append(Hit(range: match.range, message: message("“\(document.string(match.range))” is left in Russian", concept: concept, glossary: glossary),
                            suggestion: target))
        }
        guard let source = context.source else { return hits }
        for match in original {
            guard let concept = Self.missingConcept(match, glossary: glossary, present: present, reported: &reported) else { continue }
            let line = source.lines.lineIndex(of: match.range.lowerBound) + 1
            let range = SourceAlignment.sentence(in: document, near: match.range.lowerBound, of: source)
            hits.append(Hit(range: range, message: message("The original has “\(source.string(match.range))” (source line \(line))", concept: concept, glossary: glossary)
                            + "; this sentence is its likely place", suggestion: glossary.concepts[concept].target))
        }
        return hits
    }

    private func message(_ opening: String, concept index: Int, glossary: Glossary) -> String {
        let concept = glossary.concepts[index]
        var text = "\(opening), but the glossary's “\(concept.target)” appears nowhere in the translation"
        if let note = concept.note { text += " (\(note))" }
        return text
    }

    private static func missingConcept(_ match: TermMatcher.Match, glossary: Glossary, present: Set<Int>, reported: inout Set<Int>) -> Int? {
        let concepts = match.entries.map { glossary.sources.entries[$0].concept }
        guard !concepts.contains(where: present.contains), let concept = concepts.first, !reported.contains(concept) else { return nil }
        reported.insert(concept)
        return concept
    }

    /// Concepts any of whose English terms (approved, admitted or forbidden) occurs in the document.
    private static func conceptsPresent(in document: Document, glossary: Glossary) -> Set<Int> {
        var present: Set<Int> = []
        for match in glossary.matches(in: document) {
            for entry in match.entries.map({ glossary.terms.entries[$0] }) {
                present.insert(entry.concept)
            }
        }
        return present
    }

    /// Source terms among the (Cyrillic) words of a document, compared by stem.
    private static func sourceMatches(in document: Document, glossary: Glossary, stemmer: () -> RussianStemmer, cyrillicOnly: Bool) -> [TermMatcher.Match] {
        // Stemmed once per distinct spelling (a leftover caption, an original, repeats its
        // words). Spellings are interned here rather than through the document's word index:
        // a Russian original needs none of the index's English facts.
        var spellings = ByteInterner()
        var words: [Word] = []
        var keyOfWord: [Int32] = []
        var firstWordOfSpelling: [Word] = []
        // Leftover Russian words are among the words with non-ASCII bytes, few in English.
        let allWords = document.words
        let candidates = cyrillicOnly ? document.wordsWithNonASCII.map { allWords[$0] } : allWords
        document.utf8.withUnsafeBufferPointer { bytes in
            for word in candidates where !cyrillicOnly || Self.isCyrillic(bytes[word.start]) {
                let spelling = spellings.intern(UnsafeBufferPointer(rebasing: bytes[word.range]))
                if spelling == firstWordOfSpelling.count { firstWordOfSpelling.append(word) }
                words.append(word)
                keyOfWord.append(spelling)
            }
        }
        guard !words.isEmpty else { return [] }
        // The matcher and the stemmer, only for a text with Russian words (taken once here:
        // the matcher is a value, copied at each access).
        let sources = glossary.sources
        let stemmer = stemmer()
        let keys = document.utf8.withUnsafeBufferPointer { bytes in
            firstWordOfSpelling.map { sources.wordKeys(stemmer.textKey(UnsafeBufferPointer(rebasing: bytes[$0.range]))) }
        }
        return sources.matches(words: words, bytes: document.utf8, keys: keys, keyOfWord: keyOfWord).compactMap { match in
            // A capitalized source term is a name: "Ровно" (Rivne) is not "ровно" (exactly).
            let entries = match.entries.filter { entry in
                zip(sources.entries[entry].words, words[match.words]).allSatisfy { term, word in
                    !(term.first?.isUppercase ?? false) || (document.string(word.range).first?.isUppercase ?? false)
                }
            }
            return entries.isEmpty ? nil : TermMatcher.Match(words: match.words, range: match.range, entries: entries)
        }
    }

    /// Lead bytes of U+0400–U+04FF.
    private static func isCyrillic(_ leadByte: UInt8) -> Bool { leadByte == 0xD0 || leadByte == 0xD1 || leadByte == 0xD2 || leadByte == 0xD3 }
}
