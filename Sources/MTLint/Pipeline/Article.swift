/// A loaded input: the translation to check and, when the input carries it (XLIFF, TMX), its
/// source and how the two align.
public struct Article: Sendable {
    public let format: InputFormat
    public let document: Document
    public let source: Document?
    public let alignment: SourceAlignment?

    public init(format: InputFormat, document: Document, source: Document? = nil, alignment: SourceAlignment? = nil) {
        self.format = format
        self.document = document
        self.source = source
        self.alignment = alignment
    }
}
