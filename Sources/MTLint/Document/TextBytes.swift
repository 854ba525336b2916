/// A document's text as UTF-8 bytes: an array, or a read-only mapping of the input file
/// when its bytes are already the text (valid UTF-8 in NFC), which saves copying it.
///
/// Indices run from 0 to `count`, as an array's do; slices keep the indices of the whole.
/// (Sendable unchecked only for the pointer, which points into storage that is never written.)
public struct TextBytes: RandomAccessCollection, @unchecked Sendable {
    public typealias Element = UInt8
    public typealias Index = Int
    public typealias Indices = Range<Int>
    public typealias SubSequence = Slice<TextBytes>

    /// What owns the bytes: one reference either way, so a copy of this value costs what an
    /// array's does (a class holding either took an allocation more for each document).
    private let owner: Owner
    /// The first byte; read through directly, so subscripts cost what an array's do.
    private let base: UnsafePointer<UInt8>?
    public let count: Int

    /// The bytes of an array, without copying them.
    public init(_ array: [UInt8] = []) {
        owner = .array(array)
        // The owner holds the array unchanged, so its buffer neither moves nor is freed
        // while this value lives.
        base = array.withUnsafeBufferPointer { $0.baseAddress }
        count = array.count
    }

    /// The bytes of a file mapping, without copying them.
    init(_ mapping: FileMapping) {
        owner = .mapping(mapping)
        base = mapping.base
        count = mapping.count
    }

    /// Whether the bytes are a mapped file (not an array).
    public var isMapped: Bool {
        if case .mapping = owner { true } else { false }
    }

    /// Whether the bytes are a mapped file that no other process has asked to write since it
    /// was mapped (see ``FileMapping``): false for an array, or for a mapping that is now a
    /// private copy.
    var holdsLease: Bool {
        if case .mapping(let mapping) = owner { mapping.holdsLease } else { false }
    }

    /// The bytes as an array: the array itself when they are one, else a copy.
    public var bytes: [UInt8] {
        switch owner {
        case .array(let array): array
        case .mapping: Array(UnsafeBufferPointer(start: base, count: count))
        }
    }

    private enum Owner {
        case array([UInt8])
        case mapping(FileMapping)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public var indices: Range<Int> { 0..<count }

    @inline(__always)
    public subscript(position: Int) -> UInt8 {
        precondition(UInt(bitPattern: position) < UInt(bitPattern: count), "TextBytes index out of range")
        return base.unsafelyUnwrapped[position]
    }

    public subscript(bounds: Range<Int>) -> Slice<TextBytes> {
        precondition(bounds.lowerBound >= 0 && bounds.upperBound <= count, "TextBytes range out of bounds")
        return Slice(base: self, bounds: bounds)
    }

    @inline(__always) public func index(after i: Int) -> Int { i + 1 }
    @inline(__always) public func index(before i: Int) -> Int { i - 1 }
    @inline(__always) public func index(_ i: Int, offsetBy distance: Int) -> Int { i + distance }
    @inline(__always) public func distance(from start: Int, to end: Int) -> Int { end - start }

    /// Runs `body` with the bytes in one buffer.
    @inline(__always)
    public func withUnsafeBufferPointer<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    public func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        try withUnsafeBufferPointer { buffer throws -> R in try body(buffer) }
    }

    /// ``Swift/UnsafeBufferPointer/withBytes(_:)`` over the text's bytes.
    func withBytes<R>(_ body: (UnsafePointer<UInt8>, Int32) throws -> R) rethrows -> R {
        try withUnsafeBufferPointer { buffer throws -> R in try buffer.withBytes(body) }
    }
}

extension TextBytes: Equatable {
    public static func == (left: TextBytes, right: TextBytes) -> Bool {
        left.elementsEqual(right)
    }
}

extension TextBytes: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: UInt8...) {
        self.init(elements)
    }
}
