import CICU

/// ICU break iteration over UTF-8 text. Offsets are UTF-8 byte offsets.
public enum Segmenter {
    public enum Kind: Int32, Sendable {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    /// Calls `visit(start, end, ruleStatus)` for every segment of `bytes[range]`, with offsets
    /// relative to the start of `bytes`.
    public static func segments(
        _ kind: Kind, in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>,
        _ visit: (Int, Int, Int32) -> Void
    ) {
        guard !range.isEmpty, let base = bytes.baseAddress else { return }
        let prototype = kind == .sentence ? BreakPrototype.sentence.handle : kind == .word ? BreakPrototype.word.handle : nil
        let opened = prototype.map { mtl_breaker_open_cloning($0, base + range.lowerBound, Int32(range.count)) }
            ?? mtl_breaker_open(kind.rawValue, base + range.lowerBound, Int32(range.count))
        guard let breaker = opened else {
            visit(range.lowerBound, range.upperBound, 0)
            return
        }
        defer { mtl_breaker_close(breaker) }
        var start = 0
        var status: Int32 = 0
        while true {
            let boundary = mtl_breaker_next(breaker, &status)
            if boundary < 0 { break }
            visit(range.lowerBound + start, range.lowerBound + Int(boundary), status)
            start = Int(boundary)
        }
    }
}
