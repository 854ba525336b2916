import Glibc

/// The daemon's folders, open: `inbox/ reports/ done/ failed/` for people, and a private
/// `.mtlint/` with one work folder, lock and state file per running instance ("slot").
/// A slot's lock is held for the life of the process, so a slot whose lock can be taken
/// belongs to a dead instance and its work folder can be adopted.
public final class WatchFolders: Sendable {
    public let root: Directory
    public let inbox: Directory
    public let reports: Directory
    public let done: Directory
    public let failed: Directory
    public let privateFolder: Directory
    public let work: Directory
    public let slot: Int
    private let lockDescriptor: Int32

    public static let privateName = ".mtlint"

    /// Creates the folders if missing and takes the first free slot.
    public init(path: String) throws(SystemError) {
        root = try Directory(path: path, create: 0o755)
        // The inbox is group-writable and setgid so that a group of people and services can drop files.
        let inboxExisted = (try? root.status(of: RawName("inbox"))) ?? nil != nil
        inbox = try Directory(path: "inbox", in: root, create: 0o2770)
        if !inboxExisted { fchmod(inbox.descriptor, 0o2770) }
        reports = try Directory(path: "reports", in: root, create: 0o750)
        done = try Directory(path: "done", in: root, create: 0o750)
        failed = try Directory(path: "failed", in: root, create: 0o750)
        privateFolder = try Directory(path: Self.privateName, in: root, create: 0o750)
        var slot = 1
        while true {
            if let descriptor = Self.lock(slot: slot, in: privateFolder, wait: false) {
                lockDescriptor = descriptor
                break
            }
            slot += 1
            if slot > 4096 { throw SystemError("find a free instance slot", path: privateFolder.path, code: EBUSY) }
        }
        self.slot = slot
        work = try Directory(path: "work-\(slot)", in: privateFolder, create: 0o750)
    }

    deinit {
        close(lockDescriptor)
    }

    /// Opens and locks a slot's lock file; nil when another process holds it.
    static func lock(slot: Int, in folder: Directory, wait: Bool) -> Int32? {
        let descriptor = openat(folder.descriptor, "work-\(slot).lock", O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o640)
        guard descriptor >= 0 else { return nil }
        if flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// Slots that have a work folder, by number.
    public static func slots(in folder: Directory) -> [Int] {
        let names = (try? folder.names()) ?? []
        return names.compactMap { name -> Int? in
            let text = String(decoding: name.bytes, as: UTF8.self)
            guard text.hasPrefix("work-"), !text.hasSuffix(".lock") else { return nil }
            return Int(text.dropFirst(5))
        }.sorted()
    }

    /// True when a live instance holds the slot's lock.
    public static func isRunning(slot: Int, in folder: Directory) -> Bool {
        let descriptor = openat(folder.descriptor, "work-\(slot).lock", O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return false
        }
        return true
    }

    /// Moves the files of dead instances' work folders into this instance's work folder and
    /// removes their stale temporary reports. Returns the adopted names (as now named).
    public func adoptOrphans(reporting writerPrefix: (Int) -> String) -> [(from: Int, name: RawName)] {
        var adopted: [(Int, RawName)] = []
        for other in Self.slots(in: privateFolder) where other != slot {
            guard let lock = Self.lock(slot: other, in: privateFolder, wait: false) else { continue }
            defer { close(lock) }
            AtomicWriter(temporaryPrefix: writerPrefix(other)).removeStale(in: reports)
            AtomicWriter(temporaryPrefix: writerPrefix(other)).removeStale(in: privateFolder)
            guard let folder = try? Directory(path: "work-\(other)", in: privateFolder) else { continue }
            for name in (try? folder.names()) ?? [] {
                var target = name
                var number = 2
                while let moved = try? folder.move(name, to: work, as: target), !moved {
                    target = name.suffixed(number)
                    number += 1
                }
                adopted.append((other, target))
            }
        }
        return adopted
    }
}
