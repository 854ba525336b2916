import Synchronization

/// Reports written out as one JSON array (``JSONReportArray``'s bytes), in input order, while
/// workers finish them in any order. The report whose turn it is goes out as it is encoded,
/// in pieces; one finished early waits, encoded, until those before it are out. So the
/// output starts with the first report, and a batch holds only the reports finished ahead
/// of their turn, not every report's JSON until the end.
public final class OrderedJSONArray: Sendable {
    private struct State {
        /// The index whose turn it is. It moves on only once that element is out, so one
        /// thread at a time writes: the one that encoded it in its turn, or the one that took
        /// it from the waiting ones.
        var next = 0
        var waiting: [Int: [UInt8]] = [:]
    }

    private let state = Mutex(State())
    private let emit: @Sendable (UnsafeRawBufferPointer) -> Void

    /// `emit` receives the array's bytes in order, from one thread at a time.
    public init(emit: @escaping @Sendable (UnsafeRawBufferPointer) -> Void) {
        self.emit = emit
    }

    /// Writes element `index` (each index once): `encode` writes its bytes to the function it
    /// is given, in pieces or at once.
    public func write(index: Int, encode: ((UnsafeRawBufferPointer) -> Void) -> Void) {
        if state.withLock({ $0.next == index }) {
            emitSeparator(before: index)
            encode(emit)
            state.withLock { $0.next = index + 1 }
        } else {
            var bytes: [UInt8] = []
            encode { bytes.append(contentsOf: $0) }
            state.withLock { $0.waiting[index] = bytes }
        }
        writeWaiting()
    }

    /// Ends the array, once every element is written (`count` of them).
    public func finish(count: Int) {
        writeWaiting()
        let literal: StaticString = count == 0 ? "[]\n" : "\n]\n"
        literal.withUTF8Buffer { emit(UnsafeRawBufferPointer($0)) }
    }

    /// Writes the waiting reports whose turn has come (if the one before is still being
    /// written, its writer comes here when it is done).
    private func writeWaiting() {
        while true {
            let taken: (index: Int, bytes: [UInt8])? = state.withLock { state in
                state.waiting.removeValue(forKey: state.next).map { (state.next, $0) }
            }
            guard let taken else { return }
            emitSeparator(before: taken.index)
            taken.bytes.withUnsafeBytes(emit)
            state.withLock { $0.next = taken.index + 1 }
        }
    }

    private func emitSeparator(before index: Int) {
        let separator: StaticString = index == 0 ? "[\n  " : ",\n  "
        separator.withUTF8Buffer { emit(UnsafeRawBufferPointer($0)) }
    }
}
