/// Ids for pairs of word ids, numbered in order of insertion, in an open-addressing table
/// small enough to stay in cache: the case-variant check looks up every occurrence of a
/// term's first word with the word after it, and only a pair that begins some term goes on.
struct WordPairTable {
    private var slots = HashSlots(expectedCount: 64)
    private var pairs: [UInt64] = []
    /// One bit for each of 65,536 hash values, set for the hashes of the pairs inserted: 8 KB
    /// that stay in the L1 cache and turn away most pairs never inserted before the table,
    /// which outgrows that cache, is probed.
    private var filter = [UInt64](repeating: 0, count: 1 << 10)

    /// How many pairs there are.
    var count: Int { pairs.count }

    /// The pair's id, new or known.
    mutating func insert(_ first: Int32, _ second: Int32) -> Int {
        let pair = Self.pair(first, second)
        let found = find(pair)
        if let id = found.id { return id }
        let hash = Self.hash(pair)
        slots.insert(hash, id: pairs.count, at: found.slot)
        filter[Int(hash >> 22)] |= 1 << UInt64(hash >> 16 & 63)
        pairs.append(pair)
        return pairs.count - 1
    }

    /// The pair's id, or nil for a pair never inserted.
    @inline(__always)
    func id(_ first: Int32, _ second: Int32) -> Int? {
        let pair = Self.pair(first, second)
        let hash = Self.hash(pair)
        guard filter[Int(hash >> 22)] & (1 << UInt64(hash >> 16 & 63)) != 0 else { return nil }
        return find(pair).id
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
