/// A hit's place in text order, for `Checker.check`: by start, then end, then index. The
/// start and end (31 bits each) are packed in one 64-bit value, compared first.
struct HitOrder: Comparable {
    private let range: UInt64
    let index: Int

    init(range: Range<Int>, index: Int) {
        precondition(range.lowerBound >= 0 && range.upperBound < 1 << 31, "offset out of range")
        self.range = UInt64(range.lowerBound) << 32 | UInt64(range.upperBound)
        self.index = index
    }

    static func < (lhs: HitOrder, rhs: HitOrder) -> Bool {
        lhs.range < rhs.range || lhs.range == rhs.range && lhs.index < rhs.index
    }
}
