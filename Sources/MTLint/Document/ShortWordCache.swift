/// A direct-mapped cache in front of a ``ByteInterner`` for words of one to sixteen bytes,
/// nearly all of an English text's words. A word of up to eight bytes, loaded as one machine
/// word with the bytes past its end cleared, is its own key (a word has no zero byte, so no
/// two words share one); a longer one is two such keys, its first eight bytes and the rest.
/// A hit costs a multiply and two or three loads from a table that stays in the L2 cache
/// instead of hashing the bytes and probing the interner's table, its arena and its offsets.
/// (Words of nine to sixteen bytes are a ninth of a long text's words but a few thousand
/// distinct ones, whose probes of a large interner missed the cache.)
struct ShortWordCache: ~Copyable {
    private let keys: UnsafeMutablePointer<UInt64>
    private let ids: UnsafeMutablePointer<Int32>
    /// Words of nine to sixteen bytes: their first eight bytes, the rest, and their ids.
    private let longHeads: UnsafeMutablePointer<UInt64>
    private let longTails: UnsafeMutablePointer<UInt64>
    private let longIDs: UnsafeMutablePointer<Int32>
    private let shift: UInt64
    private let longShift: UInt64

    /// Tables of 64 entries and up, about one for every eight words, so that a 10 KB article
    /// does not pay for zeroing large ones: up to 32,768 for the short words (384 KB, within
    /// the L2 cache) and 8,192 for the long ones, which are fewer. (With 8,192 short ones, the
    /// 100 MB file's words missed the cache one time in seven, and each miss waited for the
    /// interner's tables from memory: the walk took an eighth more time than now.)
    init(wordCount: Int) {
        var bits = 6
        while bits < 15 && 1 << (bits + 3) < wordCount { bits += 1 }
        shift = UInt64(64 - bits)
        let longBits = min(bits, 13)
        longShift = UInt64(64 - longBits)
        // A slot is recognized by its key, never zero for a word (nor a long word's head), so
        // only the keys and the heads need clearing: an id is read only after it is written.
        keys = .allocate(capacity: 1 << bits)
        keys.initialize(repeating: 0, count: 1 << bits)
        ids = .allocate(capacity: 1 << bits)
        longHeads = .allocate(capacity: 1 << longBits)
        longHeads.initialize(repeating: 0, count: 1 << longBits)
        longTails = .allocate(capacity: 1 << longBits)
        longIDs = .allocate(capacity: 1 << longBits)
    }

    deinit {
        keys.deallocate()
        ids.deallocate()
        longHeads.deallocate()
        longTails.deallocate()
        longIDs.deallocate()
    }

    /// The interned ids of `words` of the text `bytes`, written to `ids`: the walk over every
    /// word of a document, here so that the table's addresses stay in registers (read through
    /// the cache at every word, the 5 MB head took 11.6 M instructions more).
    func intern(_ words: Slice<UnsafeBufferPointer<Word>>, of bytes: UnsafeBufferPointer<UInt8>, into interner: inout ByteInterner.Inserter, ids output: UnsafeMutablePointer<Int32>) {
        // Up to sixteen bytes are loaded from a word's start: the words that start within
        // sixteen bytes of the text's end, a few at most, go apart, so that the others are
        // not checked for it one by one (3 instructions a word).
        var loadsFitEnd = words.endIndex
        while loadsFitEnd > words.startIndex && words[loadsFitEnd - 1].start + 16 > bytes.count { loadsFitEnd -= 1 }
        intern(words[..<loadsFitEnd], loadsFit: true, of: bytes, into: &interner, ids: output)
        intern(words[loadsFitEnd...], loadsFit: false, of: bytes, into: &interner, ids: output + (loadsFitEnd - words.startIndex))
    }

    /// ``intern(_:of:into:ids:)`` of `words`, which all start sixteen bytes or more before
    /// the text's end if `loadsFit`.
    @inline(__always)
    private func intern(
        _ words: Slice<UnsafeBufferPointer<Word>>, loadsFit: Bool, of bytes: UnsafeBufferPointer<UInt8>, into interner: inout ByteInterner.Inserter,
        ids output: UnsafeMutablePointer<Int32>
    ) {
        let keys = self.keys, ids = self.ids, shift = self.shift
        let text = bytes.baseAddress!
        var written = output
        for word in words {
            let start = word.start, count = word.end - start
            // Eight bytes are loaded from the word's start: not within eight bytes of the text's end.
            if count <= 8, count > 0, loadsFit || start + 8 <= bytes.count {
                let key = Self.key(text + start, count)
                let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
                if keys[slot] == key {
                    written.pointee = ids[slot]
                } else {
                    let id = interner.intern(word: key, count: count, hash: ByteInterner.hash(word: key, count: count))
                    keys[slot] = key
                    ids[slot] = id
                    written.pointee = id
                }
            } else {
                written.pointee = internLong(UnsafeBufferPointer(start: text + start, count: count), loadsFit: loadsFit, start, bytes.count, in: &interner)
            }
            written += 1
        }
    }

    /// The interned id of a word of nine bytes or more (only those up to sixteen are cached).
    @inline(__always)
    private func internLong(_ word: UnsafeBufferPointer<UInt8>, loadsFit: Bool, _ start: Int, _ textCount: Int, in interner: inout ByteInterner.Inserter) -> Int32 {
        let count = word.count
        // Sixteen bytes are loaded from the word's start.
        guard count > 8, count <= 16, loadsFit || start + 16 <= textCount else { return Self.internUncached(word, in: &interner) }
        let head = UnsafeRawPointer(word.baseAddress!).loadUnaligned(as: UInt64.self)
        let tail = Self.key(word.baseAddress! + 8, count - 8)
        let slot = Int(truncatingIfNeeded: ((head &+ tail &* 0x2545_F491_4F6C_DD1D) &* 0x9E37_79B9_7F4A_7C15) &>> longShift)
        if longHeads[slot] == head && longTails[slot] == tail { return longIDs[slot] }
        let id = Self.internMissed(word, head: head, in: &interner)
        longHeads[slot] = head
        longTails[slot] = tail
        longIDs[slot] = id
        return id
    }

    /// A long word's ``ByteInterner/Inserter/intern(_:)``, kept out of the walk over the words
    /// so that the walk stays small enough for the short words' one to be inlined into it:
    /// its call cost some 25 instructions a new short word (5 M of the peer subset's 554 M).
    @inline(never)
    private static func internUncached(_ word: UnsafeBufferPointer<UInt8>, in interner: inout ByteInterner.Inserter) -> Int32 {
        interner.intern(word)
    }

    /// ``internUncached(_:in:)`` of a word of nine to sixteen bytes whose first eight are
    /// `head`: hashed from them and its last eight, without the length tests of
    /// ``ByteInterner/hash(_:)``.
    @inline(never)
    private static func internMissed(_ word: UnsafeBufferPointer<UInt8>, head: UInt64, in interner: inout ByteInterner.Inserter) -> Int32 {
        let count = word.count
        let last = UnsafeRawPointer(word.baseAddress.unsafelyUnwrapped).loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
        return interner.intern(word, hash: ByteInterner.hash(first: head, last: last, count: count))
    }

    /// The `count` (1...8) bytes at `bytes` as one machine word, the bytes past them cleared.
    @inline(__always)
    private static func key(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        let loaded = UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self)
        // One shift of an all-ones mask: no branch or select for eight bytes.
        return loaded & (UInt64.max &>> (UInt64(truncatingIfNeeded: 8 &- count) &* 8))
    }
}
