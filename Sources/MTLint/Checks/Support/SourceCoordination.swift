/// What the Russian original says about an English "X and X": machine translation collapses
/// two near-synonyms joined by и/или/да/a comma into one English word ("взвешенный и
/// сбалансированный" -> "balanced and balanced"), while a repetition already in the
/// Russian ("старших преподавателей и преподавателей") is faithful.
enum SourceCoordination: Equatable {
    /// The Russian line repeats a word across a coordination: the English repetition is faithful.
    case faithful
    /// The Russian line joins two different words, and repeats none.
    case differentWords
    /// No aligned Russian line, or no coordination in it.
    case unknown

    static let conjunctions: Set<String> = ["и", "или", "да", "либо"]

    /// The verdict for English line `line` (0-based). Lines are aligned only when both texts
    /// have the same number of lines, as in segment-per-line corpora.
    static func verdict(line: Int, document: Document, source: Document?) -> SourceCoordination {
        guard let source, abs(source.lines.count - document.lines.count) <= 1, line < source.lines.count else {
            return .unknown
        }
        let words = Array(source.words(in: source.lines.range(ofLine: line)))
        let keys = words.map { String(WordTokens.key(source.string($0.range)).map { $0 == "ё" ? "е" : $0 }) }
        var sawDifferent = false
        for index in keys.indices {
            // A coordinating word at `index`, or a comma between `index - 1` and `index`.
            let isWord = conjunctions.contains(keys[index])
            let isComma = index > 0 && source.utf8[words[index - 1].end..<words[index].start].contains(0x2C)
            guard isWord || isComma else { continue }
            let leftEnd = index
            let rightStart = isWord ? index + 1 : index
            guard leftEnd > 0, rightStart < keys.count else { continue }
            let left = keys[max(0, leftEnd - 3)..<leftEnd].filter { !conjunctions.contains($0) }
            let right = keys[rightStart..<min(keys.count, rightStart + 2)].filter { !conjunctions.contains($0) }
            if left.contains(where: { l in right.contains { r in sameStem(l, r) } }) { return .faithful }
            if let l = left.last, let r = right.first, !sameStem(l, r) { sawDifferent = true }
        }
        return sawDifferent ? .differentWords : .unknown
    }

    /// Whether two Russian word forms are probably the same word: a shared stem with at most
    /// an inflection's difference, a prefixed form ("предкарнавальных" / "карнавальных"), or a
    /// typo ("клиента" / "клиет").
    static func sameStem(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard x.count >= 3, y.count >= 3, x.allSatisfy(\.isLetter), y.allSatisfy(\.isLetter) else { return false }
        if x == y { return true }
        let shorter = min(x.count, y.count)
        let prefix = zip(x, y).prefix { $0 == $1 }.count
        if prefix >= 4 && prefix >= shorter - 3 { return true }
        if shorter >= 5 && (a.hasSuffix(b) || b.hasSuffix(a)) { return true }
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
