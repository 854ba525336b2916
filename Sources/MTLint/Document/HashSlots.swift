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
            let mask = slots.count - 1
            var index = Int(hash) & mask
            var entry = home ?? slots[index]
            while entry != 0 {
                if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                    let id = Int(UInt32(truncatingIfNeeded: entry)) - 1
                    if isEqual(id) { return (id, index) }
                }
                index = (index + 1) & mask
                entry = slots[index]
            }
            return (nil, index)
        }
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
