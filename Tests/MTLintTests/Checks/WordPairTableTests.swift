import Testing
@testable import MTLint

/// A lookup begun with `probe` and finished with `id(of:)` must find what `id` finds, while
/// the table (and its filter) grows; an insertion gives a known pair its id and a new one
/// the next.
@Suite struct WordPairTableTests {
    @Test func probedLookupsAgreeWithPlainOnes() {
        var generator = SplitMix64(seed: 3)
        var table = WordPairTable()
        var inserted: [UInt64: Int] = [:]
        for round in 0..<20_000 {
            let first = Int32(generator.next() % 3_000), second = Int32(generator.next() % 64)
            if round % 3 == 0 {
                let id = table.insert(first, second)
                if let known = inserted[UInt64(UInt32(first)) << 32 | UInt64(second)] { #expect(id == known) } else { #expect(id == inserted.count) }
                inserted[UInt64(UInt32(first)) << 32 | UInt64(second)] = id
            }
            let expected = inserted[UInt64(UInt32(first)) << 32 | UInt64(second)]
            #expect(table.id(first, second) == expected)
            #expect(table.probe(first, second).flatMap { table.id(of: $0) } == expected)
        }
        #expect(table.count == inserted.count)
    }
}
