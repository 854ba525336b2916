import Testing
@testable import MTLint

/// The adjacent-repeat finder's SIMD window: its candidates are exactly the positions the
/// test on key ids passes, even where words' fingerprints match by chance.
@Suite struct RepetitionWindowTests {
    /// Whether the `length` words at `position` come again `length` words on, or one word
    /// later after a coordinating word (one of `coordinators`).
    static func mayRepeat(_ ids: [Int32], _ position: Int, length: Int, coordinators: Set<Int32>) -> Bool {
        let repeatsAt = { (other: Int) in other + length <= ids.count && (0..<length).allSatisfy { ids[position + $0] == ids[other + $0] } }
        guard position + length < ids.count else { return false }
        return repeatsAt(position + length) || (coordinators.contains(ids[position + length]) && repeatsAt(position + length + 1))
    }

    /// The first position at or after `start` where a repeat of a length up to
    /// `maximumLength` may begin; the end when there is none (`start` for lengths beyond the
    /// window).
    static func expectedCandidate(_ ids: [Int32], from start: Int, maximumLength: Int, coordinators: Set<Int32>) -> Int {
        guard maximumLength < 12 else { return start }
        var position = start
        while position < ids.count {
            if (1...maximumLength).contains(where: { mayRepeat(ids, position, length: $0, coordinators: coordinators) }) { return position }
            position += 1
        }
        return position
    }

    /// The window's first test, on key ids or fingerprints: the first word again one or two
    /// words on, or the first two words again together up to `maximumLength + 1` words on.
    static func windowPasses(_ words: [Int32], _ position: Int, maximumLength: Int) -> Bool {
        if words[position + 1] == words[position] || words[position + 2] == words[position] { return true }
        guard maximumLength >= 2 else { return false }
        return (2...(maximumLength + 1)).contains { words[position + $0] == words[position] && words[position + $0 + 1] == words[position + 1] }
    }

    @Test func candidatesAreThePositionsTheTestOnKeyIdsPasses() {
        // Six hundred distinct words first, so that later words share the low byte of their
        // key ids with earlier ones ("w0", "w256", "w512"), then random texts of those words
        // with a phrase said twice.
        let prefix = (0..<600).map { "w\($0)" }.joined(separator: " ") + "."
        let pieces = ["w0", "w256", "w512", "w1", "w257", "w2", "w258", "the", "of", "and", "or", "nor", ", ", " ", " ", "\n"]
        #expect(pieces[0..<12].allSatisfy { $0.first!.isLetter })
        var generator = SplitMix64(seed: 23)
        let random = { (count: Int) in (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ") }
        var chanceMatches = 0, passing = 0
        for round in 0..<99 {
            // Phrases of one to eleven words, so that every length comes with every separator.
            let phrase = (0...(round % 11)).map { _ in pieces[Int(generator.next() % 12)] }.joined(separator: " ")
            let body = [random(20 + Int(generator.next() % 60)), phrase, ["and", "or", "nor", ",", " "][round % 5], phrase, random(Int(generator.next() % 60))]
            let tokens = WordTokens.of(Document(text: prefix + " " + body.joined(separator: " ")))
            let ids = tokens.keys.ids
            let coordinators = Set(["and", "or", "nor"].compactMap { tokens.keys.id(of: $0) })
            // A fingerprint is the low byte of a key id.
            let fingerprints = ids.map { Int32(UInt8(truncatingIfNeeded: $0)) }
            for maximumLength in [1, 2, 3, 10, 11, 12] {
                let finder = AdjacentRepeatFinder(tokens: tokens, maximumLength: maximumLength)
                for start in [0] + Array(590..<tokens.count) {
                    let expected = Self.expectedCandidate(ids, from: start, maximumLength: maximumLength, coordinators: coordinators)
                    #expect(finder.nextCandidate(from: start) == expected, "\(body) from \(start), \(maximumLength)")
                    guard start + 13 < ids.count && maximumLength < 12 else { continue }
                    if expected == start { passing += 1 }
                    if Self.windowPasses(fingerprints, start, maximumLength: maximumLength) && !Self.windowPasses(ids, start, maximumLength: maximumLength) {
                        chanceMatches += 1
                    }
                }
            }
        }
        #expect(passing > 1000)
        #expect(chanceMatches > 1000)
    }
}
