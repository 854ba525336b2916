/// A quick "certainly not" in front of a small vocabulary: one bit for each shape (length,
/// first byte and last byte, each cut to a few bits) that some vocabulary word has.
///
/// Every distinct word of a document is looked up among the glossary's words, and nearly
/// none is there: the filter turns most away with one load from an 8 KB table, before the
/// word is hashed and the vocabulary's table probed.
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

    /// Length (four bits), first and last byte (six bits each).
    @inline(__always)
    private static func shape(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        return (bytes.count & 15) << 12 | Int(first & 63) << 6 | Int(last & 63)
    }
}
