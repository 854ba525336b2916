/// One offset to locate for `Checker.locations`: where its answer goes and whether it is the
/// start of something or the end of a range. Sorted by offset, ends first.
struct LocationQuery: Comparable {
    var offset: Int
    var isStart: Bool
    var slot: Int

    static func < (lhs: LocationQuery, rhs: LocationQuery) -> Bool {
        if lhs.offset != rhs.offset { return lhs.offset < rhs.offset }
        return !lhs.isStart && rhs.isStart
    }
}
