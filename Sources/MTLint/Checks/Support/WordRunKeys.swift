import Glibc

/// Gives each distinct run of word keys (a sentence's, a line's or a paragraph's words) a small
/// integer id, in order of first appearance: equal texts get equal ids.
///
/// Unlike interning the runs' bytes, nothing is copied: a run is a range of word indices into
/// the document's key ids, and the table keeps, for each id, the range where it was first
/// seen; runs with equal hashes are compared in place. The probes miss the cache (a 20 MB text
/// has some 450,000 runs, nearly all different, and an 8 MB table), so every run is hashed
/// first and the probes then go in batches whose misses overlap.
struct WordRunKeys {
    /// The key id of every word of the document.
    private let ids: [Int32]
    /// The first run seen of each id: where its words start, and how many there are.
    private var firstStarts: [Int32] = []
    private var firstCounts: [Int32] = []
    private var slots: HashSlots

    /// How many distinct runs there are; ids are `0..<count`.
    var count: Int { firstStarts.count }

    init(ids: [Int32], expectedCount: Int) {
        self.ids = ids
        slots = HashSlots(expectedCount: expectedCount)
        firstStarts.reserveCapacity(expectedCount)
        firstCounts.reserveCapacity(expectedCount)
    }

    /// The id of each run of word indices, in order, new runs numbered as they come. Where
    /// `known` has an id (not -1), the caller knows the run's text already has that id.
    mutating func keys(of runs: [Range<Int>], known: [Int32]? = nil) -> [Int32] {
        var keys = known ?? [Int32](repeating: -1, count: runs.count)
        let hashes = ids.withUnsafeBufferPointer { ids in
            runs.indices.map { keys[$0] >= 0 ? 0 : Self.hash(UnsafeBufferPointer(rebasing: ids[runs[$0]])) }
        }
        var homes = [UInt64](repeating: 0, count: Self.batch)
        for batchStart in stride(from: 0, to: runs.count, by: Self.batch) {
            let batch = batchStart..<min(batchStart + Self.batch, runs.count)
            // The home slots of a batch are all read before any is looked at, so that their
            // cache misses overlap rather than come one after another.
            for run in batch where keys[run] < 0 { homes[run - batchStart] = slots.home(hashes[run]) }
            // Texts seen before the batch (the table does not change here) …
            for run in batch where keys[run] < 0 {
                if let id = find(runs[run], hash: hashes[run], home: homes[run - batchStart]) { keys[run] = Int32(id) }
            }
            // … then the others in order, each added unless an earlier one of the batch had its text.
            for run in batch where keys[run] < 0 {
                keys[run] = Int32(key(of: runs[run], hash: hashes[run]))
            }
        }
        return keys
    }

    /// Runs looked up together; enough to keep the memory system busy.
    private static let batch = 32

    /// The id of `run` if the table has its text; `home` is the content of its first slot.
    private func find(_ run: Range<Int>, hash: UInt32, home: UInt64) -> Int? {
        slots.find(hash, home: home) { same(run, as: $0) }.id
    }

    private mutating func key(of run: Range<Int>, hash: UInt32) -> Int {
        let found = slots.find(hash) { same(run, as: $0) }
        if let id = found.id { return id }
        let id = count
        slots.insert(hash, id: id, at: found.slot)
        firstStarts.append(Int32(run.lowerBound))
        firstCounts.append(Int32(run.count))
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
