import CICU

/// One ICU break iterator over a whole UTF-8 text that can jump to any offset and go on from
/// there, giving the same boundaries and rule statuses as iterating the text from its start.
/// Lets fast paths hand ICU only the stretches they cannot segment themselves, without
/// opening an iterator per stretch. Word and sentence kinds only. The bytes must outlive the
/// cursor; used on one thread.
final class BreakCursor {
    private let breaker: OpaquePointer
    /// The boundary the iterator stands on, or -1 before the first move and at the end.
    private(set) var position = -1
    /// ICU's rule status for the segment ending at `position`.
    private(set) var status: Int32 = 0

    init?(_ kind: Segmenter.Kind, text: UnsafeBufferPointer<UInt8>) {
        let prototype = kind == .sentence ? BreakPrototype.sentence : BreakPrototype.word
        guard kind == .word || kind == .sentence, let base = text.baseAddress, let handle = prototype.handle,
              let breaker = mtl_breaker_open_cloning(handle, base, Int32(text.count)) else {
            return nil
        }
        self.breaker = breaker
    }

    deinit { mtl_breaker_close(breaker) }

    /// Moves to the first boundary after `offset`; nil at the end of the text.
    func following(_ offset: Int) -> Int? {
        position = Int(mtl_breaker_following(breaker, Int32(offset), &status))
        return position < 0 ? nil : position
    }

    /// Moves to the next boundary; nil at the end of the text.
    func next() -> Int? {
        position = Int(mtl_breaker_next(breaker, &status))
        return position < 0 ? nil : position
    }
}
