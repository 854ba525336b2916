import Testing
@testable import MTLint

@Suite struct EditDistanceTests {
    @Test func knownDistances() {
        #expect(EditDistance.between("minister", "ministr") == 1)
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("abc", "abc") == 0)
    }

    /// The bounded test stops early and skips pairs by length: it must still agree with the
    /// whole table for every limit, on words of a small alphabet (so that many pairs are close).
    @Test func isWithinAgreesWithTheWholeTable() {
        var generator = SplitMix64(seed: 2026_12_07)
        for _ in 0..<40_000 {
            let a = (0..<Int(generator.next() % 11)).map { _ in UInt32(0x61 + generator.next() % 4) }
            let b = (0..<Int(generator.next() % 11)).map { _ in UInt32(0x61 + generator.next() % 4) }
            let distance = EditDistance.between(a, b)
            let limit = Int(generator.next() % 6)
            let within = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in EditDistance.isWithin(limit, a, b) } }
            #expect(within == (distance <= limit), "\(a) \(b) limit \(limit): distance \(distance)")
        }
    }
}
