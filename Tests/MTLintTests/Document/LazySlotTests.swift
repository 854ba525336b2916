import Dispatch
import Synchronization
import Testing
@testable import MTLint

/// A document's lazily computed values: computed once, by the first reader, whatever the
/// threads, and released with their owner.
@Suite struct LazySlotTests {
    private final class Owner: Sendable {
        let slot = LazySlot<Tracked>()
        var isComputed: Bool { slot.isComputed }
    }

    private final class Tracked: Sendable {
        let number: Int
        init(_ number: Int) { self.number = number }
    }

    @Test func computesOnceForAllThreads() {
        let owner = Owner()
        let computations = Atomic<Int>(0)
        #expect(!owner.isComputed)
        let seen = Mutex<Set<ObjectIdentifier>>([])
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            let value = owner.slot.value {
                computations.add(1, ordering: .relaxed)
                return Tracked(index)
            }
            seen.withLock { _ = $0.insert(ObjectIdentifier(value)) }
        }
        #expect(computations.load(ordering: .relaxed) == 1)
        #expect(seen.withLock { $0.count } == 1)
        #expect(owner.isComputed)
        // Later reads do not compute again.
        let again = owner.slot.value { Tracked(-1) }
        #expect(again.number != -1)
    }

    @Test func valueGoesWithItsOwner() {
        weak var released: Tracked?
        do {
            let owner = Owner()
            released = owner.slot.value { Tracked(7) }
            #expect(released?.number == 7)
        }
        #expect(released == nil)
    }
}
