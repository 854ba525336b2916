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
/// A word is in up to three runs (its paragraph, its line, its sentence). Runs are hashed
/// polynomially, and a paragraph followed by its lines takes its hash from theirs, so most
/// words are folded in once. (Hashes from a table of the document's prefix hashes cost as
/// many instructions and four bytes a word: 66 MB on a 100 MB text.)
struct WordRunKeys {
    /// The key id of every word of the document.
    private let ids: [Int32]
    /// The first run seen of each id: where its words start, and how many there are.
    /// (In one list rather than two: an allocation a document less.)
    private var firstRuns: [(start: Int32, count: Int32)] = []
    private var slots: HashSlots

    /// How many distinct runs there are; ids are `0..<count`.
    var count: Int { firstRuns.count }

    init(ids: [Int32], expectedCount: Int) {
        self.ids = ids
        slots = HashSlots(expectedCount: expectedCount)
        firstRuns.reserveCapacity(expectedCount)
    }

    /// The id of each run of word indices, in order, new runs numbered as they come.
    mutating func keys(of runs: CompactRanges) -> [Int32] {
        var keys = [Int32](repeating: -1, count: runs.count)
        lookUp(runs, hashes: Self.hashes(of: runs, ids: ids), at: runs.indices, keys: &keys)
        return keys
    }

    /// An id for each of `runs` that may share its text with another of them, equal ids for
    /// equal texts, numbered in order of first appearance; -1 for runs no other run has the
    /// text of (a run with an id may still be alone). `count`: how many ids there are.
    ///
    /// Nearly every paragraph, line and sentence of a text is said once: their hashes are
    /// first counted in a filter of two bits a bucket, eight buckets a run, and a run alone in
    /// its bucket needs no probe, no slot and no entry. Only the others (on the 5 MB head, 8,100
    /// of 54,800) are looked up in the table, which is sized for them alone, and so are the
    /// caller's tables by id.
    static func sharedKeys(ids: [Int32], runs: CompactRanges) -> (keys: [Int32], count: Int) {
        let hashes = hashes(of: runs, ids: ids)
        let bucketBits = min(32, max(6, Int.bitWidth - (runs.count * 8).leadingZeroBitCount))
        let shift = UInt32(32 - bucketBits)
        // The buckets seen, then the buckets seen again, in one allocation (two arrays cost an
        // allocation a document more, on the peer subset's 300 small documents).
        let filterWords = 1 << (bucketBits - 6)
        var filter = [UInt64](repeating: 0, count: 2 * filterWords)
        filter.withUnsafeMutableBufferPointer { filter in
            let repeated = filter.baseAddress! + filterWords
            for hash in hashes {
                let bucket = Int(hash >> shift)
                let word = bucket >> 6, bit: UInt64 = 1 << UInt64(bucket & 63)
                repeated[word] |= filter[word] & bit
                filter[word] |= bit
            }
        }
        var keys = [Int32](repeating: -1, count: runs.count)
        // The shared runs' indices, counted first so that the list is allocated once (grown
        // as it was filled, it took thirteen reallocations a document of the peer subset).
        // The runs and their hashes are looked up where they are: copies of the shared ones
        // cost three allocations a document (peer subset, 300 documents: 1 M instructions).
        var sharedIndices: [Int32] = []
        filter.withUnsafeBufferPointer { filter in
            let repeated = filter.baseAddress! + filterWords
            let isShared = { (hash: UInt32) in
                let bucket = Int(hash >> shift)
                return repeated[bucket >> 6] & 1 << UInt64(bucket & 63) != 0
            }
            var count = 0
            for hash in hashes where isShared(hash) { count += 1 }
            sharedIndices.reserveCapacity(count)
            for (index, hash) in hashes.enumerated() where isShared(hash) { sharedIndices.append(Int32(index)) }
        }
        // No two runs share a bucket in some small documents (8 of the peer subset's 300):
        // then there is no table to make.
        guard !sharedIndices.isEmpty else { return (keys, 0) }
        // Made for the shared runs alone, once they are known.
        var table = WordRunKeys(ids: ids, expectedCount: sharedIndices.count)
        table.lookUp(runs, hashes: hashes, at: sharedIndices, keys: &keys)
        return (keys, table.count)
    }

    /// The hash of each run. A run that the runs right after it tile from its start (a
    /// paragraph, then its lines) gets its polynomial from theirs: its words are not folded
    /// in a second time.
    private static func hashes(of runs: CompactRanges, ids: [Int32]) -> [UInt32] {
        // Every run's hash is written (a tiled run's parts' too): through a buffer, not zeroed first.
        [UInt32](unsafeUninitializedCapacity: runs.count) { hashes, initialized in
            ids.withUnsafeBufferPointer { ids in
                Self.basePowers.withUnsafeBufferPointer { powers in
                    runs.withUnsafeBufferPointer { runs in
                        var index = 0
                        while index < runs.count {
                            let run = runs[index].range
                            var part = index + 1
                            var covered = run.lowerBound
                            var polynomial: UInt32 = 0
                            while part < runs.count && covered < run.upperBound && Int(runs[part].lowerBound) == covered && Int(runs[part].upperBound) <= run.upperBound {
                                let partRun = runs[part].range
                                let partPolynomial = Self.polynomial(of: partRun, ids: ids)
                                hashes[part] = Self.mix(partPolynomial, count: partRun.count)
                                polynomial = polynomial &* Self.basePower(partRun.count, powers: powers) &+ partPolynomial
                                covered = partRun.upperBound
                                part += 1
                            }
                            if covered == run.upperBound && part > index + 1 {
                                hashes[index] = Self.mix(polynomial, count: run.count)
                                index = part
                            } else {
                                // Not tiled after all: the parts hashed are hashed again as runs of their own.
                                hashes[index] = Self.mix(Self.polynomial(of: run, ids: ids), count: run.count)
                                index += 1
                            }
                        }
                    }
                }
            }
            initialized = runs.count
        }
    }

    /// Fills in the id of each run at `positions` (indices into `runs`, `hashes` and `keys`)
    /// whose key is -1, numbering new texts as they come.
    private mutating func lookUp<Positions: RandomAccessCollection>(_ runs: CompactRanges, hashes: [UInt32], at positions: Positions, keys: inout [Int32])
    where Positions.Element: BinaryInteger, Positions.Index == Int {
        // On the stack: an array cost an allocation a document.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.batch) { homes in
            keys.withUnsafeMutableBufferPointer { keys in
                let first = positions.startIndex
                for batchStart in stride(from: first, to: positions.endIndex, by: Self.batch) {
                    let batch = batchStart..<min(batchStart + Self.batch, positions.endIndex)
                    // The home slots of a batch are all read before any is looked at, so that their
                    // cache misses overlap rather than come one after another.
                    for slot in batch {
                        let run = Int(positions[slot])
                        if keys[run] < 0 { homes[slot - batchStart] = slots.home(hashes[run]) }
                    }
                    // Texts seen before the batch (the table does not change here) …
                    for slot in batch {
                        let run = Int(positions[slot])
                        if keys[run] < 0, let id = find(runs[run], hash: hashes[run], home: homes[slot - batchStart]) { keys[run] = Int32(id) }
                    }
                    // … then the others in order, each added unless an earlier one of the batch had its text.
                    for slot in batch {
                        let run = Int(positions[slot])
                        if keys[run] < 0 { keys[run] = Int32(key(of: runs[run], hash: hashes[run])) }
                    }
                }
            }
        }
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
        firstRuns.append((Int32(run.lowerBound), Int32(run.count)))
        return id
    }

    /// Whether `run` holds the same word keys as the first run of `id`.
    private func same(_ run: Range<Int>, as id: Int) -> Bool {
        let length = Int(firstRuns[id].count)
        guard length == run.count else { return false }
        guard length > 0 else { return true }
        let first = Int(firstRuns[id].start)
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

    /// The polynomial hash (modulo 2^32) of `run`'s ids: each id added to the sum so far
    /// times `base`.
    @inline(__always)
    private static func polynomial(of run: Range<Int>, ids: UnsafeBufferPointer<Int32>) -> UInt32 {
        var state: UInt32 = 0
        for index in run { state = state &* base &+ UInt32(bitPattern: ids[index]) }
        return state
    }

    /// A run's polynomial hash and its length, mixed by a 64-bit multiply-xorshift so that the
    /// slot index, its low bits, depends on every bit; equal hashes are always confirmed by
    /// comparing the runs.
    @inline(__always)
    private static func mix(_ polynomial: UInt32, count: Int) -> UInt32 {
        var state = UInt64(polynomial) | UInt64(truncatingIfNeeded: count) << 32
        state = (state ^ (state >> 31)) &* 0xBF58_476D_1CE4_E5B9
        state = (state ^ (state >> 29)) &* 0x94D0_49BB_1331_11EB
        return UInt32(truncatingIfNeeded: state ^ (state >> 32))
    }
}
