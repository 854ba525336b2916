/// A bit mask for each pair of word ids that was inserted, in an open-addressing table small
/// enough to stay in cache: the case-variant check looks up every occurrence of a term's
/// first word with the word after it, and only a pair that begins some term goes on to the
/// full lookup of the term.
struct WordPairTable {
    private var slots = HashSlots(expectedCount: 64)
    private var pairs: [UInt64] = []
    private var masks: [UInt16] = []

    /// ORs `mask` into the pair's mask.
    mutating func insert(_ first: Int32, _ second: Int32, mask: UInt16) {
        let pair = Self.pair(first, second)
        let found = find(pair)
        if let id = found.id {
            masks[id] |= mask
        } else {
            slots.insert(Self.hash(pair), id: pairs.count, at: found.slot)
            pairs.append(pair)
            masks.append(mask)
        }
    }

    /// The pair's mask; 0 for a pair never inserted.
    @inline(__always)
    func mask(_ first: Int32, _ second: Int32) -> UInt16 {
        find(Self.pair(first, second)).id.map { masks[$0] } ?? 0
    }

    @inline(__always)
    private func find(_ pair: UInt64) -> (id: Int?, slot: Int) {
        pairs.withUnsafeBufferPointer { pairs in
            slots.find(Self.hash(pair)) { pairs[$0] == pair }
        }
    }

    @inline(__always)
    private static func pair(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }

    @inline(__always)
    private static func hash(_ pair: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }
}
