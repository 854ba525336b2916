/// A word coordinated with itself ("balanced and balanced", "sequins, sequins") and phrases
/// repeated back to back ("the head of the head of", "Ivan Shely, Ivan Shely, …").
public struct RepeatedPhraseCheck: Check {
    /// Fixed English idioms and emphatic doubles that coordinate a word with itself.
    public static let defaultExceptions = [
        "more and more", "less and less", "fewer and fewer", "again and again", "over and over",
        "on and on", "through and through", "round and round", "around and around", "by and by",
        "out and out", "up and up", "so and so", "such and such", "step by step", "day after day",
        "side by side", "bit by bit", "little by little", "one by one", "time after time",
        "year after year", "closer and closer", "nearer and nearer", "further and further",
        "farther and farther", "better and better", "worse and worse", "bigger and bigger",
        "larger and larger", "smaller and smaller", "higher and higher", "lower and lower",
        "faster and faster", "slower and slower", "louder and louder", "stronger and stronger",
        "weaker and weaker", "deeper and deeper", "longer and longer", "harder and harder",
        "easier and easier", "darker and darker", "brighter and brighter", "wider and wider",
        "colder and colder", "warmer and warmer", "hotter and hotter", "richer and richer",
        "poorer and poorer", "greater and greater", "heavier and heavier", "thinner and thinner",
        "tighter and tighter", "busier and busier", "louder and louder", "worse or worse",
        "years and years", "days and days", "hours and hours", "weeks and weeks",
        "months and months", "ages and ages", "decades and decades", "miles and miles",
        "lots and lots", "tons and tons", "piles and piles", "rows and rows", "heaps and heaps",
        "slowly, slowly", "come, come", "go, go", "wait, wait", "stop, stop", "help, help",
        "bravo, bravo", "hurry, hurry", "quick, quick", "sorry, sorry", "thanks, thanks",
        "okay, okay", "ok, ok", "right, right", "sure, sure", "hello, hello", "New York, New York",
        "for ever and ever", "one and one", "two and two", "and so on and so on",
        "and so forth and so forth", "over and over again", "again and again",
    ]

    public static let description = CheckDescription(
        id: "repeated-phrase",
        family: .repetition,
        summary: "A word coordinated with itself (\"balanced and balanced\", \"sequins, sequins\") or a phrase repeated back to back (\"the head of the head of\", loops); idioms such as \"more and more\" are exceptions users can extend.",
        defaultSeverity: .error,
        passing: [
            "More and more Chinese go to the slopes; they ski again and again, over and over.",
            "Step by step, day after day, side by side, through and through, on and on.",
            "It is getting closer and closer; years and years ago there were lots and lots of shops.",
            "Very, very few. Many, many people. No, no, no.",
            "It was popular for pre-carnival and carnival parties.",
            "If he had two shots, or was ill and vaccinated, or vaccinated and ill, he is immune.",
            "She listens to the wishes of the client, and the client is always satisfied.",
            "In the morning and in the evening; the more you read, the more you know.",
            "They flew to Baden-Baden and Walla Walla.",
            CheckExample("Women are most numerous among senior teachers and teachers.",
                         source: "Больше всего женщин среди старших преподавателей и преподавателей."),
            "For pike, pike perch or ruff; before defusing the bomb, the bomb squad built a wall.",
            "But they are alive — alive and determined; the warranty is 4 years (4 years for the body).",
            "It's ridiculous — ridiculous dialogue and empty films.",
            "They sailed to Guinea, Guinea-Bissau and Angola. The 1, 2, 1, 2 rhythm.",
            "Registration for the TO was confusing: when coming to the TO the rules were explained.",
            "She ran the 60m and 60m hurdles.",
            CheckExample("He was busy pestering the Hare — Batrukha and Batrukha.",
                         source: "Только и знал, что Зайца донимать - Батруха да Батруха."),
            CheckExample("At Pushkinskaya, the riot police took and took hard.",
                         source: "На Пушкинской брали ОМОНовцы и брали жестко."),
            CheckExample("If you want to watch - watch.", source: "Хотите смотреть - смотрите."),
            CheckExample("Salt and salt again.", options: ["exceptions": .strings(["salt and salt"])]),
        ],
        failing: [
            "We need a ⟦balanced and balanced⟧ approach.",
            "Artificial latex is ⟦elastic and elastic⟧, but rigid.",
            "Set: canvas, floss, ⟦sequins, sequins⟧, needle.",
            "⟦Novels, novels⟧, collections of stories can be nominated.",
            "syrup or nectar, ⟦processed or processed⟧, brown or white",
            "He met ⟦the head of the head of⟧ the region.",
            "Passenger turnover fell by 6.3%, ⟦and passenger transportation by 14.2%, and passenger transportation by 14.2⟧%.",
            "He works honestly ⟦and without complaints, and without complaints⟧: he does.",
            "Authors: Chris Wood, ⟦Ivan Shely, Ivan Shely, Ivan Shely⟧.",
            "(⟦Laughter) (Laughter) (Laughter⟧)",
            "The staff is nice ⟦and helpful, and helpful⟧.",
            "Thank you to the nurses ⟦and thieves, and thieves⟧.",
            "When you want something, ⟦here and here⟧.",
            "Breeding ⟦hives, hives⟧ and equipment.",
            "A metal ⟦base (base⟧) and a diffuser.",
            CheckExample("We see ⟦stable and stable⟧ cooperation.", source: "Мы видим стабильное и устойчивое сотрудничество."),
            CheckExample("⟦Novels, novels⟧, collections of ⟦stories or stories⟧.",
                         source: "Романы, повести, сборники повестей или рассказов."),
            CheckExample("It operates in Angola, ⟦Zimbabwe and Zimbabwe⟧.",
                         source: "Действует в Гвинее, Гвинее-Бисау, Зимбабве и Анголе."),
        ]
    )

    private let exceptions: PhraseList
    private let maximumPhraseWords: Int
    /// The longest phrase looked for unless configured.
    static let defaultMaximumPhraseWords = 10

    public init(options: CheckOptions) throws {
        let id = Self.description.id
        try options.validate(known: ["exceptions", "maximumPhraseWords"], check: id)
        exceptions = PhraseList(Self.defaultExceptions + (try options.strings("exceptions", default: [], check: id)))
        maximumPhraseWords = max(1, Int(try options.number("maximumPhraseWords", default: Double(Self.defaultMaximumPhraseWords), check: id)))
    }

    public func check(_ document: Document, context: CheckContext) -> [Hit] {
        let tokens = WordTokens.of(document)
        var hits: [Hit] = []
        let finder = AdjacentRepeatFinder(tokens: tokens, maximumLength: maximumPhraseWords)
        var index = finder.nextCandidate(from: 0)
        while index < tokens.count {
            guard let found = finder.find(at: index),
                  let hit = judge(found, tokens: tokens, context: context) else {
                index = finder.nextCandidate(from: index + 1)
                continue
            }
            hits.append(hit)
            index = finder.nextCandidate(from: found.end)
        }
        return hits
    }

    private func judge(_ found: AdjacentRepeat, tokens: WordTokens, context: CheckContext) -> Hit? {
        let document = tokens.document
        let unit = found.start..<(found.start + found.length)
        let between = tokens.words[unit.upperBound - 1].end..<tokens.words[found.occurrences[1]].start
        let separated = found.conjunction != nil || Self.holdsNonWhitespace(document.utf8[between])
        if isOrdinaryEnglish(found, tokens: tokens, between: between, separated: separated) { return nil }
        let range = tokens.span(found.start, found.end - 1)
        let first = tokens.span(found.start, found.start + found.length - 1)
        let phrase = document.string(first)
        var severity: Severity? = nil
        var message: String
        if found.occurrences.count > 2 {
            message = "“\(phrase)” is repeated \(found.occurrences.count) times in a row"
        } else if separated {
            message = "“\(document.string(range))” coordinates \(found.length == 1 ? "a word" : "a phrase") with itself"
            if found.length <= 2 {
                let line = document.lines.lineIndex(of: range.lowerBound)
                let joiner: SourceCoordination.Joiner = switch found.conjunction {
                case "and"?: .and
                case nil: .punctuation
                default: .or
                }
                switch SourceCoordination.verdict(line: line, joiner: joiner, document: document, source: context.source) {
                case .faithful: return nil
                case .differentWords: message += "; the Russian line joins two different words, so one translation is missing"
                // Without the source's word, "X and X" may be a scope construction ("senior teachers and teachers").
                case .unknown: severity = .warning
                }
            }
        } else {
            message = "“\(phrase)” is repeated"
        }
        return Hit(range: range, message: message, suggestion: phrase, severity: severity)
    }

    /// Whether `bytes` (UTF-8) hold a character that is not whitespace. ASCII, nearly every
    /// gap between two occurrences, is read byte by byte: a String made of each gap and its
    /// characters' properties cost some 500 instructions a candidate.
    static func holdsNonWhitespace(_ bytes: some Collection<UInt8>) -> Bool {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).contains { !$0.isWhitespace } }
        // The ASCII characters with Unicode's White_Space: tab, line feed, vertical tab, form
        // feed, carriage return, space.
        return bytes.contains { !(($0 >= 0x09 && $0 <= 0x0D) || $0 == 0x20) }
    }

    /// Whether a repeat is ordinary English: an idiom or listed exception, or a construction
    /// that legitimately says a word twice.
    private func isOrdinaryEnglish(_ found: AdjacentRepeat, tokens: WordTokens, between: Range<Int>, separated: Bool) -> Bool {
        let document = tokens.document
        let unit = found.start..<(found.start + found.length)
        if exceptions.covers(found.start..<(found.occurrences[1] + 1), in: tokens) { return true }
        // "X and X" in a note about doubling: single letters and bare conjunctions say nothing.
        // Each key made a String once, not once for each test.
        guard unit.contains(where: { let key = tokens.keys[$0]; return key.count >= 2 && !AdjacentRepeat.coordinators.contains(key) }) else { return true }
        // Tested in place: a list of the letter words cost an allocation a call (727 on the
        // peer subset), a lazy filter a copy of the tokens.
        let words = tokens.words
        let isLetters = { (position: Int) in words[position].kind == .letters }
        let hasLetters = unit.contains(where: isLetters)
        // "1, 2, 1, 2": a run of numbers that is itself a list is a sequence, not a doubling.
        if !hasLetters && unit.dropFirst().contains(where: { if case .punctuation(_, _, true) = tokens.gaps[$0] { true } else { false } }) {
            return true
        }
        // Set off by punctuation only ("many, many", "in the, in the"), a repeat needs a content
        // word; joined by "and" even function words are doubled ("here and here").
        if found.conjunction == nil && separated {
            guard unit.contains(where: { isLetters($0) && FunctionWords.isContent(tokens.keys[$0]) }) || (!hasLetters && found.length > 1) else { return true }
        }
        if found.occurrences.count == 2 && separated {
            // "pre-carnival and carnival": the first is the tail of a compound, or the second its head.
            if case .punctuation(_, true, _) = tokens.gaps[found.start] { return true }
            if found.end < tokens.count, case .punctuation(_, true, _) = tokens.gaps[found.end] { return true }
            if found.end < tokens.count && tokens.gaps[found.end] == .space {
                let dash = ["—", "–", "-"].contains(String(document.string(between).filter { !$0.isWhitespace }))
                let nextIsCoordinator = AdjacentRepeat.coordinators.contains(tokens.keys[found.end])
                // "the 60m and 60m hurdles": a measurement shared by two events, the first elliptical.
                if found.conjunction != nil && unit.contains(where: { document.utf8[tokens.words[$0].range].contains { $0 >= 0x30 && $0 <= 0x39 } }) {
                    return true
                }
                // "the client, and the client is …": ", and" starts a new clause that goes on.
                if found.conjunction != nil && found.comma { return true }
                // "pike, pike perch", "the bomb, the bomb squad": the second starts a longer phrase;
                // "alive — alive and determined": a dash resumes a word to elaborate on it.
                if found.conjunction == nil && (!nextIsCoordinator || dash) { return true }
            }
        }
        return false
    }
}
