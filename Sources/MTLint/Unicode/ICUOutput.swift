/// Calls an ICU-style function that returns the output length it needs, retrying once with a
/// buffer of that size. `body` receives the output pointer and capacity and returns the
/// needed length, or a negative value on error.
func icuOutput(
    initialCapacity: Int,
    _ body: (UnsafeMutablePointer<UInt8>, Int32) -> Int32
) -> [UInt8]? {
    var capacity = max(initialCapacity, 16)
    for _ in 0..<2 {
        var needed: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            needed = body(buffer.baseAddress!, Int32(capacity))
            count = needed >= 0 && Int(needed) <= capacity ? Int(needed) : 0
        }
        if needed < 0 { return nil }
        if Int(needed) <= capacity { return bytes }
        capacity = Int(needed) + 1
    }
    return nil
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Runs `body` with a pointer to the bytes (never nil, even when empty) and their count,
    /// as the C functions take them.
    func withBytes<R>(_ body: (UnsafePointer<UInt8>, Int32) throws -> R) rethrows -> R {
        if let base = baseAddress { return try body(base, Int32(count)) }
        var empty: UInt8 = 0
        return try body(&empty, 0)
    }
}

extension Array where Element == UInt8 {
    /// ``Swift/UnsafeBufferPointer/withBytes(_:)`` over the array's bytes.
    func withBytes<R>(_ body: (UnsafePointer<UInt8>, Int32) throws -> R) rethrows -> R {
        try withUnsafeBufferPointer { try $0.withBytes(body) }
    }
}

extension ArraySlice where Element == UInt8 {
    /// ``Swift/UnsafeBufferPointer/withBytes(_:)`` over the slice's bytes.
    func withBytes<R>(_ body: (UnsafePointer<UInt8>, Int32) throws -> R) rethrows -> R {
        try withUnsafeBufferPointer { try $0.withBytes(body) }
    }
}
