/// Word-at-a-time scans over bytes: eight bytes per step where a text is plain ASCII, which
/// nearly all of an English translation is.
enum ByteScan {
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first byte at or after `start` that is 0x80 or above, or the count.
    @inline(__always)
    static func firstNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        var index = start
        while index + 8 <= count {
            if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & highBits != 0 { break }
            index += 8
        }
        while index < count && base[index] < 0x80 { index += 1 }
        return index
    }
}
