import CWordScan

/// Scans over bytes that skip plain ASCII, which nearly all of an English translation is, many
/// bytes at a time (in C, with SSE2 compares: Swift has no portable way to test the high bits
/// of a vector at once).
enum ByteScan {
    /// The offset of the first byte at or after `start` that is 0x80 or above, or the count.
    @inline(__always)
    static func firstNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count else { return max(start, bytes.count) }
        return mtl_first_non_ascii(base, start, bytes.count)
    }
}
