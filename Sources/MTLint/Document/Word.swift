import CWordScan

/// A word as ICU's word break iterator sees it: letters, or a number such as "14.2".
public struct Word: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        case letters, number
    }

    // Two 32-bit offsets with the kind in the end's top bit: eight bytes a word, as a large
    // input has tens of millions of words and each table of them is touched page by page.
    private let startOffset: UInt32
    private let endAndKind: UInt32
    private static let numberBit: UInt32 = 1 << 31

    public init(_ range: Range<Int>, kind: Kind) {
        precondition(range.lowerBound >= 0 && range.upperBound < 1 << 31, "word offsets beyond 2 GB")
        startOffset = UInt32(truncatingIfNeeded: range.lowerBound)
        endAndKind = UInt32(truncatingIfNeeded: range.upperBound) | (kind == .number ? Self.numberBit : 0)
    }

    /// Whether a word is laid out as ``CWordScan`` writes one: the start, then the end with
    /// the number flag on top, so that the segmenter copies its words in batches.
    static let hasCWordScanLayout = MemoryLayout<Word>.stride == 8
        && MemoryLayout<Word>.offset(of: \Word.startOffset) == 0 && MemoryLayout<Word>.offset(of: \Word.endAndKind) == 4

    public var kind: Kind { endAndKind & Self.numberBit == 0 ? .letters : .number }

    /// How many of `words` are numbers: their kind bits added up, in a loop that is
    /// vectorized (counting by ``kind`` took 2 instructions a word).
    static func numberCount(_ words: UnsafeBufferPointer<Word>) -> Int {
        var count: UInt32 = 0
        for word in words { count &+= word.endAndKind >> 31 }
        return Int(count)
    }
    public var start: Int { Int(startOffset) }
    public var end: Int { Int(endAndKind & ~Self.numberBit) }
    public var range: Range<Int> { start..<end }
}

extension UnsafeBufferPointer {
    /// The first index at or after `start` whose element `isPast` accepts, or the count, where
    /// `isPast` accepts all elements from some index on: a walk of up to `walk` elements (four
    /// at a time: if the fourth is not past, neither are the three before it), then doubling
    /// steps and a binary search for the rest (a search alone mispredicted more than the walk
    /// cost). For walks that go on from one place to a later one.
    @inline(__always)
    func firstIndex(from start: Int, walking walk: Int, where isPast: (Element) -> Bool) -> Int {
        var low = start
        let walkEnd = Swift.min(start + walk, count)
        while low + 4 <= walkEnd && !isPast(self[low + 3]) { low += 4 }
        while low < walkEnd && !isPast(self[low]) { low += 1 }
        guard low == walkEnd && low < count else { return low }
        // Every element before `low` is not past.
        var step = 1
        var high = low
        while high < count && !isPast(self[high]) {
            low = high + 1
            high = low + step
            step *= 2
        }
        high = Swift.min(high, count)
        while low < high {
            let middle = (low + high) / 2
            if !isPast(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension UnsafeBufferPointer<Word> {
    /// The first word at or after `start` that ends after `offset` (word ends ascend), or the
    /// count: up to a line's worth of words walked, then a search.
    @inline(__always)
    func firstWord(endingAfter offset: Int, from start: Int) -> Int {
        firstIndex(from: start, walking: 32) { $0.end > offset }
    }
}

extension UnsafeBufferPointer<Int32> {
    /// Each element's row of `table` (every element must be a row of it): gathered in C,
    /// eight at a time, where a plain loop over buffers took four instructions an element
    /// (the term keys of the 5 MB head's words: 3.3 M) and `map` with bounds-checked
    /// lookups three times as many.
    func lookedUp(in table: UnsafeBufferPointer<Int32>) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: count) { output, initialized in
            output.populateForWriting()
            if let rows = baseAddress, let table = table.baseAddress, let output = output.baseAddress {
                mtl_gather_int32(table, rows, output, count)
            } else {
                precondition(isEmpty, "rows looked up in an empty table")
            }
            initialized = count
        }
    }
}
