/// A direct-mapped cache in front of a ``ByteInterner`` for words of one to eight bytes, which
/// are most of an English text's words. Such a word, loaded as one machine word with the bytes
/// past its end cleared, is its own key (a word has no zero byte, so no two words share one),
/// and a hit costs a multiply and two loads from a table that stays in the L2 cache instead
/// of hashing the bytes and probing the interner's table, its arena and its offsets.
struct ShortWordCache: ~Copyable {
    private let keys: UnsafeMutablePointer<UInt64>
    private let ids: UnsafeMutablePointer<Int32>
    private let shift: UInt64

    /// A table of 64 to 8192 entries (96 KB, within the L2 cache), about one for every eight
    /// words: a 10 KB article does not pay for zeroing a large one.
    init(wordCount: Int) {
        var bits = 6
        while bits < 13 && 1 << (bits + 3) < wordCount { bits += 1 }
        shift = UInt64(64 - bits)
        keys = .allocate(capacity: 1 << bits)
        keys.initialize(repeating: 0, count: 1 << bits)
        ids = .allocate(capacity: 1 << bits)
        ids.initialize(repeating: 0, count: 1 << bits)
    }

    deinit {
        keys.deallocate()
        ids.deallocate()
    }

    /// The interned id of the word at `start..<end` of `bytes`.
    @inline(__always)
    func intern(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, in interner: inout ByteInterner) -> Int32 {
        let count = end - start
        let word = UnsafeBufferPointer(start: bytes.baseAddress! + start, count: count)
        // Eight bytes are loaded from the word's start: not within eight bytes of the text's end.
        guard count <= 8, count > 0, start + 8 <= bytes.count else { return interner.intern(word) }
        let loaded = UnsafeRawPointer(word.baseAddress!).loadUnaligned(as: UInt64.self)
        let key = count == 8 ? loaded : loaded & ((1 << (UInt64(count) * 8)) - 1)
        let slot = Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        if keys[slot] == key { return ids[slot] }
        let id = interner.intern(word)
        keys[slot] = key
        ids[slot] = id
        return id
    }
}
