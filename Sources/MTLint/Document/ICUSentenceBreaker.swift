import CICU

/// ICU's English sentence iterator (with its abbreviation filter), cloned from the shared
/// prototype and run over one paragraph at a time as UTF-16 (through CICU). Not thread-safe:
/// one per segmenting call.
final class ICUSentenceBreaker {
    private let breaker: OpaquePointer
    private var output: [Int32] = []

    /// Nil if ICU cannot open the iterator.
    init?() {
        guard let prototype = BreakPrototype.sentence.handle, let breaker = mtl_sentence_breaker_open(prototype) else {
            return nil
        }
        self.breaker = breaker
    }

    deinit { mtl_sentence_breaker_close(breaker) }

    /// Appends the offsets after each sentence of `text` (the last one `text.count`) to
    /// `boundaries`; false if ICU fails (text that is not well-formed UTF-8).
    func boundaries(_ text: UnsafeBufferPointer<UInt8>, into boundaries: inout [Int]) -> Bool {
        guard let base = text.baseAddress else { return true }
        if output.count < text.count + 1 { output = [Int32](repeating: 0, count: text.count + 1) }
        let count = output.withUnsafeMutableBufferPointer { out in
            Int(mtl_sentence_boundaries(breaker, base, Int32(text.count), out.baseAddress!))
        }
        guard count >= 0 else { return false }
        boundaries += output[..<count].lazy.map { Int($0) }
        return true
    }
}
