import Testing
@testable import MTLint

/// How glossary terms are found in text and source, beyond the checks' own examples.
@Suite struct GlossaryMatchingTests {
    static let services = UnicodeServices()

    @Test func russianSourceTermsMatchThroughInflection() throws {
        let glossary = Glossary(concepts: try GlossaryTestSupport.tsv("target\tsource\nKyiv\tКиев\nState Duma\tГосударственная дума\n"))
        let check = try GlossaryMissingCheck(options: [:])
        for form in ["Киев", "Киева", "Киеве", "Киевом", "Киеву"] {
            let source = Document(text: "Новости. Он был в \(form) вчера.")
            let hits = check.check(Document(text: "News. He was in the capital yesterday."),
                                   context: CheckContext(unicode: Self.services, source: source, glossary: glossary))
            #expect(hits.count == 1, "\(form): \(hits.map(\.message))")
            #expect(hits.first?.suggestion == "Kyiv")
        }
        let duma = Document(text: "Депутаты Государственной думы проголосовали.")
        let hits = check.check(Document(text: "Deputies of the lower house voted."),
                               context: CheckContext(unicode: Self.services, source: duma, glossary: glossary))
        #expect(hits.map(\.suggestion) == ["State Duma"])
    }

    @Test func manyEntriesStillMatchEachVariant() throws {
        var rows = "target\tforbidden\n"
        for index in 0..<2_000 { rows += "Approved\(index)\tForbidden\(index) term\n" }
        let glossary = Glossary(concepts: try GlossaryTestSupport.tsv(rows))
        let document = Document(text: "A Forbidden17 term and forbidden1999 Term, but not Forbidden17 alone.")
        let hits = try GlossaryForbiddenCheck(options: [:]).check(document, context: CheckContext(unicode: Self.services, glossary: glossary))
        #expect(hits.map { document.string($0.range) } == ["Forbidden17 term", "forbidden1999 Term"])
        #expect(hits.map(\.suggestion) == ["Approved17", "Approved1999"])
    }

    /// A document's matches, found with its keys by distinct folded word reached through its
    /// forms, are those found with each word's own keys (``TermKey/english(folded:)``).
    @Test func documentMatchesAreThoseOfEachWordsOwnKeys() throws {
        let glossary = Glossary(concepts: try GlossaryTestSupport.tsv("""
            target\tforbidden
            Kyiv\tKiev
            State Duma\tDuma of the State
            Chicken Kiev\tchicken kiev's
            ministry\tministries of the
            Lavrov\tLavrovs
            Kïev\tKïevsky
            Foreign Ministry\tMID
            """))
        let vocabulary = ["Kiev", "kiev", "KIEV", "Kiev's", "Kievs", "Kievs'", "Kieves", "kiev'", "KIEV’S", "Kiev’", "Kyiv", "State", "state", "States",
                          "Duma", "Duma's", "Dumas", "Dumaes", "of", "the", "The", "Chicken", "chicken", "ministry", "Ministries", "ministries",
                          "ministries'", "ministry's", "Lavrov", "Lavrovs", "Lavrov's", "Lavrov’s", "Lavrovs'", "Lavrovses", "Kïevs", "Kïev", "kïev's",
                          "Kïevsky", "MID", "mid", "Foreign", "cat", "cats", "s", "'s", "a", "Кіев"]
        let gaps = [" ", " ", " ", "-", "\n", "\n\n", ", ", ". "]
        var generator = SplitMix64(seed: 5)
        for round in 0..<300 {
            var text = ""
            // Some texts long enough for several batches of the words that may begin a term.
            for _ in 0..<Int(1 + generator.next() % (round % 4 == 0 ? 400 : 40)) {
                text += vocabulary[Int(generator.next() % UInt64(vocabulary.count))] + gaps[Int(generator.next() % UInt64(gaps.count))]
            }
            let document = Document(text: text)
            let keys = document.words.map { TermKey.english(folded: TermKey.fold(document.utf8[$0.range])) }
            let expected = glossary.terms.matches(words: document.words, bytes: document.utf8, keys: keys)
            let found = glossary.matches(in: document)
            let describe = { (matches: [TermMatcher.Match]) in matches.map { "\($0.words) \($0.range) \($0.entries)" } }
            #expect(describe(found) == describe(expected), "\(text)")
        }
    }
}
