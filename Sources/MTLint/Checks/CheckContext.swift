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

/// ICU objects that are costly to open, opened once per run on first use (the transliterators
/// cost tens of milliseconds, which a run over clean English files never needs to pay) and
/// shared by all checks.
public final class UnicodeServices: Sendable {
    public var spoofChecker: SpoofChecker { lazySpoofChecker.value }
    public var russianToLatin: Transliterator { lazyRussianToLatin.value }
    public var ukrainianToLatin: Transliterator { lazyUkrainianToLatin.value }
    public var anyToLatin: Transliterator { lazyAnyToLatin.value }

    private let lazySpoofChecker = LazyValue { SpoofChecker() }
    // Without the registry: a file with one Russian or Ukrainian caption pays ~2 ms, not
    // 10-35 ms (other Cyrillic languages still go through the registry's Any-Latin).
    private let lazyRussianToLatin = LazyValue { Transliterator.russianLatinBGN() ?? UnicodeServices.transliterator("Russian-Latin/BGN") }
    private let lazyUkrainianToLatin = LazyValue { Transliterator.ukrainianLatinBGN() ?? UnicodeServices.transliterator("Ukrainian-Latin/BGN") }
    private let lazyAnyToLatin = LazyValue { UnicodeServices.transliterator("Any-Latin; Latin-ASCII") }

    public init() {}

    private static func transliterator(_ identifier: String) -> Transliterator {
        guard let transliterator = Transliterator(identifier) else { fatalError("ICU transliterator \(identifier) unavailable") }
        return transliterator
    }
}
