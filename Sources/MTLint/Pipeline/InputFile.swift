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

    /// Reads an open descriptor after checking with fstat that it is a regular file.
    public static func read(descriptor: Int32, path: String, maximumSize: Int) throws(InputError) -> [UInt8] {
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
