import Glibc

/// Notices when any of a few files (the glossaries) is replaced or rewritten, so the daemon
/// reloads them without a SIGHUP. Watches the files' folders, since editors and `mv` replace
/// a file rather than write into it.
final class FileChangeWatcher: Sendable {
    private let descriptor: Int32
    private let names: Set<RawName>

    init?(paths: [String]) {
        guard !paths.isEmpty else { return nil }
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { return nil }
        var names: Set<RawName> = []
        var folders: Set<String> = []
        for path in paths {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            let folder = parts.count > 1 ? parts.dropLast().joined(separator: "/") : "."
            folders.insert(folder.isEmpty ? "/" : folder)
            names.insert(RawName(String(parts.last ?? "")))
        }
        for folder in folders {
            _ = inotify_add_watch(descriptor, folder, UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE))
        }
        self.names = names
    }

    deinit {
        close(descriptor)
    }

    /// True when one of the files changed since the last call (never blocks).
    func changed() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16 << 10)
        var seen = false
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count <= 0 { break }
            let events = buffer.withUnsafeBytes { InotifyEvent.parse(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            if events.contains(where: { $0.name.map(names.contains) ?? false }) { seen = true }
        }
        return seen
    }
}
