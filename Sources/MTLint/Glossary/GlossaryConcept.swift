/// One concept of a glossary: the approved English term, the synonyms it admits, the
/// variants it forbids and the Russian terms it translates.
public struct GlossaryConcept: Sendable, Equatable {
    /// The approved English term.
    public var target: String
    /// Other English terms the glossary admits for the same concept.
    public var admitted: [String]
    /// Variants that must not appear.
    public var forbidden: [String]
    /// The Russian terms the concept translates.
    public var sources: [String]
    /// Why; shown in reports.
    public var note: String?
    /// True when case matters (e.g. "US" the country, not "us").
    public var caseSensitive: Bool
    /// Where the concept was defined.
    public var origin: GlossaryOrigin

    public init(
        target: String, admitted: [String] = [], forbidden: [String] = [], sources: [String] = [],
        note: String? = nil, caseSensitive: Bool = false, origin: GlossaryOrigin = GlossaryOrigin(path: "<glossary>", line: 0)
    ) {
        self.target = target
        self.admitted = admitted
        self.forbidden = forbidden
        self.sources = sources
        self.note = note
        self.caseSensitive = caseSensitive
        self.origin = origin
    }

    /// The approved term followed by the admitted ones.
    public var allowed: [String] { [target] + admitted }
}
