import CWatchSystem
import Glibc

/// An open folder; files in it are addressed by raw name through the `*at` system calls, so
/// a folder that is renamed or a name that is not UTF-8 changes nothing.
public final class Directory: Sendable {
    public let descriptor: Int32
    /// The folder's path, for messages.
    public let path: String

    /// Opens (and with `create`, first makes) the folder `name` inside `parent`, or `path` itself.
    public init(path: String, in parent: Directory? = nil, create mode: mode_t? = nil) throws(SystemError) {
        let base = parent?.descriptor ?? AT_FDCWD
        let shown = parent.map { "\($0.path)/\(path)" } ?? path
        if let mode, mkdirat(base, path, mode) != 0, errno != EEXIST {
            throw SystemError("create folder", path: shown)
        }
        let descriptor = openat(base, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemError("open folder", path: shown) }
        self.descriptor = descriptor
        self.path = shown
    }

    deinit {
        close(descriptor)
    }

    /// The path of a name in this folder, escaped for messages.
    public func show(_ name: RawName) -> String {
        "\(path)/\(name.display)"
    }

    /// lstat of a name: nil when it does not exist.
    public func status(of name: RawName) throws(SystemError) -> stat? {
        var result = stat()
        let code = name.withCString { fstatat(descriptor, $0, &result, AT_SYMLINK_NOFOLLOW) }
        if code == 0 { return result }
        if errno == ENOENT { return nil }
        throw SystemError("examine", path: show(name))
    }

    public func contains(_ name: RawName) -> Bool {
        ((try? status(of: name)) ?? nil) != nil
    }

    /// fstat of the folder itself.
    public func status() -> stat? {
        var result = stat()
        return fstat(descriptor, &result) == 0 ? result : nil
    }

    /// Renames `name` to `target` in `folder` unless `target` exists there. Returns false
    /// when the target exists; throws ENOENT and other errors.
    public func move(_ name: RawName, to folder: Directory, as target: RawName) throws(SystemError) -> Bool {
        let code = name.withCString { from in
            target.withCString { to in mtlint_rename_noreplace(descriptor, from, folder.descriptor, to) }
        }
        if code == 0 { return true }
        if errno == EEXIST { return false }
        throw SystemError("move to \(folder.path)", path: show(name))
    }

    /// The names in the folder (without `.` and `..`), unsorted.
    public func names() throws(SystemError) -> [RawName] {
        let copy = openat(descriptor, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard copy >= 0, let handle = fdopendir(copy) else {
            throw SystemError("list", path: path)
        }
        defer { closedir(handle) }
        var result: [RawName] = []
        while let entry = readdir(handle) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            result.append(RawName(bytes))
        }
        return result
    }

    /// Flushes the folder's entries (after a rename) to disk.
    public func sync() {
        fsync(descriptor)
    }

    /// Removes a file the daemon made itself (never an input).
    public func removeOwnFile(_ name: RawName) {
        _ = name.withCString { unlinkat(descriptor, $0, 0) }
    }
}
