import Glibc
import MTLint
import Logging
import Synchronization

/// Writes one line per event to standard error. Under journald (`$JOURNAL_STREAM` set) each
/// line starts with a `<N>` syslog priority, which journald turns into the entry's level;
/// otherwise the level is written as a word. Newlines and control characters inside a message
/// or value are escaped, so one event is always one line.
public struct JournalLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    private let journald: Bool
    private let output: Output

    /// Serializes writes so that lines from several threads never interleave.
    final class Output: Sendable {
        let lock = Mutex(())
        func write(_ line: String) {
            var bytes = Array(line.utf8)
            bytes.append(0x0A)
            _ = lock.withLock { _ in
                FileDescriptorWriter.writeAll(bytes, to: STDERR_FILENO)
            }
        }
    }

    public init(label: String, journald: Bool, level: Logger.Level = .info) {
        self.journald = journald
        logLevel = level
        output = Output()
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var line = journald ? "<\(Self.priority(event.level))>" : "\(event.level.rawValue): "
        line += Self.oneLine(event.message.description)
        if let error = event.error { line += ": " + Self.oneLine("\(error)") }
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        for key in all.keys.sorted() {
            line += " \(key)=\(Self.oneLine("\(all[key]!)"))"
        }
        output.write(line)
    }

    /// syslog priorities: 3 error … 7 debug.
    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
