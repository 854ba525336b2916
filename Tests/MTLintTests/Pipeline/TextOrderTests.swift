import Testing
@testable import MTLint

/// The packed sort keys of `Checker`: in the order their fields define, with ties at the
/// edges of the fields' ranges, and the fields read back.
@Suite struct TextOrderTests {
    @Test func locationQueriesSortByOffsetEndsFirstThenSlot() {
        var generator = SplitMix64(seed: 61)
        let offsets = [0, 1, 2, (1 << 31) - 1]
        let fields = (0..<2000).map { slot in
            (generator.next() % 2 == 0 ? offsets[Int(generator.next() % 4)] : Int(generator.next() % 50),
             generator.next() % 2 == 0, slot * 3 % 2000 + (slot == 1999 ? (1 << 32) - 2000 : 0))
        }
        let queries = fields.map { LocationQuery(offset: $0.0, isStart: $0.1, slot: $0.2) }
        let expected = fields.sorted { ($0.0, $0.1 ? 1 : 0, $0.2) < ($1.0, $1.1 ? 1 : 0, $1.2) }
        #expect(queries.sorted().map { ($0.offset, $0.isStart, $0.slot) }.elementsEqual(expected, by: ==))
        #expect(LocationQuery(offset: (1 << 31) - 1, isStart: true, slot: (1 << 32) - 1).offset == (1 << 31) - 1)
    }

    @Test func hitsSortByStartThenEndThenIndex() {
        var generator = SplitMix64(seed: 62)
        let bounds = [0, 1, (1 << 31) - 2, (1 << 31) - 1]
        let ranges = (0..<2000).map { _ in
            let a = generator.next() % 2 == 0 ? bounds[Int(generator.next() % 4)] : Int(generator.next() % 40)
            let b = generator.next() % 2 == 0 ? bounds[Int(generator.next() % 4)] : Int(generator.next() % 40)
            return min(a, b)..<max(a, b)
        }
        let order = ranges.indices.map { HitOrder(range: ranges[$0], index: $0) }.sorted().map(\.index)
        let expected = ranges.indices.sorted { (ranges[$0].lowerBound, ranges[$0].upperBound, $0) < (ranges[$1].lowerBound, ranges[$1].upperBound, $1) }
        #expect(order == expected)
    }
}
