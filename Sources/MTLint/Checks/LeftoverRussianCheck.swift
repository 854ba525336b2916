/// Russian (or other Cyrillic) text left untranslated in the English output.
public struct LeftoverRussianCheck: Check {
    public static let description = CheckDescription(
        id: "leftover-russian",
        alsoReports: ["leftover-cyrillic"],
        family: .leftover,
        summary: "Russian text left untranslated in the English translation; other Cyrillic languages are reported as leftover-cyrillic.",
        defaultSeverity: .error,
        passing: [
            "Russia and Israel maintain an active dialogue, the ambassador said.",
            "Łukasz and Jürgen met in São Paulo.",
            "The mattress measures 105х195 cm.",
            "It works from -50 to 50°С.",
            "According to WНO data, 55 million people suffer.",
            "α-alumina is a ceramic. 😀",
        ],
        failing: [
            "Intro.\n\n⟦Премьер-министр Израиля Биньямин Нетаньяху⟧\n\nIsraeli Prime Minister Benjamin Netanyahu",
            "Former Argentina international ⟦Эрнан⟧ Crespo commented.",
            "The hashtag #⟦поэтвроссиибольшечемпоэт⟧ was written.",
            "Text.\n⟦Переведено сервисом «Яндекс Переводчик»⟧",
            "CAST Louise Bourgoise, Mathieu Ull⟦рик⟧, Frédéric Belle.",
            "Visit https://⟦премияарсеньева.рф⟧/ for details.",
            "A caption: ⟦Київ навесні⟧",
            "⟦Гражданин России Александр Труфанов. 15 февраля 2025 года⟧",
        ]
    )

    private let minimumErrorWords: Int

    public init(options: CheckOptions) throws {
        try options.validate(known: ["errorWords"], check: Self.description.id)
        minimumErrorWords = Int(try options.number("errorWords", default: 3, check: Self.description.id))
    }

    public func check(_ document: Document, context: CheckContext) -> [Hit] {
        let lookalikes = Lookalikes(services: context.unicode)
        var hits: [Hit] = []
        var nearby = NearbyTranslation(document)
        for run in CyrillicRun.runs(in: document) {
            let allLookalike = run.letters.allSatisfy { lookalikes.latinLookalike(of: $0) != nil }
            let insideLatinWord = Self.touchesLatinLetter(run.range, in: document.utf8)
            // Look-alike substitutions belong to mixed-script, not here.
            if allLookalike && (insideLatinWord || (run.letters.count == 1 && LatinContext.surroundsLoneLetter(run.range, in: document))) {
                continue
            }
            if insideLatinWord && run.letters.count < 2 { continue }
            hits.append(hit(for: run, in: document, context: context, partialWord: insideLatinWord, nearby: &nearby))
        }
        return hits
    }

    private func hit(for run: CyrillicRun, in document: Document, context: CheckContext, partialWord: Bool, nearby: inout NearbyTranslation) -> Hit {
        let text = document.string(run.range)
        let language = CyrillicLanguage.identify(run.letters)
        let isRussian = language == .russian
        // BGN romanization for Russian and Ukrainian ("Volodymyr", where ICU's Any-Latin,
        // closer to ISO 9, writes "Volodimir"), Any-Latin for other Cyrillic languages.
        let transliteration = switch language {
        case .russian: context.unicode.russianToLatin(text)
        case .ukrainian: context.unicode.ukrainianToLatin(text)
        default: context.unicode.anyToLatin(text)
        }
        let words = run.words.count
        let noun = words == 1 ? "word" : "words"
        if AddressSpans.isAddress(document.utf8, around: run.range.lowerBound) {
            return Hit(range: run.range, message: "Cyrillic in a web or e-mail address (an internationalized domain); check that it should stay",
                       suggestion: transliteration, severity: .info, checkID: isRussian ? nil : "leftover-cyrillic")
        }
        var message = partialWord
            ? "\(language.rawValue) letters left inside a word (“\(text)”)"
            : "Untranslated \(language.rawValue) text (\(words) \(noun))"
        let lineIndex = document.lines.lineIndex(of: run.range.lowerBound)
        let line = document.lines.range(ofLine: lineIndex)
        let wholeLine = !Self.hasLatinLetter(document.utf8[line.lowerBound..<run.range.lowerBound])
            && !Self.hasLatinLetter(document.utf8[run.range.upperBound..<line.upperBound])
        if wholeLine, let english = nearby.line(near: lineIndex, transliteration: transliteration, runText: text) {
            message += "; its English translation is on line \(document.fileLine(of: document.lines.starts[english])), so this line can probably be deleted"
        }
        let severity: Severity = words >= minimumErrorWords || wholeLine ? .error : .warning
        return Hit(range: run.range, message: message, suggestion: transliteration, severity: severity,
                   checkID: isRussian ? nil : "leftover-cyrillic")
    }

    private static func touchesLatinLetter(_ range: Range<Int>, in bytes: TextBytes) -> Bool {
        let before = ScalarScanner.scalar(in: bytes, before: range.lowerBound)
        let after = range.upperBound < bytes.count ? ScalarScanner.scalar(in: bytes, at: range.upperBound).0 : nil
        return [before, after].contains { $0.map { UnicodeScript(of: $0) == .latin || $0.isASCIIDigit } ?? false }
    }

    private static func hasLatinLetter(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
    }
}
