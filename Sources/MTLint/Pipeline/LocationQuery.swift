/// One offset to locate for `Checker.locations`: where its answer goes and whether it is the
/// start of something or the end of a range. Sorted by offset, ends first, then in the order
/// they were made (by slot). Packed in one 64-bit value whose order is that order: a large
/// report sorts hundreds of thousands of them, and comparing the fields one by one cost
/// more than moving them.
struct LocationQuery: Comparable {
    /// The offset (31 bits), whether it is a start (1 bit), the slot (32 bits).
    private let packed: UInt64

    init(offset: Int, isStart: Bool, slot: Int) {
        precondition(offset >= 0 && offset < 1 << 31 && slot >= 0 && slot < 1 << 32, "offset or slot out of range")
        packed = UInt64(offset) << 33 | (isStart ? 1 << 32 : 0) | UInt64(slot)
    }

    var offset: Int { Int(packed >> 33) }
    var isStart: Bool { packed & 1 << 32 != 0 }
    var slot: Int { Int(packed & 0xFFFF_FFFF) }

    static func < (lhs: LocationQuery, rhs: LocationQuery) -> Bool {
        lhs.packed < rhs.packed
    }
}
