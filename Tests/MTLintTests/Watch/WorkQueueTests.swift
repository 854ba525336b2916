import Testing
@testable import MTLintWatch

@Suite struct WorkQueueTests {
    @Test func deduplicatesAndBounds() {
        let queue = WorkQueue(limit: 16)
        #expect(queue.add(.inbox(RawName("a"))) == .added)
        #expect(queue.add(.inbox(RawName("a"))) == .known)
        for index in 1..<16 { queue.add(.inbox(RawName("f\(index)"))) }
        #expect(queue.add(.inbox(RawName("overflow"))) == .full)
        #expect(queue.count == 16)
    }

    @Test func claimedItemsGoFirstAndActiveItemsAreNotQueuedTwice() {
        let queue = WorkQueue(limit: 16)
        queue.add(.inbox(RawName("a")))
        queue.add(.inbox(RawName("b")))
        #expect(queue.take(timeout: 1) == .inbox(RawName("a")))
        queue.add(.claimed(RawName("crashed")))
        #expect(queue.take(timeout: 1) == .claimed(RawName("crashed")))
        // "b" is being worked on; announced again, it is re-queued only when finished.
        #expect(queue.take(timeout: 1) == .inbox(RawName("b")))
        #expect(queue.add(.inbox(RawName("b"))) == .known)
        #expect(queue.finish(.inbox(RawName("b"))))
        #expect(!queue.finish(.inbox(RawName("a"))))
        #expect(queue.take(timeout: 0.05) == nil)
    }
}
