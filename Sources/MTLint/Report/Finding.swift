/// One finding as reports show it: the contract's JSON object.
public struct Finding: Codable, Sendable, Equatable {
    public var check: String
    public var severity: Severity
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    /// The text the finding covers.
    public var text: String
    public var message: String
    public var suggestion: String?
    /// Where a related place is, e.g. the first occurrence of a repeated sentence.
    public var related: TextLocation?
    /// Byte offsets in the decoded, normalized text (for writers that mark up the text).
    public var offset: Int
    public var endOffset: Int
    /// The translation unit (XLIFF `trans-unit`/`unit` id, TMX `tuid`) the finding is in.
    public var unit: String?

    public init(
        check: String, severity: Severity, start: TextLocation, end: TextLocation, text: String,
        message: String, suggestion: String? = nil, related: TextLocation? = nil, offsets: Range<Int>,
        unit: String? = nil
    ) {
        self.check = check
        self.severity = severity
        line = start.line
        column = start.column
        endLine = end.line
        endColumn = end.column
        self.text = text
        self.message = message
        self.suggestion = suggestion
        self.related = related
        offset = offsets.lowerBound
        endOffset = offsets.upperBound
        self.unit = unit
    }
}
