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
}
