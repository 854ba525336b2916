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

    /// Binary controls and UTF-8 validity of a whole text, found in one pass.
    static func forDecoding(_ bytes: TextBytes) -> mtl_decoding_scan {
        var scan = mtl_decoding_scan()
        // An empty text may come without a buffer: the scan reads no byte of it.
        bytes.withUnsafeBufferPointer { mtl_scan_for_decoding($0.baseAddress, $0.count, &scan) }
        return scan
    }
}
