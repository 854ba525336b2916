import Glibc

/// Reads whole files with plain system calls, refusing what is not a regular file.
public enum InputFile {
    /// Default cap on an input's size.
    public static let defaultMaximumSize = 256 << 20

    public static func read(path: String, maximumSize: Int = defaultMaximumSize) throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw InputError(path: path, message: systemError(errno)) }
        defer { close(descriptor) }
        return try read(descriptor: descriptor, path: path, maximumSize: maximumSize)
    }

    /// Files of this size and more are mapped, not read, when the caller allows it (see
    /// `contents`): below it read() into an array costs less than setting up a mapping.
    public static let mappingThreshold = 16 << 20

    /// A file's bytes, mapped when `mappingLargeFiles` and the file is at least
    /// `mappingThreshold` bytes, else read.
    ///
    /// A mapping is held under a read lease (see `FileMapping`), so that no other process
    /// truncates the file under it; where no lease can be had, the file is read. Only a caller
    /// that checks its inputs once (`mtlint check`) maps them: a process writing the file waits
    /// for the lease. The daemon's files are dropped into a folder by other programs, which
    /// must not be kept waiting, so it always reads.
    public static func contents(path: String, maximumSize: Int = defaultMaximumSize, mappingLargeFiles: Bool) throws(InputError) -> TextBytes {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw InputError(path: path, message: systemError(errno)) }
        defer { close(descriptor) }
        let size = try regularFileSize(descriptor: descriptor, path: path, maximumSize: maximumSize)
        if mappingLargeFiles, size >= mappingThreshold, let mapping = FileMapping(descriptor: descriptor, count: size) {
            return TextBytes(mapping)
        }
        return TextBytes(try read(descriptor: descriptor, path: path, size: size))
    }

    /// Reads an open descriptor after checking with fstat that it is a regular file.
    public static func read(descriptor: Int32, path: String, maximumSize: Int) throws(InputError) -> [UInt8] {
        let size = try regularFileSize(descriptor: descriptor, path: path, maximumSize: maximumSize)
        return try read(descriptor: descriptor, path: path, size: size)
    }

    /// The size of an open regular file, checked against the cap; an error for anything else.
    private static func regularFileSize(descriptor: Int32, path: String, maximumSize: Int) throws(InputError) -> Int {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw InputError(path: path, message: systemError(errno)) }
        let kind = status.st_mode & S_IFMT
        guard kind == S_IFREG else {
            throw InputError(path: path, message: kind == S_IFDIR ? "is a directory" : "not a regular file")
        }
        let size = Int(status.st_size)
        guard size <= maximumSize else {
            throw InputError(path: path, message: "too large (\(size) bytes; the limit is \(maximumSize))")
        }
        return size
    }

    private static func read(descriptor: Int32, path: String, size: Int) throws(InputError) -> [UInt8] {
        // Read straight into uninitialized storage: zero-filling first cost a second pass.
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var total = 0
            while total < size {
                let count = Glibc.read(descriptor, buffer.baseAddress! + total, size - total)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if count == 0 { break }
                total += count
            }
            initialized = total
        }
        if failure != 0 { throw InputError(path: path, message: systemError(failure)) }
        return bytes
    }

    static func systemError(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercasedFirst
    }
}

extension String {
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
