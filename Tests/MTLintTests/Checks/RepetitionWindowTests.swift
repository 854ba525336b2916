import Testing
@testable import MTLint

/// The adjacent-repeat finder's SIMD window: its candidates are exactly the positions the
/// test on key ids passes, even where words' fingerprints match by chance.
@Suite struct RepetitionWindowTests {
    /// The first position at or after `start` whose first word comes again `length` words on
    /// or one word later, and for two words or more its first two words together, for a
    /// length up to `maximumLength`; the window's end (or `start`) when there is none.
    static func expectedCandidate(_ ids: [Int32], from start: Int, maximumLength: Int) -> Int {
        guard maximumLength < 12 else { return start }
        var position = start
        while position + 13 < ids.count {
            let passes = (1...maximumLength).contains { length in
                let pairAgain = { (distance: Int) in ids[position + distance] == ids[position] && ids[position + 1 + distance] == ids[position + 1] }
                return length == 1 ? ids[position + 1] == ids[position] || ids[position + 2] == ids[position]
                    : pairAgain(length) || pairAgain(length + 1)
            }
            if passes { return position }
            position += 1
        }
        return position
    }

    @Test func candidatesAreThePositionsTheTestOnKeyIdsPasses() {
        // Six hundred distinct words first, so that later words share the low byte of their
        // key ids with earlier ones ("w0", "w256", "w512"), then random texts of those words.
        let prefix = (0..<600).map { "w\($0)" }.joined(separator: " ") + "."
        let pieces = ["w0", "w256", "w512", "w1", "w257", "w2", "w258", "the", "of", ", ", " ", " ", "\n"]
        var generator = SplitMix64(seed: 23)
        var fingerprintsOnlyPass = 0, passing = 0
        for _ in 0..<40 {
            let body = (0..<(60 + Int(generator.next() % 100))).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
            let tokens = WordTokens.of(Document(text: prefix + " " + body.joined(separator: " ")))
            let ids = tokens.keys.ids
            let fingerprints = AdjacentRepeatFinder.fingerprints(of: ids).map { Int32($0) }
            for maximumLength in [1, 2, 3, 10, 11, 12] {
                let finder = AdjacentRepeatFinder(tokens: tokens, maximumLength: maximumLength)
                for start in [0] + Array(590..<tokens.count) {
                    let expected = Self.expectedCandidate(ids, from: start, maximumLength: maximumLength)
                    #expect(finder.nextCandidate(from: start) == expected, "\(body) from \(start), \(maximumLength)")
                    if expected == start && start + 13 < ids.count && maximumLength < 12 { passing += 1 }
                    if Self.expectedCandidate(fingerprints, from: start, maximumLength: maximumLength) < expected { fingerprintsOnlyPass += 1 }
                }
            }
        }
        #expect(passing > 1000)
        #expect(fingerprintsOnlyPass > 1000)
    }
}
