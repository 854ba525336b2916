import Glibc

/// Gives each distinct run of word keys (a sentence's, a line's or a paragraph's words) a small
/// integer id, in order of first appearance: equal texts get equal ids.
///
/// Unlike interning the runs' bytes, nothing is copied: a run is a range of word indices into
/// the document's key ids, and the table keeps, for each id, the range where it was first
/// seen; runs with equal hashes are compared in place. The probes miss the cache (a 20 MB text
/// has some 450,000 runs, nearly all different, and an 8 MB table), so every run is hashed
/// first and the probes then go in batches whose misses overlap.
///
/// A word is in up to three runs (its paragraph, its line, its sentence), so runs are hashed
/// from polynomial hashes of the document's prefixes, each word's id folded in once: a run's
/// hash then costs a few instructions whatever its length.
struct WordRunKeys {
    /// The key id of every word of the document.
    private let ids: [Int32]
    /// The polynomial hash (modulo 2^32) of the first `i` ids, at `i`: `prefixHashes[i + 1]`
    /// is `prefixHashes[i] * base + ids[i]`.
    private let prefixHashes: [UInt32]
    /// The first run seen of each id: where its words start, and how many there are.
    private var firstStarts: [Int32] = []
    private var firstCounts: [Int32] = []
    private var slots: HashSlots

    /// How many distinct runs there are; ids are `0..<count`.
    var count: Int { firstStarts.count }

    init(ids: [Int32], expectedCount: Int) {
        self.ids = ids
        prefixHashes = [UInt32](unsafeUninitializedCapacity: ids.count + 1) { prefixes, initialized in
            var state: UInt32 = 0
            prefixes[0] = 0
            for (index, id) in ids.enumerated() {
                state = state &* Self.base &+ UInt32(bitPattern: id)
                prefixes[index + 1] = state
            }
            initialized = ids.count + 1
        }
        slots = HashSlots(expectedCount: expectedCount)
        firstStarts.reserveCapacity(expectedCount)
        firstCounts.reserveCapacity(expectedCount)
    }

    /// The id of each run of word indices, in order, new runs numbered as they come. Where
    /// `known` has an id (not -1), the caller knows the run's text already has that id.
    mutating func keys(of runs: [Range<Int>], known: [Int32]? = nil) -> [Int32] {
        var keys = known ?? [Int32](repeating: -1, count: runs.count)
        let hashes = prefixHashes.withUnsafeBufferPointer { prefixes in
            Self.basePowers.withUnsafeBufferPointer { powers in
                runs.indices.map { keys[$0] >= 0 ? 0 : Self.hash(of: runs[$0], prefixHashes: prefixes, powers: powers) }
            }
        }
        var homes = [UInt64](repeating: 0, count: Self.batch)
        keys.withUnsafeMutableBufferPointer { keys in
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

    /// The odd multiplier of the prefix hashes.
    private static let base: UInt32 = 0x9E37_79B1

    /// `base` to the powers below 256 (runs longer than that, whole paragraphs, are rare).
    private static let basePowers: [UInt32] = Array(sequence(first: 1 as UInt32) { $0 &* base }.prefix(256))

    /// `base` to the power `exponent`, modulo 2^32; `powers` is `basePowers`' storage.
    @inline(__always)
    private static func basePower(_ exponent: Int, powers: UnsafeBufferPointer<UInt32>) -> UInt32 {
        if exponent < powers.count { return powers[exponent] }
        var (result, square, rest): (UInt32, UInt32, Int) = (1, base, exponent)
        while rest > 0 {
            if rest & 1 == 1 { result = result &* square }
            square = square &* square
            rest >>= 1
        }
        return result
    }

    /// The polynomial hash of `run`'s ids (from the prefix hashes at its ends) and its length,
    /// mixed by a 64-bit multiply-xorshift so that the slot index, its low bits, depends on
    /// every bit; equal hashes are always confirmed by comparing the runs.
    @inline(__always)
    private static func hash(of run: Range<Int>, prefixHashes: UnsafeBufferPointer<UInt32>, powers: UnsafeBufferPointer<UInt32>) -> UInt32 {
        let polynomial = prefixHashes[run.upperBound] &- prefixHashes[run.lowerBound] &* basePower(run.count, powers: powers)
        var state = UInt64(polynomial) | UInt64(truncatingIfNeeded: run.count) << 32
        state = (state ^ (state >> 31)) &* 0xBF58_476D_1CE4_E5B9
        state = (state ^ (state >> 29)) &* 0x94D0_49BB_1331_11EB
        return UInt32(truncatingIfNeeded: state ^ (state >> 32))
    }
}
