/// Words that mix scripts: Latin words with Cyrillic or Greek look-alike letters inside.
public struct MixedScriptCheck: Check {
    public static let description = CheckDescription(
        id: "mixed-script",
        family: .script,
        summary: "A word mixing Latin with Cyrillic or Greek look-alike letters (\"Mоscow\", \"WНO\", \"105х195\", \"50°С\").",
        defaultSeverity: .error,
        passing: [
            "Moscow, Athens and Paris.",
            "Japanese product names mix scripts legitimately: iPhoneケース and Tシャツ.",
            "Łukasz, Jürgen and São Paulo; naïve café, decomposed: Sa\u{0303}o.",
            "α-alumina and β-carotene are compounds; the angle θ is small.",
            "Emoji are fine 👍🏽 and so is 🇷🇺.",
            "Москва is a leftover, not a mixed word.",
        ],
        failing: [
            "The capital is ⟦Mоscow⟧.",
            "⟦Рutin⟧ and ⟦Pаris⟧ met in ⟦Αthens⟧.",
            "According to ⟦WНO⟧ data.",
            "Mattress Prestige ⟦105х195⟧.",
            "From -50 to 50°⟦С⟧.",
            "Temperatures 11-16 ⟦С⟧°.",
            "TECHNICAL ⟦РIGURES⟧ OF THE CHAMPIONSHIP.",
            "The film ⟦Oвсянки⟧ was removed.",
            "An Armenian look-alike: ⟦Օttawa⟧.",
            "Visit ⟦www.exаmple.com⟧ today.",
        ]
    )

    public init(options: CheckOptions) throws {
        try options.validate(known: [], check: Self.description.id)
    }

    public func check(_ document: Document, context: CheckContext) -> [Hit] {
        let lookalikes = Lookalikes(services: context.unicode)
        let bytes = document.utf8
        var hits: [Hit] = []
        for word in document.words where Self.hasNonASCIILetter(bytes, word.range) {
            let text = document.string(word.range)
            let scalars = Array(text.unicodeScalars)
            let latin = scalars.filter { $0.isLetter && UnicodeScript(of: $0) == .latin }
            let foreign = scalars.filter { $0.isLetter && [.cyrillic, .greek, .other].contains(UnicodeScript(of: $0)) }
            guard !foreign.isEmpty else { continue }
            let lookalikeScripts = foreign.allSatisfy { [.cyrillic, .greek].contains(UnicodeScript(of: $0)) }
            let hasDigits = scalars.contains { $0.properties.numericType != nil }
            let cyrillic = foreign.filter { UnicodeScript(of: $0) == .cyrillic }
            let allLookalike = foreign.allSatisfy { lookalikes.latinLookalike(of: $0) != nil }
            let flagged: Bool
            if !latin.isEmpty {
                // Latin with Cyrillic or Greek is always suspect; with other scripts (Latin with
                // Han or Kana is normal in Japanese) only when ICU's restriction level rejects it.
                flagged = lookalikeScripts || context.unicode.spoofChecker.isSuspicious(text)
            } else if !lookalikeScripts {
                flagged = false
            } else if hasDigits {
                // "105х195": digits have no script, so a word-level detector sees one script.
                flagged = !cyrillic.isEmpty && allLookalike
            } else {
                flagged = cyrillic.count == 1 && foreign.count == 1 && allLookalike
                    && LatinContext.surroundsLoneLetter(word.range, in: document)
            }
            guard flagged else { continue }
            // Name the letters of the minority script: Cyrillic in a Latin word, or the reverse.
            let named = latin.count >= foreign.count || latin.isEmpty ? foreign : latin
            let letters = named.map { "\($0.codePointLabel) \($0.icuName) (“\(Character($0))”)" }.joined(separator: ", ")
            let spelling = lookalikes.latinSpelling(of: text)
            let inAddress = AddressSpans.isAddress(bytes, around: word.start)
            hits.append(Hit(
                range: word.range,
                message: "“\(text)” mixes scripts: \(letters)" + (inAddress ? " (inside a web or e-mail address)" : ""),
                suggestion: spelling == text ? nil : spelling,
                severity: inAddress ? .info : nil
            ))
        }
        return hits
    }

    /// Whether a word holds a letter outside ASCII. Without one (ASCII letters are Latin, and
    /// "’" in "Russia’s" is no letter) it has no foreign letters and cannot be flagged: this
    /// spares most words with typographic apostrophes the String work above.
    private static func hasNonASCIILetter(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var offset = range.lowerBound
        while offset < range.upperBound {
            if bytes[offset] < 0x80 {
                offset += 1
                continue
            }
            let (scalar, length) = ScalarScanner.scalar(in: bytes, at: offset)
            if scalar.isLetter { return true }
            offset += length
        }
        return false
    }
}
