import Glibc

/// What a watch folder holds, read from its folders and the instances' state files, for
/// `mtlint status`. Needs only read access, so it works over SSH beside a running daemon.
public struct WatchStatus: Sendable {
    public struct Instance: Sendable {
        public var slot: Int
        public var running: Bool
        public var inWork: Int
        public var state: WatchState.Snapshot?
    }

    public var queued: Int
    public var done: Int
    public var failed: Int
    public var reports: Int
    public var instances: [Instance]
    public var lastErrors: [WatchState.ErrorEntry]

    public var inWork: Int { instances.reduce(0) { $0 + $1.inWork } }

    /// Reads the status of a watch folder; throws when it is not one.
    public static func read(folder path: String) throws(SystemError) -> WatchStatus {
        let root = try Directory(path: path)
        func count(_ name: String) -> Int {
            guard let folder = try? Directory(path: name, in: root), let names = try? folder.names() else { return 0 }
            return names.count { !$0.isIgnored }
        }
        var instances: [Instance] = []
        var errors: [WatchState.ErrorEntry] = []
        if let privateFolder = try? Directory(path: WatchFolders.privateName, in: root) {
            for slot in WatchFolders.slots(in: privateFolder) {
                let work = (try? Directory(path: "work-\(slot)", in: privateFolder)).flatMap { try? $0.names() } ?? []
                let state = Self.readFile("state-\(slot).json", in: privateFolder).flatMap(WatchState.decode)
                errors += state?.lastErrors ?? []
                instances.append(Instance(slot: slot, running: WatchFolders.isRunning(slot: slot, in: privateFolder),
                                          inWork: work.count, state: state))
            }
        }
        errors.sort { $0.time < $1.time }
        return WatchStatus(queued: count("inbox"), done: count("done"), failed: count("failed"), reports: count("reports"),
                           instances: instances, lastErrors: Array(errors.suffix(10)))
    }

    private static func readFile(_ name: String, in folder: Directory) -> [UInt8]? {
        let descriptor = openat(folder.descriptor, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count <= 0 || bytes.count > 1 << 20 { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }
}
