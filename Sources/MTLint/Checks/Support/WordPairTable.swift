/// Ids for pairs of word ids, numbered in order of insertion, in an open-addressing table
/// small enough to stay in cache: the case-variant check looks up every occurrence of a
/// term's first word with the word after it, and only a pair that begins some term goes on;
/// the glossary's trie keeps its edges, (node, word), in one.
struct WordPairTable {
    private var slots = HashSlots(expectedCount: Self.firstRoom)
    private var pairs: [UInt64] = []
    /// One bit for each of 2^``filterBits`` hash values, set for the hashes of the pairs
    /// inserted: it turns away most pairs never inserted before the table, which outgrows the
    /// cache, is probed. It grows with the table to some sixteen bits a pair (about one pair
    /// in sixteen not inserted gets through), from 128 bytes up to 128 KB, within the L2
    /// cache: a long text has tens of thousands of pairs, and a filter of fixed size let
    /// through four in ten of the millions of lookups; a short article has a few pairs, and
    /// zeroing a filter of 8 KB for it cost more than its lookups.
    private var filter = [UInt64](repeating: 0, count: 1 << (Self.smallestFilterBits - 6))
    private var filterBits = Self.smallestFilterBits
    private static let smallestFilterBits = 10
    private static let largestFilterBits = 20

    /// How many pairs there are.
    var count: Int { pairs.count }

    /// Pairs the first table holds. Room for as many is made at the first insertion: a
    /// document's pairs grown into an array from empty were reallocated some five times.
    private static var firstRoom: Int { 64 }

    /// The pair's id, new or known. The look-up is inlined and only a new pair's insertion
    /// is a call: a long text inserts every occurrence of its terms' first pairs, nearly all
    /// known (5 MB head: 16,000 insertions, 0.17 M instructions less).
    @inline(__always)
    mutating func insert(_ first: Int32, _ second: Int32) -> Int {
        let pair = Self.pair(first, second)
        let found = find(pair)
        if let id = found.id { return id }
        return add(pair, at: found.slot)
    }

    /// Adds `pair`, not yet held, in `slot`, the empty slot its look-up gave; returns its id.
    @inline(never)
    private mutating func add(_ pair: UInt64, at slot: Int) -> Int {
        let hash = Self.hash(pair)
        slots.insert(hash, id: pairs.count, at: slot)
        if pairs.isEmpty { pairs.reserveCapacity(Self.firstRoom) }
        pairs.append(pair)
        if pairs.count * 16 > 1 << filterBits && filterBits < Self.largestFilterBits {
            filterBits += 1
            filter = [UInt64](repeating: 0, count: 1 << (filterBits - 6))
            for pair in pairs { addToFilter(Self.hash(pair)) }
        } else {
            addToFilter(hash)
        }
        return pairs.count - 1
    }

    /// The pair's id, or nil for a pair never inserted.
    @inline(__always)
    func id(_ first: Int32, _ second: Int32) -> Int? {
        let pair = Self.pair(first, second)
        guard mayHold(Self.hash(pair)) else { return nil }
        return find(pair).id
    }

    /// A lookup begun: the pair, its hash and the content of its first slot.
    struct Probe {
        fileprivate let pair: UInt64
        fileprivate let hash: UInt32
        fileprivate let home: UInt64
    }

    /// A lookup split in two, so that the cache misses of many lookups overlap: this reads
    /// the pair's first slot (nil when the filter rules the pair out), ``id(of:)`` finishes.
    /// Calling this for a batch of pairs before finishing any lets the memory system fetch
    /// their slots together, where one lookup after another waited for each.
    @inline(__always)
    func probe(_ first: Int32, _ second: Int32) -> Probe? {
        let pair = Self.pair(first, second)
        let hash = Self.hash(pair)
        guard mayHold(hash) else { return nil }
        return Probe(pair: pair, hash: hash, home: slots.home(hash))
    }

    /// The id of a probed pair, or nil for a pair never inserted.
    @inline(__always)
    func id(of probe: Probe) -> Int? {
        pairs.withUnsafeBufferPointer { pairs in
            slots.find(probe.hash, home: probe.home) { pairs[$0] == probe.pair }.id
        }
    }

    @inline(__always)
    private mutating func addToFilter(_ hash: UInt32) {
        let bit = filterBit(hash)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Whether the filter lets a pair with this hash through (false: never inserted).
    @inline(__always)
    private func mayHold(_ hash: UInt32) -> Bool {
        let bit = filterBit(hash)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The filter's bit for a hash: its top ``filterBits`` bits.
    @inline(__always)
    private func filterBit(_ hash: UInt32) -> Int {
        Int(hash >> UInt32(32 - filterBits))
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
