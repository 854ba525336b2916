import Glibc

/// Gives each distinct run of word keys (a sentence's, a line's or a paragraph's words) a small
/// integer id, in order of first appearance: equal texts get equal ids.
///
/// Unlike interning the runs' bytes, nothing is copied: a run is a range of word indices into
/// the document's key ids, and the table keeps, for each id, the range where it was first
/// seen; runs with equal hashes are compared in place. Lookups go in two passes, hashing every
/// run first and probing after, because the probes miss the cache (a 20 MB text has some
/// 400,000 runs): a short probe loop lets the processor overlap those misses.
struct WordRunKeys {
    /// The key id of every word of the document.
    private let ids: [Int32]
    /// The first run seen of each id: where its words start, and how many there are.
    private var firstStarts: [Int32] = []
    private var firstCounts: [Int32] = []
    /// By hash slot: the run's hash in the high half and its id + 1 in the low half (0 where
    /// empty), so a probe reads one word; the count is a power of two, at most half full.
    private var slots: [UInt64]

    /// How many distinct runs there are; ids are `0..<count`.
    var count: Int { firstStarts.count }

    init(ids: [Int32], expectedCount: Int) {
        self.ids = ids
        var capacity = 64
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        firstStarts.reserveCapacity(expectedCount)
        firstCounts.reserveCapacity(expectedCount)
    }

    /// The id of each run of word indices, in order, new runs numbered as they come.
    mutating func keys(of runs: [Range<Int>]) -> [Int] {
        let hashes = ids.withUnsafeBufferPointer { ids in
            runs.map { Self.hash(UnsafeBufferPointer(rebasing: ids[$0])) }
        }
        var keys: [Int] = []
        keys.reserveCapacity(runs.count)
        for (run, hash) in zip(runs, hashes) {
            keys.append(key(of: run, hash: hash))
        }
        return keys
    }

    private mutating func key(of run: Range<Int>, hash: UInt32) -> Int {
        let mask = slots.count - 1
        var index = Int(hash) & mask
        while true {
            let entry = slots[index]
            if entry == 0 { break }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let id = Int(UInt32(truncatingIfNeeded: entry)) - 1
                if same(run, as: id) { return id }
            }
            index = (index + 1) & mask
        }
        let id = count
        slots[index] = UInt64(hash) << 32 | UInt64(id + 1)
        firstStarts.append(Int32(run.lowerBound))
        firstCounts.append(Int32(run.count))
        if count * 2 > slots.count { grow() }
        return id
    }

    /// Whether `run` holds the same word keys as the first run of `id`.
    private func same(_ run: Range<Int>, as id: Int) -> Bool {
        let length = Int(firstCounts[id])
        guard length == run.count else { return false }
        guard length > 0 else { return true }
        let first = Int(firstStarts[id])
        return ids.withUnsafeBufferPointer { ids in
            memcmp(ids.baseAddress! + first, ids.baseAddress! + run.lowerBound, length * MemoryLayout<Int32>.stride) == 0
        }
    }

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

    /// A 64-bit multiply-xorshift hash over two ids at a time, folded to the 32 bits a slot
    /// keeps; equal hashes are always confirmed by comparing the runs.
    static func hash(_ run: UnsafeBufferPointer<Int32>) -> UInt32 {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: run.count)
        var offset = 0
        while offset + 2 <= run.count {
            let pair = UInt64(UInt32(bitPattern: run[offset])) | UInt64(UInt32(bitPattern: run[offset + 1])) << 32
            state = (state ^ pair) &* 0xBF58_476D_1CE4_E5B9
            state ^= state >> 29
            offset += 2
        }
        if offset < run.count {
            state = (state ^ UInt64(UInt32(bitPattern: run[offset]))) &* 0xBF58_476D_1CE4_E5B9
        }
        state ^= state >> 32
        state = state &* 0x94D0_49BB_1331_11EB
        state ^= state >> 29
        return UInt32(truncatingIfNeeded: state ^ (state >> 32))
    }
}
