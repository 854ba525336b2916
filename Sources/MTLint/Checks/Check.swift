/// A check inspects a document and returns hits. It knows nothing of severities as
/// configured, line numbers or reports: the runner stamps those on.
public protocol Check: Sendable {
    /// The check's id, summary, default severity and its passing and failing examples.
    static var description: CheckDescription { get }

    /// Creates the check with its configured options; throws ``CheckOptionError`` for an
    /// option it does not know or a value of the wrong type.
    init(options: CheckOptions) throws

    func check(_ document: Document, context: CheckContext) -> [Hit]
}

/// What a check found: a range of the document, and what to tell the user.
public struct Hit: Sendable, Equatable {
    /// UTF-8 byte range in ``Document/utf8``.
    public var range: Range<Int>
    public var message: String
    public var suggestion: String?
    /// Overrides the check's severity for this hit (e.g. `info` for Cyrillic inside a URL).
    public var severity: Severity?
    /// Byte offset of a related place, e.g. the first occurrence of a repeated sentence.
    public var relatedOffset: Int?
    /// The check id to report under when a check reports for a sibling id
    /// (`leftover-cyrillic` from the leftover-russian check). Nil: the check's own id.
    public var checkID: String?

    public init(
        range: Range<Int>, message: String, suggestion: String? = nil, severity: Severity? = nil,
        relatedOffset: Int? = nil, checkID: String? = nil
    ) {
        self.range = range
        self.message = message
        self.suggestion = suggestion
        self.severity = severity
        self.relatedOffset = relatedOffset
        self.checkID = checkID
    }
}

/// How serious a finding is. `info` is a remark and never trips `--fail-on`.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Groups checks for colours, filters and counts in reports.
public enum CheckFamily: String, Sendable, Codable, CaseIterable {
    case leftover, script, repetition, terminology, source, encoding
}
