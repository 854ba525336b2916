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
            // Copied Russian means Cyrillic in the target: most lines have none (a byte test).
            guard Self.hasCyrillic(document.utf8[pair.targetRange]) else { continue }
            // Only a source with Russian words to translate can be left untranslated.
            let sourceWords = source.words(in: pair.sourceRange).filter { $0.kind == .letters }.map { source.string($0.range).lowercased() }
            guard sourceWords.filter(Self.isCyrillic).reduce(0, { $0 + $1.count }) >= minimumLetters else { continue }
            let sourceText = source.string(NumberMismatchCheck.trimmed(pair.sourceRange, in: source.utf8))
            let available = Set(sourceWords)
            // Line by line: a pair may join several target lines to one source line.
            for line in pair.targetLines {
                let range = NumberMismatchCheck.trimmed(document.lines.range(ofLine: line), in: document.utf8)
                guard !range.isEmpty else { continue }
                if document.string(range) == sourceText {
                    hits.append(Hit(range: range, message: "Segment identical to its source: left untranslated"))
                    continue
                }
                let words = document.words(in: range).filter { $0.kind == .letters }.map { document.string($0.range).lowercased() }
                let total = words.reduce(0) { $0 + $1.count }
                let copied = words.filter { available.contains($0) }
                let copiedLetters = copied.reduce(0) { $0 + $1.count }
                let copiedCyrillic = copied.filter(Self.isCyrillic).reduce(0) { $0 + $1.count }
                guard total > 0, Double(copiedLetters) >= Double(total) * copiedShare, copiedCyrillic >= minimumLetters else { continue }
                let percent = Int((Double(copiedLetters) / Double(total) * 100).rounded())
                hits.append(Hit(range: range, message: "Segment mostly copied from its source (\(percent)% of its letters): left untranslated"))
            }
        }
        return hits
    }

    /// Lead bytes 0xD0-0xD3 start U+0400-U+04FF, the Cyrillic block.
    private static func hasCyrillic(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.contains { $0 >= 0xD0 && $0 <= 0xD3 }
    }

    private static func isCyrillic(_ word: String) -> Bool {
        word.unicodeScalars.contains { UnicodeScript(of: $0) == .cyrillic }
    }
}
