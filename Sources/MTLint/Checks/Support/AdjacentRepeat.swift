/// A word sequence repeated back to back: "the head of the head of", "elastic and
/// elastic", "Ivan Shely, Ivan Shely, …". Occurrences may be separated by punctuation that does
/// not end a sentence, and the first two also by "and", "or" or "nor".
struct AdjacentRepeat: Equatable {
    /// Word indices where each occurrence starts (two or more).
    let occurrences: [Int]
    /// Words in one occurrence.
    let length: Int
    /// The coordinating word between the first two occurrences, if any.
    let conjunction: String?
    /// Whether a comma or semicolon stands between the first two occurrences.
    let comma: Bool

    static let coordinators: Set<String> = ["and", "or", "nor"]

    var start: Int { occurrences[0] }
    /// One past the last word of the last occurrence.
    var end: Int { occurrences[occurrences.count - 1] + length }
    /// One past the last word of the second occurrence.
    var secondEnd: Int { occurrences[1] + length }

    /// The shortest repeat whose first occurrence starts at `start`, if any. A single word
    /// repeated with only whitespace between is left to the repeated-word check.
    static func find(in tokens: WordTokens, at start: Int, maximumLength: Int) -> AdjacentRepeat? {
        let ids = tokens.keys.ids
        let count = ids.count
        let first = ids[start]
        // An occurrence may not cross a sentence end.
        let longest = min(maximumLength, tokens.sentenceBreak(after: start) - start)
        guard longest >= 1 else { return nil }
        for length in 1...longest where start + length < count {
            // The second occurrence starts right after the first, or after a conjunction.
            let position = start + length
            guard ids[position] == first || (position + 1 < count && ids[position + 1] == first) else { continue }
            guard let second = next(in: tokens, unit: start, length: length, after: position) else { continue }
            var occurrences = [start, second.index]
            while let more = next(in: tokens, unit: start, length: length, after: occurrences[occurrences.count - 1] + length) {
                occurrences.append(more.index)
            }
            return AdjacentRepeat(occurrences: occurrences, length: length, conjunction: second.conjunction, comma: second.comma)
        }
        return nil
    }

    private static func next(in tokens: WordTokens, unit: Int, length: Int, after position: Int) -> (index: Int, conjunction: String?, comma: Bool)? {
        guard position < tokens.count else { return nil }
        let first = tokens.keys.ids[unit]
        guard tokens.keys.ids[position] == first || (position + 1 < tokens.count && tokens.keys.ids[position + 1] == first) else {
            return nil
        }
        let separator = tokens.gaps[position]
        if case .punctuation(_, let joining, _) = separator, joining { return nil }
        let comma: Bool
        if case .punctuation(_, _, let hasComma) = separator { comma = hasComma } else { comma = false }
        var candidates: [(Int, String?)] = [(position, nil)]
        if coordinators.contains(tokens.keys[position]), position + 1 < tokens.count,
           tokens.gaps[position + 1] == .space || tokens.gaps[position + 1] == .lineBreak {
            candidates.append((position + 1, tokens.keys[position]))
        }
        for (index, conjunction) in candidates where index + length <= tokens.count {
            guard tokens.keys.ids[index] == tokens.keys.ids[unit], tokens.isContinuous((position - 1)..<(index + length)),
                  (0..<length).allSatisfy({ tokens.sameWord(index + $0, unit + $0) }) else { continue }
            let whitespaceOnly = separator == .space || separator == .lineBreak
            if length == 1 && conjunction == nil && whitespaceOnly { continue }
            return (index, conjunction, comma)
        }
        return nil
    }
}
