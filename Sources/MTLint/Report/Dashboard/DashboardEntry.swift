import FoundationEssentials

/// One checked input as the dashboard lists it: a line of `reports/index.json`.
public struct DashboardEntry: Codable, Sendable, Equatable {
    /// The report files' base name: the dashboard links to `NAME.html`. Unique in a folder;
    /// a new entry with the same name replaces the old one.
    public var name: String
    /// The input's path as reported.
    public var file: String
    /// When it was checked, in seconds since 1970 (plain numbers, so the page's script reads
    /// them without parsing dates).
    public var checkedAt: Double
    public var status: Status
    /// Why it could not be checked (status `failed`).
    public var error: String?
    public var encoding: String?
    public var words: Int
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    /// Findings per check family (`leftover`, `script`, …, `other`), families with none left out.
    public var families: [String: Int]

    public enum Status: String, Codable, Sendable {
        case done, failed
    }

    /// The entry for a report (a report with `error` set is `failed`).
    public init(report: Report, name: String, checkedAt: Date) {
        self.name = name
        file = report.file
        self.checkedAt = checkedAt.timeIntervalSince1970
        status = report.error == nil ? .done : .failed
        error = report.error
        encoding = report.encoding
        words = report.summary.words
        errors = report.summary.errors
        warnings = report.summary.warnings
        infos = report.summary.infos
        families = Dictionary(uniqueKeysWithValues: FamilyStyle.counts(report.findings).map { ($0.key, $0.count) })
    }

    /// All findings of the entry.
    public var findings: Int { errors + warnings + infos }
}
