/// An open-addressing table from 32-bit hashes to small ids, for tables that keep their keys
/// themselves and only need to find which id holds an equal one (``ByteInterner``: strings in
/// an arena; ``WordRunKeys``: runs of a document's word ids, compared in place).
///
/// Each slot holds the hash in its high half and the id + 1 in its low half (0 where empty),
/// so a probe reads one word; the slot count is a power of two, at most half full.
struct HashSlots {
    private var slots: [UInt64]
    private var used = 0

    init(expectedCount: Int) {
        var capacity = 64
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
    }

    /// How many more ids the table takes before it grows.
    var room: Int { slots.count / 2 - used }

    /// The content of the first slot `hash` looks at: a caller can read it ahead of the lookup
    /// so that the cache misses of several lookups overlap.
    func home(_ hash: UInt32) -> UInt64 {
        slots[Int(hash) & (slots.count - 1)]
    }

    /// The id with `hash` whose key `isEqual` accepts, or nil and the empty slot where it
    /// would go; `home`, when given, is the first slot's content, already read.
    @inline(__always)
    func find(_ hash: UInt32, home: UInt64? = nil, isEqual: (Int) -> Bool) -> (id: Int?, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            Self.find(hash, home: home, in: slots.baseAddress!, mask: slots.count - 1, isEqual: isEqual)
        }
    }

    @inline(__always)
    private static func find(_ hash: UInt32, home: UInt64?, in slots: UnsafePointer<UInt64>, mask: Int, isEqual: (Int) -> Bool) -> (id: Int?, slot: Int) {
        var index = Int(hash) & mask
        var entry = home ?? slots[index]
        while entry != 0 {
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let id = Int(UInt32(truncatingIfNeeded: entry)) &- 1
                if isEqual(id) { return (id, index) }
            }
            index = (index &+ 1) & mask
            entry = slots[index]
        }
        return (nil, index)
    }

    /// Records `id` with `hash` in `slot`, the empty slot a failed ``find(_:home:isEqual:)``
    /// gave; the table doubles when it becomes more than half full. Inlined: a short article
    /// adds nearly every word it interns, and the call cost as much as the store.
    @inline(__always)
    mutating func insert(_ hash: UInt32, id: Int, at slot: Int) {
        slots[slot] = UInt64(hash) << 32 | UInt64(id + 1)
        used += 1
        if used * 2 > slots.count { grow() }
    }

    /// Grows the table until it takes `count` more ids.
    mutating func reserve(room count: Int) {
        while room < count { grow() }
    }

    /// Runs `body` with the table as a pointer, for inserts within the ``room`` reserved
    /// beforehand: none of them checks the array's uniqueness or grows the table.
    mutating func withUnsafeTable<Result>(_ body: (inout UnsafeTable) -> Result) -> Result {
        let usedBefore = used
        var usedAfter = used
        let result = slots.withUnsafeMutableBufferPointer { slots in
            var table = UnsafeTable(slots: slots.baseAddress!, mask: slots.count - 1, used: usedBefore)
            defer { usedAfter = table.used }
            return body(&table)
        }
        used = usedAfter
        return result
    }

    /// The table during ``withUnsafeTable(_:)``.
    struct UnsafeTable {
        fileprivate let slots: UnsafeMutablePointer<UInt64>
        fileprivate let mask: Int
        fileprivate var used: Int

        @inline(__always)
        func find(_ hash: UInt32, isEqual: (Int) -> Bool) -> (id: Int?, slot: Int) {
            HashSlots.find(hash, home: nil, in: slots, mask: mask, isEqual: isEqual)
        }

        /// ``HashSlots/insert(_:id:at:)`` within the room reserved, which the caller keeps to
        /// (``ByteInterner/Inserter`` checks its count against it): checking again here cost
        /// some 8 instructions an insertion, 3.7 M of the peer subset's 559.
        @inline(__always)
        mutating func insert(_ hash: UInt32, id: Int, at slot: Int) {
            slots[slot] = UInt64(hash) << 32 | UInt64(truncatingIfNeeded: id &+ 1)
            used &+= 1
        }
    }

    @inline(never)
    private mutating func grow() {
        var larger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for entry in slots where entry != 0 {
            var index = Int(entry >> 32) & mask
            while larger[index] != 0 { index = (index + 1) & mask }
            larger[index] = entry
        }
        slots = larger
    }
}
