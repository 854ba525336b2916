/// The same word twice in a row ("the the"), case-insensitively and across line wraps.
public struct RepeatedWordCheck: Check {
    /// Legitimate English doubles, reduplicated names and interjections. Each entry is matched
    /// word by word around the pair ("it is is" allows "what it is is", not "the car is is").
    public static let defaultExceptions = [
        "had had", "that that", "it is is", "this is is", "that is is", "what is is",
        "do do", "does does",
        "Walla Walla", "Bora Bora", "Baden Baden", "Sirhan Sirhan", "Cao Cao", "Pago Pago",
        "Wagga Wagga", "Sing Sing", "Mahi Mahi", "Humbert Humbert", "Duran Duran", "Talk Talk",
        "Tora Tora",
        "ha ha", "he he", "hee hee", "ho ho", "bye bye", "blah blah", "bla bla", "yada yada",
        "tut tut", "tsk tsk", "chop chop", "knock knock", "night night", "there there",
        "choo choo", "aye aye", "boo boo", "pom pom", "tom tom", "yo yo", "dum dum", "beep beep",
        "wow wow", "la la", "na na", "oh oh", "uh uh", "mm mm", "hmm hmm", "no no", "now now",
    ]

    public static let description = CheckDescription(
        id: "repeated-word",
        family: .repetition,
        summary: "The same word twice in a row (\"the the\"), also across a line wrap; legitimate doubles (\"had had\", \"Bora Bora\", \"ha ha\") are exceptions users can extend.",
        defaultSeverity: .error,
        passing: [
            "He had had enough. She said that that was fine.",
            "What it is is a question of money.",
            "They flew from Walla Walla to Bora Bora, then on to Baden-Baden.",
            "Sirhan Sirhan was convicted. Cao Cao ruled the north.",
            "Ha ha, very funny. Bye bye!",
            "There is no. No one came.",
            "Many, many people came.",
            "The Pirelli Scorpion Winter winter tires are quiet.",
            "The 2-room room is spacious.",
            "Vaccine\nVaccine \"Sputnik V\" is popular.", // a capitalized line starts a new segment
            "He said the\n\nthe end was near.",
            "step by step, day after day, side by side",
            CheckExample("The fox fox ran.", options: ["exceptions": .strings(["fox fox"])]),
        ],
        failing: [
            "The ⟦the⟧ cat sat on the mat.",
            "Those who arrive shall pass at ⟦at⟧ least one test.",
            "That on earth does not ⟦not⟧ notice the mountains.",
            "We will definitely come again ⟦again⟧.",
            "the report was published by the\n⟦the⟧ Academy of Sciences.",
            "I ordered a car through the organization ⟦organization⟧.",
            "The Dearbo Eye Patch ⟦Patch⟧ patch is made of hydrogel.",
            "In 2022 ⟦2022⟧ passenger turnover fell.",
            "The car is ⟦is⟧ red.",
            "It was durable ⟦durable⟧ ⟦durable⟧ fabric.",
            "The fox ⟦fox⟧ ran.",
        ]
    )

    private let exceptions: PhraseList

    public init(options: CheckOptions) throws {
        let id = Self.description.id
        try options.validate(known: ["exceptions"], check: id)
        exceptions = PhraseList(Self.defaultExceptions + (try options.strings("exceptions", default: [], check: id)))
    }

    public func check(_ document: Document, context: CheckContext) -> [Hit] {
        let tokens = WordTokens.of(document)
        var hits: [Hit] = []
        for index in Self.positionsRepeatingThePrevious(tokens.keys.ids) {
            // Punctuation ("no. No", "many, many") or a blank line breaks the pair; a wrap does not.
            guard tokens.gaps[index] == .space || tokens.gaps[index] == .lineBreak else { continue }
            guard !exceptions.covers((index - 1)..<(index + 1), in: tokens) else { continue }
            // "a 2-room room": the first is the tail of a compound, not a doubling.
            if case .punctuation(_, true, _) = tokens.gaps[index - 1] { continue }
            // "Scorpion Winter winter tires": a name followed by the common noun it contains.
            if tokens.isCapitalized(index - 1) && !tokens.startsSentence(index - 1) && tokens.isLowercase(index) { continue }
            let word = document.string(tokens.words[index].range)
            hits.append(Hit(range: tokens.words[index].range,
                            message: "“\(word)” repeats the word before it; delete one",
                            suggestion: ""))
        }
        return hits
    }

    /// The positions whose key id is the previous one's, in order. Few words are doubled:
    /// sixteen neighbours are compared in four vector compares and tested once (a compare
    /// and a branch a word cost 6.5 M instructions on the 5 MB head; eight at a time, 2.6 M).
    static func positionsRepeatingThePrevious(_ ids: [Int32]) -> [Int] {
        ids.withUnsafeBufferPointer { ids in
            var positions: [Int] = []
            var index = 1
            if let base = ids.baseAddress.map(UnsafeRawPointer.init) {
                @inline(__always) func words(_ offset: Int) -> SIMD4<Int32> {
                    base.loadUnaligned(fromByteOffset: 4 * offset, as: SIMD4<Int32>.self)
                }
                while index + 16 <= ids.count {
                    let same = (words(index) .== words(index - 1)) .| (words(index + 4) .== words(index + 3))
                        .| (words(index + 8) .== words(index + 7)) .| (words(index + 12) .== words(index + 11))
                    if same.hasSetLane {
                        for position in index..<(index + 16) where ids[position] == ids[position - 1] { positions.append(position) }
                    }
                    index += 16
                }
            }
            while index < ids.count {
                if ids[index] == ids[index - 1] { positions.append(index) }
                index += 1
            }
            return positions
        }
    }
}
