/// Finds ``AdjacentRepeat``s in one document's words. It is asked at every word, so it is set
/// up once per document and then compares interned key ids only: no word becomes a `String`
/// and nothing is allocated unless a repeat is found.
struct AdjacentRepeatFinder {
    private let tokens: WordTokens
    private let ids: [Int32]
    private let maximumLength: Int
    /// `recurrence[i]`: the next word after `i` with the same key (or the word count). A
    /// second occurrence starts at a recurrence of the first word, or one word before it
    /// (after a conjunction), so most words, which do not recur within a phrase's reach, are
    /// passed over in one comparison.
    private let recurrence: [Int32]
    /// The key ids of the coordinating words the document has, with their text.
    private let coordinators: [(id: Int32, text: String)]

    init(tokens: WordTokens, maximumLength: Int) {
        self.tokens = tokens
        ids = tokens.keys.ids
        self.maximumLength = maximumLength
        coordinators = AdjacentRepeat.coordinators.sorted().compactMap { text in tokens.keys.id(of: text).map { ($0, text) } }
        let count = ids.count
        var recurrence = [Int32](repeating: Int32(count), count: count)
        var following = [Int32](repeating: Int32(count), count: tokens.keys.vocabulary.count)
        for position in stride(from: count - 1, through: 0, by: -1) {
            let id = Int(ids[position])
            recurrence[position] = following[id]
            following[id] = Int32(position)
        }
        self.recurrence = recurrence
    }

    /// The shortest repeat whose first occurrence starts at `start`, if any. A single word
    /// repeated with only whitespace between is left to the repeated-word check.
    func find(at start: Int) -> AdjacentRepeat? {
        let count = ids.count
        var again = Int(recurrence[start])
        guard again - 1 - start <= maximumLength else { return nil }
        // An occurrence may not cross a sentence end.
        let longest = min(maximumLength, tokens.sentenceBreak(after: start) - start)
        // Lengths in increasing order: for each recurrence, the one that puts a conjunction
        // before it and the one that does not; `untried` skips a length met twice.
        var untried = 1
        while again < count {
            let upper = min(again - start, longest)
            var length = max(untried, again - 1 - start)
            guard length <= upper else { break }
            while length <= upper {
                if let second = next(unit: start, length: length, after: start + length) {
                    var occurrences = [start, second.index]
                    while let more = next(unit: start, length: length, after: occurrences[occurrences.count - 1] + length) {
                        occurrences.append(more.index)
                    }
                    return AdjacentRepeat(occurrences: occurrences, length: length, conjunction: second.conjunction, comma: second.comma)
                }
                length += 1
            }
            untried = upper + 1
            again = Int(recurrence[again])
        }
        return nil
    }

    /// Another occurrence of the `length` words at `unit`, starting at `position` or after a
    /// conjunction there.
    private func next(unit: Int, length: Int, after position: Int) -> (index: Int, conjunction: String?, comma: Bool)? {
        let count = ids.count
        guard position < count else { return nil }
        let first = ids[unit]
        guard ids[position] == first || (position + 1 < count && ids[position + 1] == first) else { return nil }
        let separator = tokens.gaps[position]
        var comma = false
        if case .punctuation(_, let joining, let hasComma) = separator {
            if joining { return nil }
            comma = hasComma
        }
        let whitespaceOnly = separator == .space || separator == .lineBreak
        if !(length == 1 && whitespaceOnly), repeats(unit, length: length, at: position, after: position) {
            return (position, nil, comma)
        }
        if position + 1 < count, let conjunction = coordinator(ids[position]),
           tokens.gaps[position + 1] == .space || tokens.gaps[position + 1] == .lineBreak,
           repeats(unit, length: length, at: position + 1, after: position) {
            return (position + 1, conjunction, comma)
        }
        return nil
    }

    /// Whether the `length` words at `index` are those at `unit`, running on from the word
    /// before `position` without a sentence end.
    private func repeats(_ unit: Int, length: Int, at index: Int, after position: Int) -> Bool {
        guard index + length <= ids.count, ids[index] == ids[unit],
              tokens.isContinuous((position - 1)..<(index + length)) else { return false }
        for offset in 0..<length where !tokens.sameWord(index + offset, unit + offset) { return false }
        return true
    }

    private func coordinator(_ id: Int32) -> String? {
        for coordinator in coordinators where coordinator.id == id { return coordinator.text }
        return nil
    }
}
