import Glibc
import MTLint

/// Writes a file in a folder so that readers see the whole new content or nothing: a
/// temporary file in the same folder, fsync, rename over the target, fsync of the folder.
/// A failed write (a full disk) leaves neither a partial report nor a temporary file.
///
/// Many files can be written as one group: `begin` each (temporary written, not yet synced),
/// then `commit` them together: all fsyncs at once, the renames, one fsync per folder.
struct AtomicWriter: Sendable {
    /// Prefix of temporary names, so stale ones of a killed process can be found.
    let temporaryPrefix: String

    /// A temporary file written but not yet synced nor renamed; its descriptor is open.
    struct Pending: Sendable {
        let descriptor: Int32
        let temporary: RawName
        let target: RawName
        let folder: Directory
    }

    static func temporaryPrefix(slot: Int) -> String { ".mtlint-\(slot)-" }

    func write(_ bytes: [UInt8], to name: RawName, in folder: Directory, permissions: mode_t = 0o640) throws(SystemError) {
        let pending = try begin(bytes, to: name, in: folder, permissions: permissions)
        let failure = fsync(pending.descriptor) == 0 ? 0 : errno
        try finish(pending, synced: failure)
        folder.sync()
    }

    /// Writes `bytes` to a fresh temporary file next to `name`; nothing is visible yet.
    func begin(_ bytes: [UInt8], to name: RawName, in folder: Directory, permissions: mode_t = 0o640) throws(SystemError) -> Pending {
        let temporary = RawName(temporaryPrefix + String(UInt64.random(in: 0...UInt64.max), radix: 36) + ".tmp")
        let descriptor = temporary.withCString { openat(folder.descriptor, $0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, permissions) }
        guard descriptor >= 0 else { throw SystemError("create report", path: folder.show(name)) }
        let pending = Pending(descriptor: descriptor, temporary: temporary, target: name, folder: folder)
        let failure = FileDescriptorWriter.writeAll(bytes, to: descriptor)
        guard failure == 0 else {
            abandon(pending)
            throw SystemError("write report", path: folder.show(name), code: failure)
        }
        return pending
    }

    /// Closes and removes a temporary file that will not be committed.
    func abandon(_ pending: Pending) {
        close(pending.descriptor)
        pending.folder.removeOwnFile(pending.temporary)
    }

    /// Makes a group of files durable and visible: fsyncs them all at once (see `SyncPool`),
    /// renames each over its target, then fsyncs each folder once. Returns, per file, nil or
    /// the error that kept it from being committed (its temporary is removed). A file is
    /// durable once this returns without an error for it.
    func commit(_ files: [Pending], pool: SyncPool) -> [SystemError?] {
        let synced = pool.sync(files.map(\.descriptor))
        var errors: [SystemError?] = []
        var folders: [Directory] = []
        for (file, code) in zip(files, synced) {
            do {
                try finish(file, synced: code)
                errors.append(nil)
                if !folders.contains(where: { $0 === file.folder }) { folders.append(file.folder) }
            } catch {
                errors.append(error)
            }
        }
        if folders.count == 1 {
            folders[0].sync()
        } else if !folders.isEmpty {
            _ = pool.sync(folders.map(\.descriptor))
        }
        return errors
    }

    /// Closes a synced temporary and renames it over its target (or removes it on failure).
    private func finish(_ pending: Pending, synced failure: Int32) throws(SystemError) {
        var failure = failure
        if close(pending.descriptor) != 0 && failure == 0 { failure = errno }
        if failure == 0 {
            let code = pending.temporary.withCString { from in
                pending.target.withCString { to in renameat(pending.folder.descriptor, from, pending.folder.descriptor, to) }
            }
            if code != 0 { failure = errno }
        }
        guard failure == 0 else {
            pending.folder.removeOwnFile(pending.temporary)
            throw SystemError("write report", path: pending.folder.show(pending.target), code: failure)
        }
    }

    /// Removes temporary files left by a killed process that used this prefix.
    func removeStale(in folder: Directory) {
        guard let names = try? folder.names() else { return }
        for name in names where name.bytes.starts(with: Array(temporaryPrefix.utf8)) && name.hasSuffix(".tmp") {
            folder.removeOwnFile(name)
        }
    }
}
