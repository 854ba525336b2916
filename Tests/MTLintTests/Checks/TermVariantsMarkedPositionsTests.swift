import Testing
@testable import MTLint

/// The term walks gather marked positions four at a time, a block at a time: for ranges of
/// every length around the steps and the blocks, they must call the body with exactly the
/// positions marked, in order, as a filter of the range does.
@Suite struct TermVariantsMarkedPositionsTests {
    @Test func markedPositionsAreTheRangeFiltered() {
        var generator = SplitMix64(seed: 15)
        let lengths = Array(0...9) + [4095, 4096, 4097, 4099, 8192, 8195, 10_001]
        for length in lengths {
            for start in [0, 3] {
                let range = start..<start + length
                // Sparse, dense and irregular marks.
                for density in [0, 1, 2, 7] {
                    let marks = range.map { _ in density == 0 ? 0 : (generator.next() % UInt64(density) == 0 ? 1 : 0) }
                    var visited: [Int] = []
                    MarkedPositions.forEach(in: range, mark: { marks[$0 - start] }, { visited.append($0) })
                    #expect(visited == range.filter { marks[$0 - start] == 1 }, "length \(length), start \(start), density \(density)")
                }
            }
        }
    }
}
