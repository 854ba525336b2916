/// A list of ranges of offsets below 4 GB (byte offsets into a document, indices of its
/// words), each kept as two 32-bit bounds: eight bytes a range, not a `Range<Int>`'s sixteen.
/// A 100 MB text has a million sentences and as many lines and blocks, and the kernel's page
/// faults cost in proportion to the memory a run touches (about 60 ms per 100 MB).
public struct CompactRanges: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable, Equatable {
    /// One range's bounds.
    public struct Bounds: Sendable, Equatable {
        public let lowerBound: UInt32
        public let upperBound: UInt32

        @inline(__always)
        init(_ range: Range<Int>) {
            // Both bounds at once: a negative one has its top bits set.
            precondition(UInt(bitPattern: range.lowerBound | range.upperBound) <= UInt(UInt32.max), "offsets beyond 4 GB")
            lowerBound = UInt32(truncatingIfNeeded: range.lowerBound)
            upperBound = UInt32(truncatingIfNeeded: range.upperBound)
        }

        public var isEmpty: Bool { lowerBound == upperBound }

        /// The range these bounds keep.
        @inline(__always)
        public var range: Range<Int> { Range(uncheckedBounds: (Int(lowerBound), Int(upperBound))) }
    }

    private var bounds: [Bounds]

    public init() { bounds = [] }

    public init(_ ranges: some Sequence<Range<Int>>) { bounds = ranges.map(Bounds.init) }

    public init(arrayLiteral ranges: Range<Int>...) { self.init(ranges) }

    /// A list of `capacity` ranges at most, written by `initializer` through a buffer (as
    /// `Array(unsafeUninitializedCapacity:initializingWith:)`: it sets how many it wrote).
    init(unsafeUninitializedCapacity capacity: Int, initializingWith initializer: (inout UnsafeMutableBufferPointer<Bounds>, inout Int) -> Void) {
        bounds = [Bounds](unsafeUninitializedCapacity: capacity, initializingWith: initializer)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { bounds.count }

    @inline(__always)
    public subscript(position: Int) -> Range<Int> { bounds[position].range }

    mutating func append(_ range: Range<Int>) { bounds.append(Bounds(range)) }

    mutating func append(contentsOf other: CompactRanges) { bounds += other.bounds }

    mutating func reserveCapacity(_ capacity: Int) { bounds.reserveCapacity(capacity) }

    /// Calls `body` with the bounds' storage, for walks over millions of ranges.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Bounds>) throws -> Result) rethrows -> Result {
        try bounds.withUnsafeBufferPointer(body)
    }
}
