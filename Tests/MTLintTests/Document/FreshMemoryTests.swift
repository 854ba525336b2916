import CWordScan
import Glibc
import Testing
@testable import MTLint

/// Large tables are brought in whole before they are written (``UnsafeMutableBufferPointer/populateForWriting()``):
/// the pages must be there afterwards, hold what is written, and small buffers are left alone.
@Suite struct FreshMemoryTests {
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Fresh anonymous memory of `pages` pages, unmapped after `body`.
    private func withFreshPages(_ pages: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) throws -> Void) throws {
        let count = pages * Self.pageSize
        let mapped = try #require(mmap(nil, count, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        try #require(mapped != MAP_FAILED)
        defer { munmap(mapped, count) }
        try body(UnsafeMutableBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: count))
    }

    /// How many of the buffer's pages are resident (`mincore`).
    private func residentPages(_ buffer: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        var vector = [UInt8](repeating: 0, count: buffer.count / Self.pageSize)
        try #require(mincore(buffer.baseAddress, buffer.count, &vector) == 0)
        return vector.count { $0 & 1 != 0 }
    }

    @Test func aLargeBufferIsResidentAfterItIsPopulated() throws {
        try withFreshPages(1024) { buffer in
            let before = try residentPages(buffer)
            #expect(before == 0)
            // The kernel's answer decides what to expect: EINVAL before Linux 5.14.
            let kernelCanPopulate = mtl_populate_for_writing(UnsafeMutableRawPointer(buffer.baseAddress!), 0) == 0
                && mtl_populate_for_writing(UnsafeMutableRawPointer(buffer.baseAddress! + Self.pageSize), Self.pageSize) == 0
            buffer.populateForWriting()
            let after = try residentPages(buffer)
            #expect(after == (kernelCanPopulate ? 1024 : 1))
            // Populated pages are zero-filled anonymous memory like any other, and writable.
            #expect(buffer.allSatisfy { $0 == 0 })
            buffer.update(repeating: 0xA5)
            #expect(buffer.allSatisfy { $0 == 0xA5 })
        }
    }

    @Test func aSmallBufferIsLeftToFaultIn() throws {
        let pages = freshMemoryPopulateThreshold / Self.pageSize - 1
        try withFreshPages(pages) { buffer in
            buffer.populateForWriting()
            let resident = try residentPages(buffer)
            #expect(resident == 0)
        }
    }

    /// Only whole pages inside the range are brought in: the pages it shares with memory
    /// around it are not touched.
    @Test func onlyWholePagesInsideTheRangeAreBroughtIn() throws {
        try withFreshPages(4) { buffer in
            let start = UnsafeMutableRawPointer(buffer.baseAddress! + Self.pageSize / 2)
            let result = mtl_populate_for_writing(start, 3 * Self.pageSize)
            try #require(result == 0 || result == EINVAL)
            var vector = [UInt8](repeating: 0, count: 4)
            try #require(mincore(buffer.baseAddress, buffer.count, &vector) == 0)
            #expect(vector.map { $0 & 1 } == (result == 0 ? [0, 1, 1, 0] : [0, 0, 0, 0]))
        }
    }
}
