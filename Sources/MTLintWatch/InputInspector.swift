import Glibc
import MTLint

/// Opens a claimed input safely and reads it: never follows a symlink, never blocks on a
/// FIFO or device, and accepts only a regular file with a single link, an accepted extension
/// and a size within the cap. Anything else is refused with the reason.
struct InputInspector {
    let folder: Directory
    let watch: WatchConfiguration

    func read(_ name: RawName, shown: String) throws(InputError) -> [UInt8] {
        let found: stat?
        do {
            found = try folder.status(of: name)
        } catch {
            throw InputError(path: shown, message: error.description)
        }
        guard let status = found else { throw InputError(path: shown, message: "disappeared") }
        if let refusal = Self.refusal(status, name: name, watch: watch) { throw InputError(path: shown, message: refusal) }
        let descriptor = name.withCString { openat(folder.descriptor, $0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) }
        guard descriptor >= 0 else {
            throw InputError(path: shown, message: errno == ELOOP ? "is a symbolic link (not followed)" : String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var opened = stat()
        guard fstat(descriptor, &opened) == 0 else { throw InputError(path: shown, message: String(cString: strerror(errno))) }
        guard opened.st_ino == status.st_ino, opened.st_dev == status.st_dev else {
            throw InputError(path: shown, message: "was replaced while being opened")
        }
        if let refusal = Self.refusal(opened, name: name, watch: watch) { throw InputError(path: shown, message: refusal) }
        return try InputFile.read(descriptor: descriptor, path: shown, maximumSize: watch.maxSize)
    }

    static func refusal(_ status: stat, name: RawName, watch: WatchConfiguration) -> String? {
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: return "is a symbolic link (not followed)"
        case S_IFDIR: return "is a folder, not a file"
        case S_IFIFO: return "is a named pipe (FIFO), not a file"
        case S_IFCHR, S_IFBLK: return "is a device, not a file"
        case S_IFSOCK: return "is a socket, not a file"
        default: return "is not a regular file"
        }
        if status.st_nlink != 1 {
            return "has \(status.st_nlink) hard links; only files with a single link are checked"
        }
        let allowed = watch.extensions.map { $0.lowercased() }
        if !allowed.contains(name.fileExtension) {
            let shown = name.fileExtension.isEmpty ? "no extension" : "extension .\(name.fileExtension)"
            return "unsupported file type (\(shown)); the inbox takes \(allowed.map { "." + $0 }.joined(separator: ", ")) files"
        }
        if status.st_size == 0 { return "is empty" }
        if Int(status.st_size) > watch.maxSize {
            return "too large (\(status.st_size) bytes; the limit is \(watch.maxSize))"
        }
        return nil
    }
}
