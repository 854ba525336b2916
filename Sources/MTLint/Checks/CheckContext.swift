/// What a check may use besides the document: shared ICU services and, when present,
/// the Russian original and the glossary.
public struct CheckContext: Sendable {
    public let unicode: UnicodeServices
    /// The Russian original of the document, for source-aware checks.
    public let source: Document?
    /// The glossary in force (the shipped one, or those named with `--glossary`), if any.
    public let glossary: Glossary?
    /// Which part of the source each target line translates (nil without a source).
    public let alignment: SourceAlignment?

    /// A context; with a source and no alignment, the lines are aligned when a check asks.
    public init(unicode: UnicodeServices, source: Document? = nil, glossary: Glossary? = nil, alignment: SourceAlignment? = nil) {
        self.unicode = unicode
        self.source = source
        self.glossary = glossary
        self.alignment = alignment
    }

    /// The alignment of `document` with the source: the one given, or one computed now.
    public func sourceAlignment(for document: Document) -> SourceAlignment? {
        if let alignment { return alignment }
        return source.map { SourceAlignment(target: document, source: $0) }
    }
}

/// ICU objects that are costly to open, opened once per run and shared by all checks.
public final class UnicodeServices: Sendable {
    public let spoofChecker = SpoofChecker()
    public let russianToLatin: Transliterator
    public let anyToLatin: Transliterator

    public init() {
        guard let russian = Transliterator("Russian-Latin/BGN"), let any = Transliterator("Any-Latin; Latin-ASCII") else {
            fatalError("ICU transliterators unavailable")
        }
        russianToLatin = russian
        anyToLatin = any
    }
}
