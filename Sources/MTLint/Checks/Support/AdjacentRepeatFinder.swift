/// Finds ``AdjacentRepeat``s in one document's words. It is asked at every word, so it
/// compares interned key ids only: no word becomes a `String` and nothing is allocated unless
/// a repeat is found.
struct AdjacentRepeatFinder {
    private let tokens: WordTokens
    private let ids: [Int32]
    private let maximumLength: Int
    /// The key ids of the coordinating words (``AdjacentRepeat/coordinators``), where the
    /// document has them: three fields, where a list built from the set cost 3,000
    /// instructions a document.
    private let coordinatorIds: (and: Int32?, or: Int32?, nor: Int32?)

    init(tokens: WordTokens, maximumLength: Int) {
        self.tokens = tokens
        ids = tokens.keys.ids
        self.maximumLength = maximumLength
        coordinatorIds = (tokens.keys.id(of: "and"), tokens.keys.id(of: "or"), tokens.keys.id(of: "nor"))
    }

    /// The first position at or after `start` where a repeat may begin (``lengthsToTry(_:_:)``
    /// has a length for it, or near the end its word-by-word form), or `start` for phrases of
    /// twelve words or more. ``find(at:)`` finds nothing before it. Sixteen positions are
    /// tested at once on the words' fingerprints (the first word again one or two words on,
    /// or the first two words again together), and only the positions that pass (about one
    /// in 40 on the 5 MB head, a quarter of them by chance matches of fingerprints) are
    /// tested on the key ids. (Four positions at once on the key ids, only for the first
    /// word's recurrence, with the exact test at the one position in eight that passed it,
    /// cost 21.7 M instructions on the 5 MB head.) A word's fingerprint is the low byte of
    /// its key id, narrowed from the ids sixteen at a time as the window moves on: a table
    /// of them made in advance was a byte a word to allocate and fill (16 MB on a 100 MB
    /// text).
    func nextCandidate(from start: Int) -> Int {
        guard maximumLength < 12 else { return start }
        // The usual length as a constant, so that the window's loop over distances is
        // unrolled (11 instructions a distance as a loop, 6 unrolled: 2 M instructions on
        // the 5 MB head).
        let usual = RepeatedPhraseCheck.defaultMaximumPhraseWords
        return maximumLength == usual ? nextCandidate(from: start, window: usual) : nextCandidate(from: start, window: maximumLength)
    }

    /// ``nextCandidate(from:)`` for `maximumLength`, given as `window`.
    @inline(__always)
    private func nextCandidate(from start: Int, window maximumLength: Int) -> Int {
        ids.withUnsafeBufferPointer { ids in
            var position = start
            // Sixteen positions from `position` on, each with its window, while the fingerprints
            // of the 32 words from `position` on can be read.
            if position + 31 < ids.count {
                var fingerprints = (Self.fingerprints(ids, position), Self.fingerprints(ids, position + 16))
                while true {
                    var passing = withUnsafeBytes(of: &fingerprints) { Self.passingLanes($0, maximumLength: maximumLength) }
                    while passing != 0 {
                        let candidate = position + passing.trailingZeroBitCount
                        if lengthsToTry(ids, candidate) != 0 { return candidate }
                        passing &= passing - 1
                    }
                    position += 16
                    guard position + 31 < ids.count else { break }
                    fingerprints = (fingerprints.1, Self.fingerprints(ids, position + 16))
                }
            }
            while position + Self.window < ids.count {
                if lengthsToTry(ids, position) != 0 { return position }
                position += 1
            }
            // The last words, where the general search would be asked at each (200
            // instructions a word, 13 words a document).
            while position < ids.count && !mayRepeatNearTheEnd(ids, position) {
                position += 1
            }
            return position
        }
    }

    /// The shortest repeat whose first occurrence starts at `start`, if any. A single word
    /// repeated with only whitespace between is left to the repeated-word check.
    @inline(__always)
    func find(at start: Int) -> AdjacentRepeat? {
        guard maximumLength < 12 && start + Self.window < ids.count else { return search(from: start) }
        let lengths = ids.withUnsafeBufferPointer { lengthsToTry($0, start) }
        guard lengths != 0 else { return nil }
        return search(from: start, lengths: lengths)
    }

    /// The fingerprints (low bytes) of the sixteen key ids from `position` on, which are
    /// within `ids`.
    @inline(__always)
    private static func fingerprints(_ ids: UnsafeBufferPointer<Int32>, _ position: Int) -> SIMD16<UInt8> {
        SIMD16<UInt8>(truncatingIfNeeded: UnsafeRawPointer(ids.baseAddress! + position).loadUnaligned(as: SIMD16<Int32>.self))
    }

    /// Words after a position that the SIMD window compares with it: twelve, and the next
    /// position's twelve (the last one word further on).
    private static let window = 13

    /// Bit `length - 1` for each length up to `maximumLength` (at most eleven) that a repeat
    /// at `position` may have: the words `length` words on, or one word later after a
    /// conjunction, are its words again (what ``next(unit:length:after:)`` needs, compared
    /// as key ids). Most recurrences of a word ("the", "of") end at the first two words, and
    /// most of the rest at the third ("of the region of the city"): a search that went on to
    /// the gaps and the words' forms cost 370 instructions a start, at 15,000 starts on the
    /// 5 MB head. `position + window` is within `ids`.
    @inline(__always)
    private func lengthsToTry(_ ids: UnsafeBufferPointer<Int32>, _ position: Int) -> UInt32 {
        let word = ids[position]
        var lengths: UInt32 = ids[position + 1] == word || (ids[position + 2] == word && isCoordinator(ids[position + 1])) ? 1 : 0
        // Bit `distance - 1` where the first two words come again together `distance` words on.
        var pairs = Self.pairRecurrenceBits(ids, position) & ~1
        while pairs != 0 {
            let distance = pairs.trailingZeroBitCount + 1
            pairs &= pairs - 1
            if distance <= maximumLength, wordsRepeat(ids, position, length: distance, at: position + distance) {
                lengths |= 1 << UInt32(distance - 1)
            }
            let length = distance - 1
            if length >= 2, length <= maximumLength, isCoordinator(ids[position + length]),
               wordsRepeat(ids, position, length: length, at: position + distance) {
                lengths |= 1 << UInt32(length - 1)
            }
        }
        return lengths
    }

    /// Whether a repeat may begin at `position` where the window does not fit: what
    /// ``lengthsToTry(_:_:)`` tests, word by word.
    private func mayRepeatNearTheEnd(_ ids: UnsafeBufferPointer<Int32>, _ position: Int) -> Bool {
        let word = ids[position]
        for length in 1...maximumLength {
            let second = position + length
            guard second < ids.count else { return false }
            if ids[second] == word && wordsRepeat(ids, position, length: length, at: second, from: 1) { return true }
            if second + 1 < ids.count && ids[second + 1] == word && isCoordinator(ids[second])
                && wordsRepeat(ids, position, length: length, at: second + 1, from: 1) {
                return true
            }
        }
        return false
    }

    /// Whether the `length` words at `other` have the key ids of those at `position`, whose
    /// first `known` words they are known to have.
    @inline(__always)
    private func wordsRepeat(_ ids: UnsafeBufferPointer<Int32>, _ position: Int, length: Int, at other: Int, from known: Int = 2) -> Bool {
        guard other + length <= ids.count else { return false }
        var offset = known
        while offset < length {
            if ids[position + offset] != ids[other + offset] { return false }
            offset += 1
        }
        return true
    }

    private func isCoordinator(_ id: Int32) -> Bool {
        coordinator(id) != nil
    }

    /// Bit `k` set when words `position + 1 + k` and the one after it are the two words at
    /// `position`, for `k` below twelve; `position + 13` is within `ids`. Both words'
    /// recurrences are compared lane by lane and the pairs' bits gathered once (bits read off
    /// each mask apart, by a sum of lanes, cost over 100 instructions a call).
    @inline(__always)
    private static func pairRecurrenceBits(_ ids: UnsafeBufferPointer<Int32>, _ position: Int) -> UInt32 {
        let base = UnsafeRawPointer(ids.baseAddress! + position)
        let first = SIMD4<Int32>(repeating: ids[position]), second = SIMD4<Int32>(repeating: ids[position + 1])
        @inline(__always) func pairs(_ offset: Int, _ laneBits: SIMD4<UInt32>) -> SIMD4<UInt32> {
            let firstAgain = base.loadUnaligned(fromByteOffset: 4 * (offset + 1), as: SIMD4<Int32>.self) .== first
            let secondAgain = base.loadUnaligned(fromByteOffset: 4 * (offset + 2), as: SIMD4<Int32>.self) .== second
            return unsafeBitCast(firstAgain .& secondAgain, to: SIMD4<UInt32>.self) & laneBits
        }
        let lanes = pairs(0, SIMD4(1, 2, 4, 8)) | pairs(4, SIMD4(16, 32, 64, 128)) | pairs(8, SIMD4(256, 512, 1024, 2048))
        let halves = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        let folded = halves[0] | halves[1]
        return UInt32(truncatingIfNeeded: folded | folded >> 32)
    }

    /// Bit `k` set when the position `k` words into `fingerprints` (`k` below sixteen), the
    /// fingerprints of 32 words, passes the tests of ``lengthsToTry(_:_:)`` on fingerprints:
    /// equal words have equal fingerprints, so every position that passes them on key ids is
    /// among these.
    @inline(__always)
    private static func passingLanes(_ fingerprints: UnsafeRawBufferPointer, maximumLength: Int) -> UInt32 {
        @inline(__always) func words(_ offset: Int) -> SIMD16<UInt8> {
            fingerprints.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
        }
        let firstWords = words(0), secondWords = words(1)
        // Length one: the first word again one or two words on.
        var ahead = words(2)
        var passing = (secondWords .== firstWords) .| (ahead .== firstWords)
        // Longer: the first two words again together at `distance` (the length or one more).
        // `ahead` holds the words `distance` after the first.
        let lastDistance = maximumLength >= 2 ? maximumLength + 1 : 1
        var distance = 2
        while distance <= lastDistance {
            let firstAgain = ahead .== firstWords
            ahead = words(distance + 1)
            passing .|= firstAgain .& (ahead .== secondWords)
            distance += 1
        }
        return bits(passing)
    }

    /// The search for any window: each length whose second occurrence would start at or
    /// just after a recurrence of the first word. What ``find(at:)`` finds with its window.
    func search(from start: Int) -> AdjacentRepeat? {
        let count = ids.count
        let first = ids[start]
        // An occurrence may not cross a sentence end.
        let longest = tokens.runLength(from: start, limit: maximumLength)
        for length in 1...longest where start + length < count {
            let position = start + length
            guard ids[position] == first || (position + 1 < count && ids[position + 1] == first) else { continue }
            if mayRepeat(start, length: length), let found = repeated(start, length: length) { return found }
        }
        return nil
    }

    /// The same search for the lengths ``lengthsToTry(_:_:)`` gives (bit `length - 1`).
    private func search(from start: Int, lengths: UInt32) -> AdjacentRepeat? {
        var lengths = lengths
        // The words `start..<start + continuous` run on without a sentence end (lengths come
        // in ascending order: each gap is looked at once).
        var continuous = 1
        while lengths != 0 {
            let length = lengths.trailingZeroBitCount + 1
            lengths &= lengths - 1
            // An occurrence may not cross a sentence end; longer ones would cross it too.
            while continuous < length {
                if tokens.gaps.endsSentence(start + continuous) { return nil }
                continuous += 1
            }
            if let found = repeated(start, length: length) { return found }
        }
        return nil
    }

    /// Whether the `length` words at `start` may repeat right after themselves: a word comes
    /// again within a few words all the time ("the", "of"); a phrase repeats only if its
    /// second word comes again too, right after the recurrence or after a conjunction there
    /// (what ``next(unit:length:after:)`` would find). Asked before ``repeated(_:length:)``,
    /// without a call: most recurrences end here.
    @inline(__always)
    private func mayRepeat(_ start: Int, length: Int) -> Bool {
        guard length >= 2 else { return true }
        let position = start + length
        let secondWord = ids[start + 1]
        return (position + 1 < ids.count && ids[position + 1] == secondWord)
            || (position + 2 < ids.count && ids[position + 2] == secondWord)
    }

    /// The repeat of the `length` words at `start`, if the next words repeat them.
    /// ``mayRepeat(_:length:)`` (or ``lengthsToTry(_:_:)``) has said yes.
    private func repeated(_ start: Int, length: Int) -> AdjacentRepeat? {
        guard let second = next(unit: start, length: length, after: start + length) else { return nil }
        var occurrences = [start, second.index]
        while let more = next(unit: start, length: length, after: occurrences[occurrences.count - 1] + length) {
            occurrences.append(more.index)
        }
        return AdjacentRepeat(occurrences: occurrences, length: length, conjunction: second.conjunction, comma: second.comma)
    }

    /// Lane `k` of `mask` as bit `k`: each lane keeps its bit within its byte, and a
    /// multiplication adds up the eight bytes of each half.
    @inline(__always)
    private static func bits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt32 {
        let laneBits = SIMD16<UInt8>(1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128)
        let halves = unsafeBitCast(unsafeBitCast(mask, to: SIMD16<UInt8>.self) & laneBits, to: SIMD2<UInt64>.self)
        let byteSum: UInt64 = 0x0101_0101_0101_0101
        return UInt32(truncatingIfNeeded: (halves[0] &* byteSum) >> 56) | UInt32(truncatingIfNeeded: (halves[1] &* byteSum) >> 56) << 8
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
        if id == coordinatorIds.and { return "and" }
        if id == coordinatorIds.or { return "or" }
        if id == coordinatorIds.nor { return "nor" }
        return nil
    }
}

extension SIMDMask<SIMD4<Int32>> {
    /// Whether any lane is set: a test of both halves, where `any(_:)` compiles to a
    /// horizontal reduction of a dozen instructions (SSE2).
    @inline(__always)
    var hasSetLane: Bool {
        let halves = unsafeBitCast(self, to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
    }
}
