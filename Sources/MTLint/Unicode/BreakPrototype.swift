import CICU

/// An ICU break iterator opened once per process and only ever cloned. Opening the English
/// sentence iterator with its abbreviation filter costs about 0.4 ms (4 s over 10,000 small
/// files); a clone costs next to nothing. ICU's clone is a const operation, safe to call from
/// any thread on a shared iterator, and nothing else touches the prototype.
final class BreakPrototype: @unchecked Sendable {
    static let word = BreakPrototype(.word)
    static let sentence = BreakPrototype(.sentence)

    let handle: OpaquePointer?

    private init(_ kind: Segmenter.Kind) {
        handle = mtl_break_prototype_open(kind.rawValue)
    }

    deinit { mtl_break_prototype_close(handle) }
}
