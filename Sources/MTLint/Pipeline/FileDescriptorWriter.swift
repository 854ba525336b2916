import Glibc

/// Writes whole buffers to file descriptors, retrying short writes and EINTR.
public enum FileDescriptorWriter {
    /// Writes all of `bytes`; returns 0, or the errno that stopped it (EIO if no progress).
    @discardableResult
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    /// Writes all of `bytes`; returns 0, or the errno that stopped it (EIO if no progress).
    @discardableResult
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        var written = 0
        while written < bytes.count {
            let count = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if count == 0 { return EIO }
            written += count
        }
        return 0
    }

    /// Writes all of `bytes`, fsyncs and closes the descriptor (always closed); returns 0 or
    /// the first errno.
    public static func writeSyncAndClose(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        var failure = writeAll(bytes, to: descriptor)
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        return failure
    }
}
