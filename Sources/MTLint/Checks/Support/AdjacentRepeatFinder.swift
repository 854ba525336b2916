/// Finds ``AdjacentRepeat``s in one document's words. It is asked at every word, so it
/// compares interned key ids only: no word becomes a `String` and nothing is allocated unless
/// a repeat is found.
struct AdjacentRepeatFinder {
    private let tokens: WordTokens
    private let ids: [Int32]
    private let maximumLength: Int
    /// The key ids of the coordinating words the document has, with their text.
    private let coordinators: [(id: Int32, text: String)]

    init(tokens: WordTokens, maximumLength: Int) {
        self.tokens = tokens
        ids = tokens.keys.ids
        self.maximumLength = maximumLength
        coordinators = AdjacentRepeat.coordinators.sorted().compactMap { text in tokens.keys.id(of: text).map { ($0, text) } }
    }

    /// The shortest repeat whose first occurrence starts at `start`, if any. A single word
    /// repeated with only whitespace between is left to the repeated-word check.
    @inline(__always)
    func find(at start: Int) -> AdjacentRepeat? {
        recursSoon(start) ? search(from: start) : nil
    }

    private func search(from start: Int) -> AdjacentRepeat? {
        let count = ids.count
        let first = ids[start]
        // An occurrence may not cross a sentence end.
        let longest = tokens.runLength(from: start, limit: maximumLength)
        for length in 1...longest where start + length < count {
            // The second occurrence starts right after the first, or after a conjunction.
            let position = start + length
            guard ids[position] == first || (position + 1 < count && ids[position + 1] == first) else { continue }
            guard let second = next(unit: start, length: length, after: position) else { continue }
            var occurrences = [start, second.index]
            while let more = next(unit: start, length: length, after: occurrences[occurrences.count - 1] + length) {
                occurrences.append(more.index)
            }
            return AdjacentRepeat(occurrences: occurrences, length: length, conjunction: second.conjunction, comma: second.comma)
        }
        return nil
    }

    /// Whether the word at `start` comes again among the next `maximumLength + 1` words, where
    /// a second occurrence would begin (after a conjunction at the latest). Most words do not,
    /// so twelve words are compared at once when the window fits.
    @inline(__always)
    private func recursSoon(_ start: Int) -> Bool {
        let first = ids[start]
        let reach = maximumLength + 1
        if reach <= 12 && start + 13 <= ids.count {
            return ids.withUnsafeBufferPointer { ids in
                let window = UnsafeRawPointer(ids.baseAddress! + start + 1)
                let word = SIMD4<Int32>(repeating: first)
                let matches = (window.loadUnaligned(as: SIMD4<Int32>.self) .== word)
                    .| (window.loadUnaligned(fromByteOffset: 16, as: SIMD4<Int32>.self) .== word)
                    .| (window.loadUnaligned(fromByteOffset: 32, as: SIMD4<Int32>.self) .== word)
                // A match past `reach` only costs a search that finds nothing.
                return any(matches)
            }
        }
        for position in (start + 1)..<min(ids.count, start + reach + 1) where ids[position] == first { return true }
        return false
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
