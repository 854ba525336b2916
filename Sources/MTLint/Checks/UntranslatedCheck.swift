/// A segment of the translation that is its source copied, wholly or mostly.
public struct UntranslatedCheck: Check {
    public static let description = CheckDescription(
        id: "untranslated",
        family: .source,
        summary: "A translated segment (line or unit) identical to its Russian source, or mostly copied from it.",
        defaultSeverity: .error,
        passing: [
            CheckExample("Russia and Israel maintain an active dialogue.", source: "Россия и Израиль поддерживают активный диалог."),
            CheckExample("iPhone 15 Pro Max, 256 GB", source: "iPhone 15 Pro Max, 256 GB"),
            CheckExample("Prime Minister Benjamin Netanyahu (Биньямин Нетаньяху) spoke.",
                         source: "Премьер-министр Биньямин Нетаньяху выступил."),
        ],
        failing: [
            CheckExample("⟦Россия и Израиль поддерживают активный диалог.⟧", source: "Россия и Израиль поддерживают активный диалог."),
            CheckExample("The ambassador spoke.\n⟦Посол России в Израиле Анатолий Викторов, Anatoly⟧",
                         source: "Посол выступил.\nПосол России в Израиле Анатолий Викторов"),
        ]
    )

    private let copiedShare: Double
    private let minimumLetters: Int

    public init(options: CheckOptions) throws {
        try options.validate(known: ["copiedShare", "minimumLetters"], check: Self.description.id)
        copiedShare = try options.number("copiedShare", default: 0.7, check: Self.description.id)
        minimumLetters = Int(try options.number("minimumLetters", default: 4, check: Self.description.id))
    }

    public func check(_ document: Document, context: CheckContext) -> [Hit] {
        guard let source = context.source, let alignment = context.sourceAlignment(for: document) else { return [] }
        var hits: [Hit] = []
        for pair in alignment.pairs where !pair.targetRange.isEmpty && !pair.sourceRange.isEmpty {
            // Only a source with Russian words to translate can be left untranslated.
            let sourceWords = source.words(in: pair.sourceRange).filter { $0.kind == .letters }.map { source.string($0.range).lowercased() }
            let cyrillicLetters = sourceWords.filter(Self.isCyrillic).reduce(0) { $0 + $1.count }
            guard cyrillicLetters >= minimumLetters else { continue }
            let targetWords = document.words(in: pair.targetRange).filter { $0.kind == .letters }.map { document.string($0.range).lowercased() }
            guard !targetWords.isEmpty else { continue }
            let range = NumberMismatchCheck.trimmed(pair.targetRange, in: document.utf8)
            if document.string(range) == source.string(NumberMismatchCheck.trimmed(pair.sourceRange, in: source.utf8)) {
                hits.append(Hit(range: range, message: "Segment identical to its source: left untranslated"))
                continue
            }
            let available = Set(sourceWords)
            let total = targetWords.reduce(0) { $0 + $1.count }
            let copied = targetWords.filter { available.contains($0) }
            let copiedLetters = copied.reduce(0) { $0 + $1.count }
            let copiedCyrillic = copied.filter(Self.isCyrillic).reduce(0) { $0 + $1.count }
            guard Double(copiedLetters) >= Double(total) * copiedShare, copiedCyrillic * 2 >= cyrillicLetters else { continue }
            let percent = Int((Double(copiedLetters) / Double(total) * 100).rounded())
            hits.append(Hit(range: range, message: "Segment mostly copied from its source (\(percent)% of its letters): left untranslated"))
        }
        return hits
    }

    private static func isCyrillic(_ word: String) -> Bool {
        word.unicodeScalars.contains { UnicodeScript(of: $0) == .cyrillic }
    }
}
