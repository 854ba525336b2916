/// Numbers that differ between a translation and its source, compared by value across
/// English and Russian conventions.
public struct NumberMismatchCheck: Check {
    public static let description = CheckDescription(
        id: "number-mismatch",
        family: .source,
        summary: "A number in the translation that the source does not have, or a number of the source missing from the translation (compared by value: decimal commas, thousands spaces, тыс./млн/млрд, month names and numbers in words are understood).",
        defaultSeverity: .warning,
        passing: [
            CheckExample("Revenue grew by 1.5 billion rubles in 2023.", source: "Выручка выросла на 1,5 млрд рублей в 2023 году."),
            CheckExample("About 12,500 people attended on February 15, 2025.", source: "15.02.2025 пришли около 12 500 человек."),
            CheckExample("Two of the three ministers left at 10:30.", source: "Двое из 3 министров ушли в 10.30."),
            CheckExample("Sales fell to 2.5 million units in the 1990s.", source: "Продажи упали до 2 500 тыс. штук в 90-х."),
            CheckExample("The first quarter was weak; the COVID-19 rules, the iPhone 15 and the 5G network.",
                         source: "Первый квартал был слабым; правила COVID-19, iPhone 15 и сеть 5G."),
            CheckExample("The law takes effect on 15.02.2025 for the second time.", source: "Закон вступит в силу 15 февраля 2025 года во второй раз."),
            CheckExample("Untouched line without a source counterpart 42."),
        ],
        failing: [
            CheckExample("Revenue grew by ⟦15⟧ billion rubles.", source: "Выручка выросла на 1,5 млрд рублей."),
            CheckExample("The plant employs ⟦1,200⟧ workers.", source: "На заводе работают 12 000 человек."),
            CheckExample("⟦The talks took place on Monday.⟧", source: "Переговоры прошли 14 марта."),
        ]
    )

    private let ignoredValues: Set<Int64>

    public init(options: CheckOptions) throws {
        try options.validate(known: ["ignore"], check: Self.description.id)
        let ignored = try options.strings("ignore", default: [], check: Self.description.id)
        ignoredValues = Set(ignored.compactMap(Double.init).map(NumberReader.key))
    }

    public func check(_ document: Document, context: CheckContext) -> [Hit] {
        guard let source = context.source, let alignment = context.sourceAlignment(for: document) else { return [] }
        let english = NumberReader(language: .english)
        let russian = NumberReader(language: .russian)
        var hits: [Hit] = []
        for pair in alignment.pairs where !pair.targetRange.isEmpty && !pair.sourceRange.isEmpty {
            var target = english.read(document.utf8, pair.targetRange)
            var original = russian.read(source.utf8, pair.sourceRange)
            guard !target.tokens.isEmpty || !original.tokens.isEmpty else { continue }
            var extra = target.tokens.filter { !original.explains($0) && !isIgnored($0) }
            if !extra.isEmpty {
                // Numbers in words, months and Roman numerals may explain them.
                russian.addWords(source.utf8, pair.sourceRange, to: &original)
                extra = extra.filter { !original.explains($0) }
            }
            // Zero ("-0-" closing agency copy), one ("1 января" is "January 1", but also a
            // stray "1") and list numbers are often rightly left out.
            var missing = original.tokens.filter {
                !target.explains($0) && !isIgnored($0) && $0.readings.first != [0] && $0.readings.first != [1]
                    && !NumberReader.isListNumber(source.utf8, $0, lineStart: pair.sourceRange.lowerBound)
            }
            if !missing.isEmpty {
                english.addWords(document.utf8, pair.targetRange, to: &target)
                missing = missing.filter { !target.explains($0) }
            }
            let sourceNumbers = original.tokens.map { "“\(source.string($0.range))”" }
            for token in extra {
                let text = document.string(token.range)
                let message = sourceNumbers.isEmpty
                    ? "“\(text)” is not in the source, which has no numbers here"
                    : "“\(text)” does not match the source’s numbers (\(sourceNumbers.joined(separator: ", ")))"
                hits.append(Hit(range: token.range, message: message))
            }
            // A changed number already shows as an extra one; report a number only missing.
            guard extra.isEmpty, !missing.isEmpty else { continue }
            let list = missing.map { "“\(source.string($0.range))”" }.joined(separator: ", ")
            // Several target lines sharing one source: the missing number is reported on the last.
            let lastLine = document.lines.range(ofLine: max(pair.targetLines.lowerBound, pair.targetLines.upperBound - 1))
            hits.append(Hit(range: Self.trimmed(lastLine.clamped(to: pair.targetRange), in: document.utf8),
                            message: "The source’s \(list) \(missing.count == 1 ? "is" : "are") missing from the translation"))
        }
        return hits
    }

    private func isIgnored(_ token: NumberReader.Token) -> Bool {
        token.readings.first?.allSatisfy { ignoredValues.contains(NumberReader.key($0)) } ?? false
    }

    static func trimmed(_ range: Range<Int>, in bytes: TextBytes) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return start..<end
    }
}
