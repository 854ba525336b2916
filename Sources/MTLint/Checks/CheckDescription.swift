/// Everything a user (and the example test) needs to know about a check.
public struct CheckDescription: Sendable {
    /// The contract's id, e.g. "leftover-russian".
    public let id: String
    /// Ids this check may also report under (e.g. "leftover-cyrillic").
    public let alsoReports: [String]
    public let family: CheckFamily
    public let summary: String
    public let defaultSeverity: Severity
    /// Texts on which the check must stay silent.
    public let passing: [CheckExample]
    /// Texts with every expected hit marked ⟦like this⟧.
    public let failing: [CheckExample]

    public init(
        id: String, alsoReports: [String] = [], family: CheckFamily, summary: String,
        defaultSeverity: Severity, passing: [CheckExample], failing: [CheckExample]
    ) {
        self.id = id
        self.alsoReports = alsoReports
        self.family = family
        self.summary = summary
        self.defaultSeverity = defaultSeverity
        self.passing = passing
        self.failing = failing
    }
}

/// An example text for a check. In failing examples each expected hit is marked with
/// ⟦ and ⟧; the markers are removed before checking.
public struct CheckExample: Sendable, ExpressibleByStringLiteral {
    public static let openMarker: Character = "⟦"
    public static let closeMarker: Character = "⟧"

    public let markedText: String
    /// The Russian original, for source-aware checks.
    public let source: String?
    public let options: CheckOptions
    /// A glossary in the TSV format, for glossary checks.
    public let glossary: String?

    public init(_ markedText: String, source: String? = nil, options: CheckOptions = [:], glossary: String? = nil) {
        self.markedText = markedText
        self.source = source
        self.options = options
        self.glossary = glossary
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The text without markers, and the byte ranges the markers enclosed.
    public var textAndExpectedRanges: (text: String, ranges: [Range<Int>]) {
        var text = ""
        var ranges: [Range<Int>] = []
        var openAt: [Int] = []
        for character in markedText {
            if character == Self.openMarker {
                openAt.append(text.utf8.count)
            } else if character == Self.closeMarker, let start = openAt.popLast() {
                ranges.append(start..<text.utf8.count)
            } else {
                text.append(character)
            }
        }
        return (text, ranges.sorted { $0.lowerBound < $1.lowerBound })
    }
}
