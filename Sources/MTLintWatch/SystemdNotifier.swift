import Glibc

/// Speaks systemd's notify protocol without libsystemd: one datagram per message to the
/// AF_UNIX socket named by `$NOTIFY_SOCKET` (a path, or `@name` for an abstract socket).
public final class SystemdNotifier: Sendable {
    private let descriptor: Int32
    private let address: [UInt8]
    /// Half of `$WATCHDOG_USEC`, in seconds, when systemd expects watchdog pings.
    public let watchdogInterval: Double?

    /// Nil when the process does not run under a notifying service manager.
    public init?(environment: [String: String]) {
        guard let socketPath = environment["NOTIFY_SOCKET"], socketPath.count > 1,
              socketPath.hasPrefix("/") || socketPath.hasPrefix("@") else { return nil }
        var bytes = Array(socketPath.utf8)
        if bytes[0] == UInt8(ascii: "@") { bytes[0] = 0 }
        guard bytes.count < MemoryLayout.size(ofValue: sockaddr_un().sun_path) else { return nil }
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        address = bytes
        let watchdogPID = environment["WATCHDOG_PID"].flatMap { Int32($0) }
        if let microseconds = environment["WATCHDOG_USEC"].flatMap(Double.init), microseconds > 0,
           watchdogPID == nil || watchdogPID == getpid() {
            watchdogInterval = microseconds / 2_000_000
        } else {
            watchdogInterval = nil
        }
    }

    deinit {
        close(descriptor)
    }

    /// Sends `READY=1`, `STATUS=…` and the like; several lines may go in one message.
    @discardableResult
    public func send(_ message: String) -> Bool {
        var socketAddress = sockaddr_un()
        socketAddress.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &socketAddress.sun_path) { path in
            path.copyBytes(from: address)
        }
        // An abstract address's length counts its bytes exactly; a path's includes no NUL.
        let length = socklen_t(MemoryLayout<sa_family_t>.size + address.count)
        let payload = Array(message.utf8)
        let sent = withUnsafePointer(to: &socketAddress) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                payload.withUnsafeBytes { sendto(descriptor, $0.baseAddress, payload.count, Int32(MSG_NOSIGNAL), address, length) }
            }
        }
        return sent == payload.count
    }

    /// `MONOTONIC_USEC=` for `RELOADING=1`, as systemd asks.
    public static var monotonicMicroseconds: UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1000
    }
}
