import Glibc

/// An inotify descriptor watching one folder for finished files.
public final class Inotify: Sendable {
    public let descriptor: Int32
    public let watch: Int32

    /// Finished files (renamed in, closed after writing), their changes, new entries, and the
    /// folder itself going away.
    public static let mask: UInt32 = UInt32(IN_MOVED_TO | IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    public init(folder: Directory) throws(SystemError) {
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { throw SystemError("start inotify", path: folder.path) }
        // inotify_add_watch needs a path; the folder's descriptor is reached through /proc
        // only if the path is gone, so the plain path is used first.
        let watch = inotify_add_watch(descriptor, folder.path, Self.mask)
        guard watch >= 0 else {
            let code = errno
            close(descriptor)
            throw SystemError("watch", path: folder.path, code: code)
        }
        self.watch = watch
    }

    deinit {
        close(descriptor)
    }

    /// Waits up to `timeout` seconds for events and returns what arrived (maybe nothing).
    public func read(timeout: Double) -> [InotifyEvent] {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(max(0, min(timeout, 3600)) * 1000)
        guard poll(&poller, 1, milliseconds) > 0 else { return [] }
        var events: [InotifyEvent] = []
        let size = 64 << 10
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress!, size)
            if count <= 0 { break }
            events += InotifyEvent.parse(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            if events.count > 50_000 { break }
        }
        return events
    }
}
