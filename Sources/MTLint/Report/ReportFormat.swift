import FoundationEssentials
import Glibc

/// Formats times (in UTC) and numbers for reports, without locale data.
enum ReportFormat {
    /// `2026-11-25T12:30:05Z`, for `<time datetime>` and JSON.
    static func iso(_ date: Date) -> String {
        let parts = components(date)
        return "\(parts.date)T\(parts.time)Z"
    }

    /// `2026-11-25 12:30 UTC`, for people.
    static func display(_ date: Date) -> String {
        let parts = components(date)
        return "\(parts.date) \(parts.time.prefix(5)) UTC"
    }

    private static func components(_ date: Date) -> (date: String, time: String) {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var broken = tm()
        gmtime_r(&seconds, &broken)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return ("\(broken.tm_year + 1900)-\(two(broken.tm_mon + 1))-\(two(broken.tm_mday))",
                "\(two(broken.tm_hour)):\(two(broken.tm_min)):\(two(broken.tm_sec))")
    }

    /// `2140` -> `2,140`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }
}
