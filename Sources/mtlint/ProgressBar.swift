import Glibc
import Synchronization

/// A one-line progress bar with files per second on standard error, redrawn at most ten times
/// a second from whichever worker finished a file. Only on a terminal: piped or redirected
/// output gets no bar, so logs stay clean.
final class ProgressBar: Sendable {
    private let total: Int
    private let started: Double
    private let lastDrawn = Mutex<Double>(0)

    /// A bar for `total` files, or nil when standard error is not a terminal or there is
    /// only one file.
    static func start(total: Int) -> ProgressBar? {
        guard total > 1, Terminal.isInteractive(STDERR_FILENO) else { return nil }
        return ProgressBar(total: total, colored: Terminal.isTerminal(STDERR_FILENO))
    }

    private let colored: Bool

    private init(total: Int, colored: Bool) {
        self.total = total
        self.colored = colored
        started = Self.now()
    }

    /// `done` files are finished.
    func update(_ done: Int) {
        let now = Self.now()
        lastDrawn.withLock { last in
            guard done == total || now - last >= 0.1 else { return }
            last = now
            Terminal.writeError(line(done: done, elapsed: now - started))
        }
    }

    /// Clears the bar so the report starts on a clean line.
    func finish() {
        lastDrawn.withLock { _ in Terminal.writeError("\r\u{1B}[2K") }
    }

    private func line(done: Int, elapsed: Double) -> String {
        let width = 28
        let filled = total == 0 ? width : done * width / total
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        var text = "\r\u{1B}[2K" + (colored ? "\u{1B}[36m" : "") + String(repeating: "█", count: filled)
            + (colored ? "\u{1B}[2m" : "") + String(repeating: "░", count: width - filled) + (colored ? "\u{1B}[0m" : "")
            + " \(done)/\(total) files  \(Self.oneDecimal(rate)) files/s"
        if rate > 0 && done < total {
            let left = Int((Double(total - done) / rate).rounded(.up))
            text += "  \(left / 60):\(left % 60 < 10 ? "0" : "")\(left % 60) left"
        }
        return text
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
