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

@Suite struct WorkQueueBatchTests {
    @Test func aWorkerTakesItsShareOfWhatIsQueuedBoundedByTheLimit() {
        let queue = WorkQueue(limit: 256)
        for index in 0..<200 { queue.add(.inbox(RawName("f\(index)"))) }
        // One item, then half of the 199 left (two workers), at most 64 in all.
        let first = queue.take(timeout: 1, upTo: 64, workers: 2)
        #expect(first.count == 64)
        #expect(first.first == .inbox(RawName("f0")))
        #expect(queue.count == 136)
        #expect(queue.activeCount == 64)
        for item in first { _ = queue.finish(item) }
        // With few items queued, each worker takes a share so that the others get some too.
        let small = WorkQueue(limit: 16)
        for index in 0..<3 { small.add(.inbox(RawName("s\(index)"))) }
        #expect(small.take(timeout: 1, upTo: 64, workers: 2).count == 2)
        #expect(small.take(timeout: 1, upTo: 64, workers: 2).count == 1)
        #expect(small.take(timeout: 0.05, upTo: 64, workers: 2).isEmpty)
    }
}
