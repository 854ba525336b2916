/// A variant the glossary forbids ("Kiev" where the glossary says "Kyiv"), also as a
/// possessive, plural or part of a hyphenated compound ("Kiev's", "Kiev-based").
public struct GlossaryForbiddenCheck: Check {
    static let exampleGlossary = """
        target\tforbidden\tnote\tcase
        Kyiv\tKiev\tUkrainian-based spelling (AP, Reuters, BBC)\t
        Donbas\tDonbass\t\t
        Intergovernmental Commission\tCMPC\tMT calque of the Russian abbreviation МПК\t
        Federation Council\tCouncil of Federation|Sovfed\tthe upper house of parliament\t
        Foreign Ministry\tMID\tcalque of МИД; lower-case "mid" is English\tsensitive
        chicken Kiev\t\tthe dish keeps its old name\t
        """

    public static let description = CheckDescription(
        id: "glossary-forbidden",
        family: .terminology,
        summary: "A variant the glossary forbids (\"Kiev\" where it says \"Kyiv\"), also in possessives, plurals and hyphenated compounds; suggests the approved term and shows the glossary's note.",
        defaultSeverity: .error,
        passing: [
            CheckExample("Kyiv, Kyiv's mayor and Kyiv-based groups; Donbas.", glossary: exampleGlossary),
            CheckExample("Chicken Kiev is on the menu.", glossary: exampleGlossary),
            CheckExample("In mid-March the MFA and the Foreign Ministry spoke.", glossary: exampleGlossary),
            CheckExample("Kievan Rus was a medieval state; the council of the federation met.", glossary: exampleGlossary),
            "Kiev with no glossary in force is not this check's business.",
        ],
        failing: [
            CheckExample("Shelling hit ⟦Kiev⟧ overnight.", glossary: exampleGlossary),
            CheckExample("⟦Kiev⟧'s mayor, ⟦Kiev⟧’s parks and a ⟦Kiev⟧-based lab.", glossary: exampleGlossary),
            CheckExample("Two natives of ⟦Donbass⟧ and ⟦KIEV⟧.", glossary: exampleGlossary),
            CheckExample("A meeting of the ⟦CMPC⟧ is planned.", glossary: exampleGlossary),
            CheckExample("The ⟦MID⟧ said so in mid-March.", glossary: exampleGlossary),
            CheckExample("The ⟦Council of\nFederation⟧ approved it; so did the ⟦Sovfed⟧.", glossary: exampleGlossary),
        ]
    )

    public init(options: CheckOptions) throws {
        try options.validate(known: [], check: Self.description.id)
    }

    public func check(_ document: Document, context: CheckContext) -> [Hit] {
        guard let glossary = context.glossary, !glossary.terms.isEmpty else { return [] }
        var hits: [Hit] = []
        for match in glossary.matches(in: document) {
            let entries = match.entries.map { glossary.terms.entries[$0] }
            // A wording some concept allows is not forbidden, whatever another concept says.
            guard !entries.contains(where: { $0.role != .forbidden }), let entry = entries.first else { continue }
            let concept = glossary.concepts[entry.concept]
            let found = document.string(match.range)
            var message = "“\(found)” is forbidden by the glossary; use “\(concept.target)”"
            if let note = concept.note { message += " — \(note)" }
            hits.append(Hit(range: match.range, message: message, suggestion: concept.target))
        }
        return hits
    }
}
