/// The positions of a walk over millions of words that need a closer look, found without a
/// branch on each word.
enum MarkedPositions {
    /// Calls `body`, in order, with each position of `range` that `mark` gives 1 (0 for the
    /// others). The positions are gathered a block at a time with no branch on each: where
    /// marked words come irregularly (the first words of terms, words that begin a glossary
    /// term or a compound), a branch on each mispredicted often enough to cost more than the
    /// work it saved.
    @inline(__always)
    static func forEach(in range: Range<Int>, mark: (Int) -> Int, _ body: (Int) -> Void) {
        guard !range.isEmpty else { return }
        var block = [Int32](repeating: 0, count: min(range.count, 4096))
        var blockStart = range.lowerBound
        while blockStart < range.upperBound {
            let blockEnd = min(blockStart + block.count, range.upperBound)
            let found = block.withUnsafeMutableBufferPointer { block in
                // Four positions a step: the loop's own count, test and jump, and the
                // position's conversion, are shared by four words (each a fifth of the work
                // of a word in the case variants' walk).
                var found = 0
                var position = blockStart
                while position &+ 4 <= blockEnd {
                    let base = Int32(truncatingIfNeeded: position)
                    block[found] = base
                    found &+= mark(position)
                    block[found] = base &+ 1
                    found &+= mark(position &+ 1)
                    block[found] = base &+ 2
                    found &+= mark(position &+ 2)
                    block[found] = base &+ 3
                    found &+= mark(position &+ 3)
                    position &+= 4
                }
                while position < blockEnd {
                    block[found] = Int32(truncatingIfNeeded: position)
                    found &+= mark(position)
                    position &+= 1
                }
                return found
            }
            for position in block[..<found] { body(Int(position)) }
            blockStart = blockEnd
        }
    }
}
