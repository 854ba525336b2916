/// A quick "certainly not" in front of a small set of words: one bit for each shape (the
/// length and the first two and last two bytes, mixed into sixteen bits) that some word of the
/// set has.
///
/// Every distinct word of a document is asked, and nearly none is in the set: the filter turns
/// most away with one load from an 8 KB table, before the word is hashed and a table probed.
/// (Length, first and last byte alone let a quarter of the peer subset's distinct words through
/// a filter of the glossary's words with their plurals and possessives; this shape, one in
/// twenty.)
struct WordShapeFilter {
    private var bits = [UInt64](repeating: 0, count: 1 << (Self.shapeBits - 6))
    private static let shapeBits = 16

    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) {
        let shape = Self.shape(bytes)
        bits[shape >> 6] |= 1 << UInt64(shape & 63)
    }

    /// False only for bytes no inserted word has the shape of.
    @inline(__always)
    func mayContain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let shape = Self.shape(bytes)
        return bits.withUnsafeBufferPointer { $0[shape >> 6] } & (1 << UInt64(shape & 63)) != 0
    }

    /// Calls `body`, in order, with each id of `words` (and its bytes) that the filter may
    /// contain. The ids are tested a block at a time by a function of their own: in one loop
    /// with the work on the few let through, the loop's variables did not fit in registers
    /// and were reloaded for every word.
    func forEachWord(mayContain words: ByteInterner, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        let count = words.count
        let blockSize = 256
        bits.withUnsafeBufferPointer { bits in
            words.arena.withUnsafeBufferPointer { arena in
                words.starts.withUnsafeBufferPointer { starts in
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: blockSize) { block in
                        let base = arena.baseAddress!
                        var blockStart = 0
                        while blockStart < count {
                            let blockEnd = min(blockStart &+ blockSize, count)
                            let found = Self.idsMayContained(blockStart..<blockEnd, bits: bits.baseAddress!, base: base, starts: starts.baseAddress!, into: block.baseAddress!)
                            for index in 0..<found {
                                let id = Int(block[index])
                                let start = Int(starts[id])
                                body(id, UnsafeBufferPointer(start: base + start, count: Int(starts[id + 1]) - start))
                            }
                            blockStart = blockEnd
                        }
                    }
                }
            }
        }
    }

    /// Writes to `found` the ids of `ids` whose words (`starts` into `base`) the filter's `bits`
    /// may contain, and returns their number.
    @inline(never)
    private static func idsMayContained(_ ids: Range<Int>, bits: UnsafePointer<UInt64>, base: UnsafePointer<UInt8>, starts: UnsafePointer<Int32>,
                                        into found: UnsafeMutablePointer<Int32>) -> Int {
        var count = 0
        var start = Int(starts[ids.lowerBound])
        for id in ids {
            let end = Int(starts[id &+ 1])
            let shape = shape(UnsafeBufferPointer(start: base + start, count: end &- start))
            if bits[shape &>> 6] & (1 &<< UInt64(shape & 63)) != 0 {
                found[count] = Int32(truncatingIfNeeded: id)
                count &+= 1
            }
            start = end
        }
        return count
    }

    /// The length and the first two and last two bytes (a word of one byte has it twice in
    /// each), multiplied into the top sixteen bits.
    @inline(__always)
    private static func shape(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        guard let base = bytes.baseAddress, count > 0 else { return 0 }
        let head: UInt64, tail: UInt64
        if count >= 2 {
            let raw = UnsafeRawPointer(base)
            head = UInt64(UInt16(littleEndian: raw.loadUnaligned(as: UInt16.self)))
            tail = UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 2, as: UInt16.self)))
        } else {
            head = UInt64(base[0]) &* 0x101
            tail = head
        }
        let mixed = (head | tail << 16 | UInt64(truncatingIfNeeded: count) << 32) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 48)
    }
}
