import Foundation
import Glibc
import Testing
@testable import MTLintWatch

@Suite struct SystemdNotifierTests {
    /// A real datagram socket stands in for systemd.
    @Test(arguments: [false, true])
    func sendsDatagramsToPathAndAbstractSockets(abstract: Bool) throws {
        let name = abstract ? "@mtlint-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            : FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-notify-\(UUID().uuidString)").path
        let listener = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        #expect(listener >= 0)
        defer { close(listener); if !abstract { unlink(name) } }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(name.utf8)
        if abstract { bytes[0] = 0 }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) } }
        #expect(bound == 0)

        let notifier = try #require(SystemdNotifier(environment: ["NOTIFY_SOCKET": name, "WATCHDOG_USEC": "30000000"]))
        #expect(notifier.watchdogInterval == 15)
        #expect(notifier.send("READY=1\nSTATUS=queued 0"))
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { recv(listener, $0.baseAddress, $0.count, 0) }
        #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self) == "READY=1\nSTATUS=queued 0")
    }

    @Test func absentWithoutASocket() {
        #expect(SystemdNotifier(environment: [:]) == nil)
        #expect(SystemdNotifier(environment: ["NOTIFY_SOCKET": "relative"]) == nil)
    }

    @Test func watchdogForAnotherProcessIsIgnored() throws {
        let notifier = try #require(SystemdNotifier(environment: ["NOTIFY_SOCKET": "/nonexistent", "WATCHDOG_USEC": "1000000", "WATCHDOG_PID": "1"]))
        #expect(notifier.watchdogInterval == nil || getpid() == 1)
    }
}
