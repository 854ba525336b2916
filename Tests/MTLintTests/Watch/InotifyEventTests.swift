import Glibc
import Testing
@testable import MTLintWatch

@Suite struct InotifyEventTests {
    /// Builds the kernel's record layout: wd, mask, cookie, len, then a NUL-padded name.
    static func record(watch: Int32, mask: UInt32, name: [UInt8]) -> [UInt8] {
        let padded = name.isEmpty ? [] : name + [UInt8](repeating: 0, count: 16 - name.count % 16)
        var bytes: [UInt8] = []
        withUnsafeBytes(of: watch.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: mask.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: UInt32(0)) { bytes += $0 }
        withUnsafeBytes(of: UInt32(padded.count).littleEndian) { bytes += $0 }
        return bytes + padded
    }

    @Test func readsNamesAtOffset16() {
        let buffer = Self.record(watch: 1, mask: UInt32(IN_MOVED_TO), name: Array("a.txt".utf8))
            + Self.record(watch: 1, mask: UInt32(IN_Q_OVERFLOW), name: [])
            + Self.record(watch: 1, mask: UInt32(IN_CLOSE_WRITE), name: [0x62, 0xFF, 0x0A, 0x2E, 0x74, 0x78, 0x74])
        let events = buffer.withUnsafeBytes { InotifyEvent.parse($0) }
        #expect(events == [
            InotifyEvent(watch: 1, mask: UInt32(IN_MOVED_TO), name: RawName("a.txt")),
            InotifyEvent(watch: 1, mask: UInt32(IN_Q_OVERFLOW), name: nil),
            InotifyEvent(watch: 1, mask: UInt32(IN_CLOSE_WRITE), name: RawName([0x62, 0xFF, 0x0A, 0x2E, 0x74, 0x78, 0x74])),
        ])
    }

    @Test func stopsAtATruncatedRecord() {
        let buffer = Array(Self.record(watch: 1, mask: UInt32(IN_MOVED_TO), name: Array("long-name.txt".utf8)).prefix(20))
        #expect(buffer.withUnsafeBytes { InotifyEvent.parse($0) }.isEmpty)
    }
}
