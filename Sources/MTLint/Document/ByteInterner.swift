import Glibc

/// Gives each distinct byte string a small integer id, in order of first appearance.
///
/// A document of 100 MB has some 17 million words but only tens of thousands of distinct
/// ones; the checks do their per-word work once per distinct word and keep only an id per
/// occurrence. Swift's `Dictionary` hashes with seeded SipHash through `Hasher` (three calls
/// per key) and needs the bytes copied into a key value; this open-addressing table hashes
/// the bytes in place, eight at a time, and stores them once in an arena.
struct ByteInterner {
    /// All distinct strings back to back; string `id` is `arena[starts[id]..<starts[id + 1]]`.
    /// Only the first ``byteCount`` bytes are strings: the rest is room, so that a new string
    /// is copied into place (`append(contentsOf:)` cost some 90 instructions a string, 3-4 %
    /// of the instructions checking small articles). The room is never read, so it is not
    /// cleared: zeroing it was a fifth of making a document's word index for a small article.
    private(set) var arena: [UInt8] = []
    /// How many bytes of the arena hold strings.
    private(set) var byteCount = 0
    /// Where each string starts, then where the last one ends (`count + 1` offsets); any
    /// further ones are zeroed room made by ``withInserter(room:bytes:_:)``.
    private(set) var starts: [Int32] = [0]
    /// Each string's ``hash(_:)`` by id, where its maker kept them (``keepHashes(_:)``), else
    /// empty: a walk over the strings (``WordShapeFilter``) reads a number a string instead of
    /// reading and hashing its bytes.
    private(set) var hashes: [UInt32] = []
    private(set) var count = 0
    private var slots: HashSlots

    /// A table sized for `expectedCount` strings; it grows as needed. Checks make several
    /// small ones for each article, so the default is small: zeroing a 16 KB table per
    /// interner was a tenth of the work of checking a one-line file.
    init(expectedCount: Int = 64, expectedBytes: Int = 0) {
        slots = HashSlots(expectedCount: expectedCount)
        arena = Self.room(count: max(expectedBytes, 64))
        starts.reserveCapacity(expectedCount + 1)
    }

    /// How many more strings fit before the table grows.
    var room: Int { slots.room }

    /// The bytes of string `id`.
    func bytes(_ id: Int32) -> ArraySlice<UInt8> {
        arena[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
    }

    /// String `id` as text.
    func string(_ id: Int32) -> String {
        String(decoding: bytes(id), as: UTF8.self)
    }

    /// The id of a run of word ids (its bytes), added if new: runs of words compared as one key.
    mutating func intern(ids: ArraySlice<Int32>) -> Int32 {
        ids.withUnsafeBytes { intern($0.assumingMemoryBound(to: UInt8.self)) }
    }

    /// The id of a run of word ids if it was interned.
    func find(ids: ArraySlice<Int32>) -> Int32? {
        ids.withUnsafeBytes { find($0.assumingMemoryBound(to: UInt8.self)) }
    }

    /// The id of `bytes`, added if new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(bytes)
        let found = probe(bytes, hash: hash)
        if let id = found.id { return Int32(id) }
        let id = count
        slots.insert(hash, id: id, at: found.slot)
        count += 1
        if byteCount + bytes.count > arena.count { growArena(toHold: bytes.count) }
        if !bytes.isEmpty {
            arena.withUnsafeMutableBufferPointer { arena in
                Self.copy(bytes, to: UnsafeMutableRawPointer(arena.baseAddress! + byteCount))
            }
        }
        byteCount += bytes.count
        if count < starts.count { starts[count] = Int32(byteCount) } else { starts.append(Int32(byteCount)) }
        if !hashes.isEmpty { hashes.append(hash) }
        return Int32(id)
    }

    /// Runs `body` with an ``Inserter``, which interns as ``intern(_:)`` does, for at most
    /// `strings` new strings of `bytes` bytes in all: the room is made beforehand, so that an
    /// insertion writes through pointers without checking the arrays' uniqueness or size
    /// (in short articles about half of all words are new, and those checks cost as much as
    /// the insertion).
    mutating func withInserter<Result>(room strings: Int, bytes: Int, _ body: (inout Inserter) -> Result) -> Result {
        // An insertion does not keep hashes: those kept are dropped.
        hashes = []
        // Offsets and ids are 32-bit: checked once here for all the room, not at each insertion.
        precondition(byteCount + bytes <= Int(Int32.max) && count + strings < Int(Int32.max), "an interner beyond 2 GB")
        slots.reserve(room: strings)
        // Eight bytes past the room, so that the inserter reads and writes a short string as
        // one machine word (``Inserter/intern(word:count:hash:)``).
        if byteCount + bytes + 8 > arena.count { growArena(toHold: bytes + 8) }
        if count + 1 + strings > starts.count {
            starts.append(contentsOf: repeatElement(0, count: max(starts.count, count + 1 + strings - starts.count)))
        }
        // The arrays are moved out for the while, so that the closures use them without `self`.
        var arena: [UInt8] = [], starts: [Int32] = []
        swap(&arena, &self.arena)
        swap(&starts, &self.starts)
        let countBefore = count, byteCountBefore = byteCount
        var countAfter = count, byteCountAfter = byteCount
        let result = slots.withUnsafeTable { table in
            arena.withUnsafeMutableBufferPointer { arena in
                starts.withUnsafeMutableBufferPointer { starts in
                    var inserter = Inserter(
                        table: table, arena: arena.baseAddress!, starts: starts.baseAddress!, count: countBefore, byteCount: byteCountBefore,
                        countLimit: countBefore + strings, byteLimit: byteCountBefore + bytes)
                    defer {
                        table = inserter.table
                        countAfter = inserter.count
                        byteCountAfter = inserter.byteCount
                    }
                    return body(&inserter)
                }
            }
        }
        swap(&arena, &self.arena)
        swap(&starts, &self.starts)
        count = countAfter
        byteCount = byteCountAfter
        return result
    }

    /// Keeps `hashes`, each string's ``hash(_:)`` by id, which its maker had at hand.
    mutating func keepHashes(_ hashes: [UInt32]) {
        precondition(hashes.count == count, "a hash for each string")
        self.hashes = hashes
    }

    /// `count` bytes of arena room, not cleared (a `UInt8` has no invalid values, and room is
    /// only read after a string is copied into it).
    private static func room(count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }

    /// Makes the arena room for `bytes` more bytes past ``byteCount``, at least doubling it;
    /// only the strings are copied over.
    private mutating func growArena(toHold bytes: Int) {
        let byteCount = self.byteCount
        let count = arena.count + max(arena.count, byteCount + bytes - arena.count)
        arena = arena.withUnsafeBufferPointer { old in
            [UInt8](unsafeUninitializedCapacity: count) { grown, initialized in
                if byteCount > 0 { UnsafeMutableRawPointer(grown.baseAddress!).copyMemory(from: old.baseAddress!, byteCount: byteCount) }
                initialized = count
            }
        }
    }

    /// Interns into a ``ByteInterner`` during ``withInserter(room:bytes:_:)``, within the room
    /// made, which is followed by eight bytes of arena at least. Offsets and ids are known to fit in 32 bits and the counts not to overflow, so the
    /// arithmetic is unchecked (the checks were some 20 of the ~90 instructions an insertion took).
    struct Inserter {
        fileprivate var table: HashSlots.UnsafeTable
        private let arena: UnsafeMutablePointer<UInt8>
        private let starts: UnsafeMutablePointer<Int32>
        fileprivate(set) var count: Int
        fileprivate(set) var byteCount: Int
        /// The room made: the counts may grow up to these.
        private let countLimit: Int
        private let byteLimit: Int

        fileprivate init(
            table: HashSlots.UnsafeTable, arena: UnsafeMutablePointer<UInt8>, starts: UnsafeMutablePointer<Int32>, count: Int, byteCount: Int,
            countLimit: Int, byteLimit: Int
        ) {
            self.table = table
            self.arena = arena
            self.starts = starts
            self.count = count
            self.byteCount = byteCount
            self.countLimit = countLimit
            self.byteLimit = byteLimit
        }

        /// The id of `bytes`, added if new.
        @inline(__always)
        mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
            intern(bytes, hash: ByteInterner.hash(bytes))
        }

        /// ``intern(_:)`` of `bytes` whose ``ByteInterner/hash(_:)`` is known: `hash`.
        @inline(__always)
        mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32 {
            let arena = self.arena, starts = self.starts
            let length = bytes.count
            let found = table.find(hash) { id in
                let start = Int(starts[id])
                return Int(starts[id &+ 1]) &- start == length
                    && (length == 0 || ByteInterner.equal(UnsafeRawPointer(arena + start), bytes))
            }
            if let id = found.id { return Int32(truncatingIfNeeded: id) }
            precondition(count < countLimit && byteCount &+ length <= byteLimit, "more than the room made")
            table.insert(hash, id: count, at: found.slot)
            if length > 0 { ByteInterner.copy(bytes, to: UnsafeMutableRawPointer(arena + byteCount)) }
            byteCount &+= length
            count &+= 1
            starts[count] = Int32(truncatingIfNeeded: byteCount)
            return Int32(truncatingIfNeeded: count &- 1)
        }

        /// ``intern(_:hash:)`` of the `count` (one to eight) bytes that `word` holds, loaded
        /// little-endian, the bytes past them zero (a ``ShortWordCache`` key): compared with a
        /// stored string and copied as one machine word, as every stored string and the room
        /// are followed by eight bytes of arena (the byte-wise compare and copy took some 10
        /// instructions more a new word).
        @inline(__always)
        mutating func intern(word: UInt64, count length: Int, hash: UInt32) -> Int32 {
            let arena = self.arena, starts = self.starts
            let kept = UInt64.max &>> (UInt64(truncatingIfNeeded: 8 &- length) &* 8)
            let found = table.find(hash) { id in
                let start = Int(starts[id])
                return Int(starts[id &+ 1]) &- start == length && UnsafeRawPointer(arena + start).loadUnaligned(as: UInt64.self) & kept == word
            }
            if let id = found.id { return Int32(truncatingIfNeeded: id) }
            precondition(count < countLimit && byteCount &+ length <= byteLimit, "more than the room made")
            table.insert(hash, id: count, at: found.slot)
            UnsafeMutableRawPointer(arena + byteCount).storeBytes(of: word, as: UInt64.self)
            byteCount &+= length
            count &+= 1
            starts[count] = Int32(truncatingIfNeeded: byteCount)
            return Int32(truncatingIfNeeded: count &- 1)
        }
    }

    /// The id of `bytes` if it was interned.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        probe(bytes, hash: Self.hash(bytes)).id.map(Int32.init)
    }

    /// ``find(_:)`` of `bytes` whose ``hash(_:)`` is `hash`, inlined: for callers that make
    /// many look-ups in a row (every prefix of the compound keys, the case variants' listed
    /// words with their hashes made once), where the call cost about a fifth of a look-up.
    /// (``find(_:)`` itself inlined everywhere cost more than it saved: peer subset +3.7 M.)
    @inline(__always)
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32? {
        probe(bytes, hash: hash).id.map { Int32(truncatingIfNeeded: $0) }
    }

    /// The id holding `bytes`, or the empty slot where they would go.
    @inline(__always)
    private func probe(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (id: Int?, slot: Int) {
        arena.withUnsafeBufferPointer { arena in
            starts.withUnsafeBufferPointer { starts in
                slots.find(hash) { id in
                    let start = Int(starts[id])
                    return Int(starts[id + 1]) - start == bytes.count
                        && (bytes.isEmpty || Self.equal(UnsafeRawPointer(arena.baseAddress! + start), bytes))
                }
            }
        }
    }

    /// Whether the `bytes.count` bytes at `stored` are `bytes` (not empty). Words are short: up
    /// to sixteen bytes are compared in two overlapping loads, without a call.
    @inline(__always)
    private static func equal(_ stored: UnsafeRawPointer, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        let other = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
        switch count {
        case 8...16:
            return stored.loadUnaligned(as: UInt64.self) == other.loadUnaligned(as: UInt64.self)
                && stored.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == other.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            return stored.loadUnaligned(as: UInt32.self) == other.loadUnaligned(as: UInt32.self)
                && stored.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self) == other.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
        case 1..<4:
            let first = stored.load(as: UInt8.self) == other.load(as: UInt8.self)
            return first && stored.load(fromByteOffset: count / 2, as: UInt8.self) == other.load(fromByteOffset: count / 2, as: UInt8.self)
                && stored.load(fromByteOffset: count - 1, as: UInt8.self) == other.load(fromByteOffset: count - 1, as: UInt8.self)
        default:
            return memcmp(stored, other, count) == 0
        }
    }

    /// Copies `bytes` (not empty) to `target`. Words are short: up to sixteen bytes go in two
    /// overlapping loads and stores, without a call to memmove.
    @inline(__always)
    private static func copy(_ bytes: UnsafeBufferPointer<UInt8>, to target: UnsafeMutableRawPointer) {
        let count = bytes.count
        let source = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
        switch count {
        case 8...16:
            let head = source.loadUnaligned(as: UInt64.self), tail = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            let head = source.loadUnaligned(as: UInt32.self), tail = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        case 1..<4:
            let first = source.load(as: UInt8.self), middle = source.load(fromByteOffset: count / 2, as: UInt8.self)
            let last = source.load(fromByteOffset: count - 1, as: UInt8.self)
            target.storeBytes(of: first, as: UInt8.self)
            target.storeBytes(of: middle, toByteOffset: count / 2, as: UInt8.self)
            target.storeBytes(of: last, toByteOffset: count - 1, as: UInt8.self)
        default:
            target.copyMemory(from: source, byteCount: count)
        }
    }

    /// A hash good enough to spread words over a table, and not exposed to hash flooding (the
    /// table only lives for one document). Words are short: up to eight bytes are gathered
    /// into one machine word (``hash(word:count:)``), up to sixteen read in two overlapping
    /// loads, and mixed by one full-width multiply whose halves are folded together (a
    /// multiply-xorshift chain cost some 10 instructions a string more, 0.7 % of checking the
    /// peer subset); longer strings go eight bytes at a time.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let count = bytes.count
        guard let base = bytes.baseAddress, count > 0 else { return hash(word: 0, count: 0) }
        let raw = UnsafeRawPointer(base)
        if count > 8 {
            if count > 16 { return longHash(raw, count: count, seed: 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)) }
            return hash(first: raw.loadUnaligned(as: UInt64.self), last: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self), count: count)
        }
        // The bytes as one little-endian machine word, from loads that stay within them: two
        // overlapping ones of four bytes, or the first, middle and last byte under four (which
        // are all of them).
        let word: UInt64
        if count == 8 {
            word = raw.loadUnaligned(as: UInt64.self)
        } else if count >= 4 {
            let low = UInt64(raw.loadUnaligned(as: UInt32.self))
            let high = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            word = low | high << (8 * (count - 4))
        } else {
            word = UInt64(base[0]) | UInt64(base[count / 2]) << (8 * (count / 2)) | UInt64(base[count - 1]) << (8 * (count - 1))
        }
        return hash(word: word, count: count)
    }

    /// ``hash(_:)`` of `count` (at most eight) bytes given as one little-endian machine word,
    /// the bytes past them zero: a caller that has the word at hand (``ShortWordCache``, whose
    /// key it is) hashes without reading the bytes again (some 20 instructions a new word).
    @inline(__always)
    static func hash(word: UInt64, count: Int) -> UInt32 {
        let seed: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        let product = (word ^ seed).multipliedFullWidth(by: 0xBF58_476D_1CE4_E5B9)
        let folded = product.high ^ product.low
        return UInt32(truncatingIfNeeded: folded ^ folded >> 32)
    }

    /// ``hash(_:)`` of `count` (nine to sixteen) bytes given as their first eight and their
    /// last eight, loaded little-endian.
    @inline(__always)
    static func hash(first: UInt64, last: UInt64, count: Int) -> UInt32 {
        let seed: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        let product = (first ^ seed).multipliedFullWidth(by: last ^ 0xBF58_476D_1CE4_E5B9)
        let folded = product.high ^ product.low
        return UInt32(truncatingIfNeeded: folded ^ folded >> 32)
    }

    /// ``hash(_:)`` of more than sixteen bytes: a multiply-xorshift over eight-byte words.
    private static func longHash(_ raw: UnsafeRawPointer, count: Int, seed: UInt64) -> UInt32 {
        var state = seed
        var offset = 0
        while offset + 8 < count {
            state = (state ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            state ^= state >> 29
            offset += 8
        }
        // The last one to eight bytes, in a load that may overlap the previous one.
        state = (state ^ raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
        state ^= state >> 32
        state = state &* 0x94D0_49BB_1331_11EB
        state ^= state >> 29
        return UInt32(truncatingIfNeeded: state)
    }
}
