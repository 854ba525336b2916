/// What the Russian original says about an English "X and X": machine translation collapses
/// two near-synonyms joined by и/или/a comma into one English word ("взвешенный и
/// сбалансированный" -> "balanced and balanced"), while a repetition already in the
/// Russian ("старших преподавателей и преподавателей", "Батруха да Батруха") is faithful.
enum SourceCoordination: Equatable {
    /// The Russian line repeats a word across a matching coordination: the English is faithful.
    case faithful
    /// The Russian line joins two different words, and repeats none.
    case differentWords
    /// No aligned Russian line, or no coordination in it.
    case unknown

    /// How two conjuncts are joined, in either language.
    enum Joiner: Equatable {
        case and, or, punctuation

        /// The Russian joiners an English one may translate: a list's commas become "and".
        func matches(russian: Joiner) -> Bool {
            self == russian || russian == .punctuation || (self == .punctuation && russian == .and)
        }
    }

    static let russianJoiners: [String: Joiner] = ["и": .and, "да": .and, "а": .and, "или": .or, "либо": .or]

    /// The verdict for English line `line` (0-based) whose repeat is joined by `joiner`. Lines
    /// are aligned only when both texts have the same number of lines, as in segment-per-line
    /// corpora.
    static func verdict(line: Int, joiner: Joiner, document: Document, source: Document?) -> SourceCoordination {
        guard let source, abs(source.lines.count - document.lines.count) <= 1, line < source.lines.count else {
            return .unknown
        }
        let (keys, gaps) = tokens(ofLine: line, in: source)
        var sawDifferent = false
        for index in keys.indices.dropFirst() {
            // A joining word at `index`, or joining punctuation before `index`.
            let russian: Joiner
            let right: Int
            if let word = russianJoiners[keys[index]] {
                (russian, right) = (word, index + 1)
            } else if isJoiningPunctuation(gaps[index]) {
                (russian, right) = (.punctuation, index)
            } else {
                continue
            }
            guard right < keys.count, joiner.matches(russian: russian) else { continue }
            // The repeated word may have its subject or object after it: "брали ОМОНовцы и брали".
            let left = keys[max(0, index - 3)..<index].filter { russianJoiners[$0] == nil && !stopWords.contains($0) }
            if left.contains(where: { sameStem($0, keys[right]) }) && !stopWords.contains(keys[right]) { return .faithful }
            if let last = left.last, !sameStem(last, keys[right]) { sawDifferent = true }
        }
        return sawDifferent ? .differentWords : .unknown
    }

    /// Russian function words, which repeat in parallel structure without doubling anything
    /// ("только сюда и только здесь").
    static let stopWords: Set<String> = [
        "только", "также", "тоже", "так", "как", "что", "это", "этот", "эта", "эти", "его", "ее",
        "их", "они", "она", "оно", "для", "при", "над", "под", "без", "про", "все", "весь", "вся",
        "уже", "еще", "где", "когда", "чем", "тем", "был", "была", "были", "было", "быть", "есть",
        "более", "менее", "очень", "самый", "самая", "самое", "свой", "своей", "своих", "который",
        "которая", "которые", "которых", "этого", "этой", "этих", "тот", "той", "тех", "том",
    ]

    /// The case-folded words of a source line, a hyphenated compound ("Гвинее-Бисау") as one
    /// word, and the text before each.
    static func tokens(ofLine line: Int, in source: Document) -> (keys: [String], gaps: [Slice<TextBytes>]) {
        var keys: [String] = []
        var gaps: [Slice<TextBytes>] = []
        var previousEnd = source.lines.range(ofLine: line).lowerBound
        for word in source.words(in: source.lines.range(ofLine: line)) {
            let gap = source.utf8[previousEnd..<word.start]
            let key = String(WordTokens.key(source.string(word.range)).map { $0 == "ё" ? "е" : $0 })
            if !keys.isEmpty && gap.elementsEqual([0x2D]) {
                keys[keys.count - 1] += "-" + key
            } else {
                keys.append(key)
                gaps.append(gap)
            }
            previousEnd = word.end
        }
        return (keys, gaps)
    }

    /// A comma, colon, bracket or dash between words; not a hyphen inside a compound ("женщину-мечту").
    static func isJoiningPunctuation(_ gap: Slice<TextBytes>) -> Bool {
        let text = String(decoding: gap, as: UTF8.self)
        return text.contains { ",:(—–".contains($0) } || text.contains(" -") || text.contains("- ")
    }

    /// Whether two Russian word forms are probably the same word: a shared stem with at most
    /// an inflection's difference, or a typo ("клиента" / "клиет").
    static func sameStem(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        // A compound ("Гвинее-Бисау") is another word than its first part, but "такой-то" and
        // "такого-то" are one word.
        guard x.count >= 3, y.count >= 3, x.contains("-") == y.contains("-"),
              x.allSatisfy({ $0.isLetter || $0 == "-" }), y.allSatisfy({ $0.isLetter || $0 == "-" }) else { return false }
        if x == y { return true }
        let shorter = min(x.count, y.count)
        let prefix = zip(x, y).prefix { $0 == $1 }.count
        if prefix >= 4 && prefix >= shorter - 3 { return true }
        return shorter >= 5 && prefix >= 3 && editDistance(x, y) <= 2
    }

    private static func editDistance(_ x: [Character], _ y: [Character]) -> Int {
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count]
    }
}
