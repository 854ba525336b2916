/// A word as ICU's word break iterator sees it: letters, or a number such as "14.2".
public struct Word: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        case letters, number
    }

    // Int32 offsets keep the word table small on large inputs.
    let startOffset: Int32
    let endOffset: Int32
    public let kind: Kind

    public init(_ range: Range<Int>, kind: Kind) {
        startOffset = Int32(range.lowerBound)
        endOffset = Int32(range.upperBound)
        self.kind = kind
    }

    public var start: Int { Int(startOffset) }
    public var end: Int { Int(endOffset) }
    public var range: Range<Int> { start..<end }
}
