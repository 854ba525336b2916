/// One name or term spelled several ways in one document, without any glossary:
/// transliteration variants of Russian names ("Nebenzya" / "Nebenzia"), hyphenated and closed
/// compounds ("co-chairs" / "cochairs"), and case variants of multi-word terms. Each minority
/// spelling is reported, pointing at the majority one. With a glossary, a concept's admitted
/// synonyms used side by side are reported at `info`.
public struct TermInconsistentCheck: Check {
    public static let description = CheckDescription(
        id: "term-inconsistent",
        family: .terminology,
        summary: "One name or term spelled several ways in one document (Nebenzya / Nebenzia, co-chairs / cochairs, Foreign Ministry / foreign ministry); reports each minority spelling against the majority.",
        defaultSeverity: .warning,
        passing: [
            "Alexander Trufanov and his mother Elena Trufanova were freed; Trufanov thanked the Red Cross.",
            "Russia and Russian diplomats; Israel and Israeli officials; Austria is not Australia.",
            "Hoping for peace, he waited. Hopping mad, she left. The hoping and hopping went on.",
            "Zakharova said so. Later Zakharova's deputy spoke, and HAMAS and Hamas both appear.",
            "The Foreign Ministry said. The Foreign Ministry's spokeswoman added. Foreign ministers met.",
            "The co-chairs met; the co-chairs agreed. He will re-sign the deal or resign.",
            CheckExample("The State Duma voted. The State Duma adjourned.",
                         glossary: "target\tadmitted\nState Duma\tDuma\n"),
        ],
        failing: [
            "Vasily Nebenzia spoke. Nebenzia said no. Later ⟦Nebenzya⟧ left.",
            // A possessive whose name stands nowhere else on its own.
            "Vasily Nebenzia spoke. Nebenzia said no. Then ⟦Nebenzya⟧'s aide left.",
            "Maria Zakharova said. Zakharova added, and ⟦Zaharova⟧ repeated it. Then Zakharova's aide left.",
            "Dmitry Peskov and ⟦Dmitriy⟧ Peskov and Dmitry again; Yuri and Yuri and ⟦Yury⟧ too.",
            "The co-chairs met; the co-chairs agreed; the ⟦cochairs⟧ left.",
            "He flew to Tel Aviv, then back to Tel Aviv, then to ⟦Tel-Aviv⟧.",
            "The Foreign Ministry said. Russia's Foreign Ministry added. The ⟦foreign ministry⟧ denied it.",
            CheckExample("The State Duma voted. The State Duma met and the ⟦Duma⟧ adjourned.",
                         glossary: "target\tadmitted\nState Duma\tDuma\n"),
        ]
    )

    private let minimumLength: Int
    private let ignoredNames: Set<String>
    private let ignoredPrefixes: Set<String>

    public init(options: CheckOptions) throws {
        let id = Self.description.id
        try options.validate(known: ["minimumNameLength", "ignoredNames", "ignoredCompoundPrefixes"], check: id)
        minimumLength = Int(try options.number("minimumNameLength", default: 4, check: id))
        ignoredNames = Set(try options.strings("ignoredNames", default: [], check: id).map { $0.lowercased() })
        // "re-sign" is not "resign", "re-cover" not "recover".
        ignoredPrefixes = Set(try options.strings("ignoredCompoundPrefixes", default: ["re"], check: id).map { $0.lowercased() })
    }

    public func check(_ document: Document, context: CheckContext) -> [Hit] {
        let facts = WordFacts(document)
        var hits = NameVariants.hits(document, facts: facts, minimumLength: minimumLength, ignored: ignoredNames, glossary: context.glossary)
        hits += CompoundVariants.hits(document, facts: facts, ignoredPrefixes: ignoredPrefixes)
        hits += CaseVariants.hits(document, facts: facts)
        if let glossary = context.glossary { hits += Self.synonymHits(document, glossary: glossary) }
        // A span found by two rules is reported once. (Removed in place: `filter` copied
        // every hit kept.)
        var seen: Set<Int> = []
        hits.removeAll { !seen.insert($0.range.lowerBound).inserted }
        return hits
    }

    /// A concept's approved and admitted terms used side by side.
    private static func synonymHits(_ document: Document, glossary: Glossary) -> [Hit] {
        guard glossary.concepts.contains(where: { !$0.admitted.isEmpty }) else { return [] }
        var groups = SpellingGroups<String>()
        for match in glossary.matches(in: document) {
            guard let entry = match.entries.map({ glossary.terms.entries[$0] }).first(where: { $0.role != .forbidden }) else { continue }
            groups.add(key: Int32(entry.concept), spelling: entry.words.joined(separator: " "), range: match.range)
        }
        return groups.hits(message: { minority, majority, count in
            "“\(minority)” and “\(majority)” (\(count) \(count == 1 ? "time" : "times")) are one concept in the glossary; keep to one"
        }).map { hit in
            var hit = hit
            hit.severity = .info
            return hit
        }
    }
}
