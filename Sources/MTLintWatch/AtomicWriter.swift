import Glibc
import MTLint

/// Writes a file in a folder so that readers see the whole new content or nothing: a
/// temporary file in the same folder, fsync, rename over the target, fsync of the folder.
/// A failed write (a full disk) leaves neither a partial report nor a temporary file.
struct AtomicWriter: Sendable {
    /// Prefix of temporary names, so stale ones of a killed process can be found.
    let temporaryPrefix: String

    static func temporaryPrefix(slot: Int) -> String { ".mtlint-\(slot)-" }

    func write(_ bytes: [UInt8], to name: RawName, in folder: Directory, permissions: mode_t = 0o640) throws(SystemError) {
        let temporary = RawName(temporaryPrefix + String(UInt64.random(in: 0...UInt64.max), radix: 36) + ".tmp")
        let descriptor = temporary.withCString { openat(folder.descriptor, $0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, permissions) }
        guard descriptor >= 0 else { throw SystemError("create report", path: folder.show(name)) }
        var failure = FileDescriptorWriter.writeSyncAndClose(bytes, to: descriptor)
        if failure == 0 {
            let code = temporary.withCString { from in name.withCString { to in renameat(folder.descriptor, from, folder.descriptor, to) } }
            if code != 0 { failure = errno }
        }
        guard failure == 0 else {
            folder.removeOwnFile(temporary)
            throw SystemError("write report", path: folder.show(name), code: failure)
        }
        folder.sync()
    }

    /// Removes temporary files left by a killed process that used this prefix.
    func removeStale(in folder: Directory) {
        guard let names = try? folder.names() else { return }
        for name in names where name.bytes.starts(with: Array(temporaryPrefix.utf8)) && name.hasSuffix(".tmp") {
            folder.removeOwnFile(name)
        }
    }
}
