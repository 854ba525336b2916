import Foundation
@testable import MTLint

/// An article that tries everything a report must render as text, and a fixed set of
/// findings on it (overlapping, nested, crossing, multi-line, empty) with hostile messages.
/// The findings are built by hand so the golden files do not change when a check does.
enum HostileArticle {
    static let path = "inbox/<i>\"Tom & Jerry's\"<&>.txt"

    static let text = """
    Breaking: <script>document.title='pwned';document.documentElement.setAttribute('data-pwned','1')</script> news
    </textarea><textarea>Click <a href="javascript:alert(1)">here</a> or javascript:alert(document.cookie)
    Template {{ constructor.constructor('alert(1)')() }} and ${7*7} and <%= 7*7 %>
    Code `rm -rf /` and ``double`` and ```triple```
    Москва <b>bold</b> «Яндекс» & friends
    The the cat sat sat on the mat.
    Kiev is the capital of Mоscow's neighbour.
    """

    static var document: Document { Document(text: text, path: path, encoding: "windows-1251") }

    static var report: Report {
        let document = document
        var findings = [
            finding(document, "Москва", check: "leftover-russian", .error,
                    message: "Untranslated <b>Russian</b> text (1 word)", suggestion: "Moskva"),
            finding(document, "«Яндекс»", check: "leftover-russian", .error,
                    message: "Untranslated Russian text", suggestion: "</textarea><script>alert(1)</script>"),
            finding(document, "Mоscow", check: "mixed-script", .warning,
                    message: "Cyrillic о (U+043E) in a Latin word", suggestion: "Moscow"),
            finding(document, "the", after: "The ", check: "repeated-word", .error,
                    message: "Repeated word \"the\"", suggestion: nil),
            finding(document, "sat", after: "sat ", check: "repeated-word", .error,
                    message: "Repeated word *sat*", suggestion: nil),
            // Crosses the next one: "sat sat on" and "on the mat".
            finding(document, "sat sat on", check: "repeated-phrase", .warning,
                    message: "Doubled phrase [x](javascript:alert(1))", suggestion: "sat on"),
            finding(document, "on the mat", check: "repeated-phrase", .info,
                    message: "Remark <img src=x onerror=alert(1)>", suggestion: nil),
            finding(document, "Kiev", check: "glossary-forbidden", .error,
                    message: "Use `Kyiv` | not *Kiev* {{ note }}", suggestion: "Kyiv"),
            finding(document, "``double``", check: "repeated-word", .info,
                    message: "Backticks `inside`", suggestion: "``one``"),
            finding(document, "${7*7} and <%= 7*7 %>\nCode `rm", check: "repeated-sentence", .warning,
                    message: "Spans two lines", suggestion: nil),
            finding(document, "javascript:alert(document.cookie)", check: "leftover-russian", .info,
                    message: "javascript:alert(2)", suggestion: "javascript:alert(3)"),
        ]
        // A finding without extent, before "friends", from a check this build does not know.
        let pin = document.text.utf8.count - document.text.utf8.split(separator: UInt8(ascii: "&")).last!.count - 1
        findings.append(make(document, pin..<pin, check: "custom-check", .info, message: "A pin", suggestion: "{{pin}}"))
        findings.sort { ($0.offset, $0.endOffset) < ($1.offset, $1.endOffset) }
        return Report(file: path, encoding: "windows-1251", findings: findings, words: 60)
    }

    static let checkedAt = Date(timeIntervalSince1970: 1_764_072_000)

    private static func finding(
        _ document: Document, _ needle: String, after prefix: String = "", check: String, _ severity: Severity,
        message: String, suggestion: String?
    ) -> Finding {
        let bytes = Array(document.text.utf8)
        let pattern = Array((prefix + needle).utf8)
        let start = (0...(bytes.count - pattern.count)).first { Array(bytes[$0..<$0 + pattern.count]) == pattern }!
            + prefix.utf8.count
        return make(document, start..<start + needle.utf8.count, check: check, severity, message: message, suggestion: suggestion)
    }

    private static func make(
        _ document: Document, _ range: Range<Int>, check: String, _ severity: Severity, message: String, suggestion: String?
    ) -> Finding {
        var starts = LineLocator(document)
        var ends = LineLocator(document)
        // Repetitions point back at the first occurrence, as the repetition checks do.
        let related = check.hasPrefix("repeated-") ? TextLocation(line: 1, column: 1) : nil
        return Finding(check: check, severity: severity, start: starts.location(of: range.lowerBound),
                       end: ends.location(of: range.upperBound), text: document.string(range),
                       message: message, suggestion: suggestion, related: related, offsets: range)
    }
}
