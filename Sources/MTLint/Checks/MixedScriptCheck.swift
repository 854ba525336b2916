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

    /// What a spelling's letters alone say; the same spelling is judged once per document.
    private enum Verdict {
        case clean, flagged
        /// A lone look-alike letter: flagged when Latin words surround it.
        case loneLetter
    }

    public func check(_ document: Document, context: CheckContext) -> [Hit] {
        let lookalikes = Lookalikes(services: context.unicode)
        let bytes = document.utf8
        let words = document.words
        let index = document.wordIndex
        var verdicts = [Verdict?](repeating: nil, count: index.forms.count)
        var hits: [Hit] = []
        // Words without a letter outside ASCII (Latin letters, digits, and "’" in "Russia’s"
        // is no letter) have no foreign letters and cannot be flagged.
        let candidates = document.utf8.withUnsafeBufferPointer { bytes in
            document.wordsWithNonASCII.filter { Self.hasNonASCIILetter(bytes, words[$0].range) }
        }
        for position in candidates {
            let word = words[position]
            let form = index.form(ofWord: position)
            let verdict = verdicts[form] ?? Self.verdict(document.string(word.range), lookalikes: lookalikes, context: context)
            verdicts[form] = verdict
            switch verdict {
            case .clean: continue
            case .loneLetter: guard LatinContext.surroundsLoneLetter(word.range, in: document) else { continue }
            case .flagged: break
            }
            let text = document.string(word.range)
            let (latin, foreign) = Self.letters(of: Array(text.unicodeScalars))
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

    /// A word's Latin letters and its Cyrillic, Greek or other-script letters.
    private static func letters(of scalars: [Unicode.Scalar]) -> (latin: [Unicode.Scalar], foreign: [Unicode.Scalar]) {
        let latin = scalars.filter { $0.isLetter && UnicodeScript(of: $0) == .latin }
        let foreign = scalars.filter { $0.isLetter && [.cyrillic, .greek, .other].contains(UnicodeScript(of: $0)) }
        return (latin, foreign)
    }

    private static func verdict(_ text: String, lookalikes: Lookalikes, context: CheckContext) -> Verdict {
        let scalars = Array(text.unicodeScalars)
        let (latin, foreign) = letters(of: scalars)
        guard !foreign.isEmpty else { return .clean }
        let lookalikeScripts = foreign.allSatisfy { [.cyrillic, .greek].contains(UnicodeScript(of: $0)) }
        if !latin.isEmpty {
            // Latin with Cyrillic or Greek is always suspect; with other scripts (Latin with
            // Han or Kana is normal in Japanese) only when ICU's restriction level rejects it.
            return lookalikeScripts || context.unicode.spoofChecker.isSuspicious(text) ? .flagged : .clean
        }
        guard lookalikeScripts else { return .clean }
        let cyrillic = foreign.count { UnicodeScript(of: $0) == .cyrillic }
        // Asked last: each letter's look-alike is a UTS #39 skeleton from ICU (some 4,000
        // instructions), and the words of a Russian caption need none.
        let allLookalike = { foreign.allSatisfy { lookalikes.latinLookalike(of: $0) != nil } }
        if scalars.contains(where: { $0.properties.numericType != nil }) {
            // "105х195": digits have no script, so a word-level detector sees one script.
            return cyrillic > 0 && allLookalike() ? .flagged : .clean
        }
        return cyrillic == 1 && foreign.count == 1 && allLookalike() ? .loneLetter : .clean
    }

    private static func hasNonASCIILetter(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var offset = range.lowerBound
        while offset < range.upperBound {
            let lead = bytes[offset]
            if lead < 0x80 {
                offset += 1
                continue
            }
            // The document is well-formed UTF-8 (decoding repaired it): decode the scalar here.
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            guard length > 1, offset + length <= range.upperBound else {
                offset += 1
                continue
            }
            var value = UInt32(lead) & (0xFF >> (length + 1))
            for next in 1..<length { value = value << 6 | (UInt32(bytes[offset + next]) & 0x3F) }
            if let scalar = Unicode.Scalar(value), scalar.isLetter { return true }
            offset += length
        }
        return false
    }
}
