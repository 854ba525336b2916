import Synchronization

/// A value computed on first use and then shared, safe to read from any thread. Reads after
/// the first are one atomic load (no lock), so properties backed by it can sit in inner loops.
/// Two threads racing on the first read may both compute; one result is kept.
final class LazyValue<Value: Sendable>: Sendable {
    private final class Box: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private let compute: @Sendable () -> Value
    private let storage = Atomic<UInt>(0)

    init(_ compute: @escaping @Sendable () -> Value) {
        self.compute = compute
    }

    deinit {
        let bits = storage.load(ordering: .acquiring)
        if bits != 0 { Unmanaged<Box>.fromOpaque(UnsafeRawPointer(bitPattern: bits)!).release() }
    }

    var value: Value {
        let bits = storage.load(ordering: .acquiring)
        if bits != 0 { return Unmanaged<Box>.fromOpaque(UnsafeRawPointer(bitPattern: bits)!).takeUnretainedValue().value }
        let box = Unmanaged.passRetained(Box(compute()))
        let mine = UInt(bitPattern: box.toOpaque())
        let (exchanged, current) = storage.compareExchange(expected: 0, desired: mine, ordering: .acquiringAndReleasing)
        if exchanged { return box.takeUnretainedValue().value }
        box.release()
        return Unmanaged<Box>.fromOpaque(UnsafeRawPointer(bitPattern: current)!).takeUnretainedValue().value
    }
}
