import Glibc
import MTLint

enum Terminal {
    /// A terminal that wants colours: interactive and `NO_COLOR` unset.
    static func isTerminal(_ descriptor: Int32) -> Bool {
        isInteractive(descriptor) && getenv("NO_COLOR") == nil
    }

    /// A terminal that can redraw a line (not `TERM=dumb`).
    static func isInteractive(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && String(cString: getenv("TERM") ?? strdup("dumb")) != "dumb"
    }

    static func write(_ bytes: [UInt8]) {
        FileDescriptorWriter.writeAll(bytes, to: STDOUT_FILENO)
    }

    static func write(_ bytes: UnsafeRawBufferPointer) {
        FileDescriptorWriter.writeAll(bytes, to: STDOUT_FILENO)
    }

    /// Writes to standard error as is (no newline), for the progress bar.
    static func writeError(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress!, bytes.count) }
    }

    static func warn(_ message: String) {
        let line = Array((message + "\n").utf8)
        _ = line.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress!, line.count) }
    }
}

enum System {
    static var coreCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
