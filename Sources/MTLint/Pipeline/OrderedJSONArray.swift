import Synchronization

/// Reports written out as one JSON array (the bytes of
/// ``JSONReportWriter/encode(_:)-([Report])``), in input order, while workers finish them in
/// any order. The report whose turn it is goes out as it is encoded, in pieces; one finished
/// early waits, encoded, until those before it are out. So a batch holds only the reports
/// finished ahead of their turn, not every report's JSON until the end.
public final class OrderedJSONArray: Sendable {
    private struct State {
        /// The index whose turn it is. It moves on only once that element is out, so one
        /// thread at a time writes: the one that encoded it in its turn, or the one that took
        /// it from the waiting ones.
        var next = 0
        var waiting: [Int: [UInt8]] = [:]
    }

    private let state = Mutex(State())
    /// Bytes gathered for `output`: small reports go out in pieces of about this size, not
    /// in a write each (a batch of short articles made thousands of system calls).
    private let pending = Mutex<[UInt8]>([])
    private let gathered: Int
    private let output: @Sendable (UnsafeRawBufferPointer) -> Void

    /// `output` receives the array's bytes in order, from one thread at a time, in pieces of
    /// about `gathered` bytes.
    public init(gathered: Int = 1 << 16, output: @escaping @Sendable (UnsafeRawBufferPointer) -> Void) {
        self.gathered = gathered
        self.output = output
    }

    /// Passes `bytes` on once enough are gathered (only the writer whose turn it is calls this).
    private func emit(_ bytes: UnsafeRawBufferPointer) {
        pending.withLock { pending in
            if pending.count + bytes.count < gathered {
                pending.append(contentsOf: bytes)
                return
            }
            if !pending.isEmpty {
                pending.withUnsafeBytes(output)
                pending.removeAll(keepingCapacity: true)
            }
            if bytes.count < gathered { pending.append(contentsOf: bytes) } else { output(bytes) }
        }
    }

    /// Writes element `index` (each index once): `encode` writes its bytes to the function it
    /// is given, in pieces or at once.
    public func write(index: Int, encode: ((UnsafeRawBufferPointer) -> Void) -> Void) {
        if state.withLock({ $0.next == index }) {
            emitSeparator(before: index)
            encode { emit($0) }
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
        pending.withLock { pending in
            pending.withUnsafeBytes(output)
            pending.removeAll()
        }
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
