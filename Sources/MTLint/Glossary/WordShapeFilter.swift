/// A quick "certainly not" in front of a small set of words: one bit for each value of the top
/// sixteen bits of ``ByteInterner/hash(_:)`` that some word of the set has.
///
/// Every distinct word of a document is asked, and nearly none is in the set: the filter turns
/// most away with one load from an 8 KB table, before the word is looked up. A document's
/// word index keeps each term key's hash, so a walk over them reads one number a word instead
/// of hashing its bytes (peer subset: 211,000 words, 25 instructions each when their length and first and
/// last two bytes were mixed into the sixteen bits). One word in twenty of the peer subset
/// gets through a filter of the glossary's words with their plurals and possessives.
struct WordShapeFilter {
    private var bits = [UInt64](repeating: 0, count: 1 << (Self.hashBits - 6))
    private static let hashBits = 16

    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) {
        let bit = Self.bit(ByteInterner.hash(bytes))
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// False only for bytes no inserted word has the hash bits of.
    @inline(__always)
    func mayContain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let bit = Self.bit(ByteInterner.hash(bytes))
        return bits.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
    }

    /// Calls `body`, in order, with each id of `words` (and its bytes) that the filter may
    /// contain. The ids are tested a block at a time by a function of their own: in one loop
    /// with the work on the few let through, the loop's variables did not fit in registers
    /// and were reloaded for every word.
    func forEachWord(mayContain words: ByteInterner, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        let count = words.count
        let blockSize = 256
        // The hashes the interner kept (a document's term keys), else made here.
        let hashes = words.hashes.count == count ? words.hashes : (0..<count).map { id in
            words.bytes(Int32(id)).withUnsafeBufferPointer { ByteInterner.hash($0) }
        }
        bits.withUnsafeBufferPointer { bits in
            hashes.withUnsafeBufferPointer { hashes in
                words.arena.withUnsafeBufferPointer { arena in
                    words.starts.withUnsafeBufferPointer { starts in
                        withUnsafeTemporaryAllocation(of: Int32.self, capacity: blockSize) { block in
                            let base = arena.baseAddress!
                            var blockStart = 0
                            while blockStart < count {
                                let blockEnd = min(blockStart &+ blockSize, count)
                                let found = Self.idsMayContained(blockStart..<blockEnd, bits: bits.baseAddress!, hashes: hashes.baseAddress!, into: block.baseAddress!)
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
    }

    /// Writes to `found` the ids of `ids` whose words' `hashes` the filter's `bits` may
    /// contain, and returns their number.
    @inline(never)
    private static func idsMayContained(_ ids: Range<Int>, bits: UnsafePointer<UInt64>, hashes: UnsafePointer<UInt32>, into found: UnsafeMutablePointer<Int32>) -> Int {
        var count = 0
        for id in ids {
            let bit = bit(hashes[id])
            if bits[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0 {
                found[count] = Int32(truncatingIfNeeded: id)
                count &+= 1
            }
        }
        return count
    }

    /// The bit of a word whose hash is `hash`: its top sixteen bits.
    @inline(__always)
    private static func bit(_ hash: UInt32) -> Int {
        Int(truncatingIfNeeded: hash &>> (32 - UInt32(hashBits)))
    }
}
