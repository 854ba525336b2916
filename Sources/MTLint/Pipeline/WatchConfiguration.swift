import FoundationEssentials

/// The `watch` section of a configuration file: how `mtlint watch` runs. Every key is
/// optional; command-line flags override what the file says.
///
/// ```json
/// "watch": { "folder": "/var/lib/mtlint", "settle": 1.0, "workers": 2, "maxSize": 16777216,
///            "poll": null, "formats": ["json", "html", "markdown"], "dashboard": true, "glossaries": [] }
/// ```
public struct WatchConfiguration: Sendable, Equatable, Codable {
    /// The folder holding `inbox/ reports/ done/ failed/` (default: `./watch`).
    public var folder: String?
    /// Seconds a file closed by a naive writer must stay unchanged before it is taken.
    public var settle: Double
    /// Files checked in parallel; nil means one per core.
    public var workers: Int?
    /// Inputs larger than this many bytes are rejected.
    public var maxSize: Int
    /// Seconds between folder scans when polling; nil means inotify (polling is still chosen
    /// automatically on network file systems).
    public var poll: Double?
    /// Report formats written for each input, by name (`json`, `html`, `markdown`, `text`).
    public var formats: [String]
    /// Keeps `reports/index.html` (the dashboard of all reports) up to date.
    public var dashboard: Bool
    /// Glossary files (TSV or TBX) to check against.
    public var glossaries: [String]
    /// Seconds a `NAME.ru.EXT` or `NAME.en.EXT` waits for its partner.
    public var pairWait: Double
    /// First interval in seconds of the safety-net rescan (it backs off while it finds nothing).
    public var rescan: Double
    /// File name extensions accepted as articles; others go to `failed/` with a report.
    public var extensions: [String]

    public static let defaultMaximumSize = 16 << 20

    public init(
        folder: String? = nil, settle: Double = 1.0, workers: Int? = nil, maxSize: Int = defaultMaximumSize,
        poll: Double? = nil, formats: [String] = ["json", "html", "markdown"], dashboard: Bool = true,
        glossaries: [String] = [], pairWait: Double = 2.0,
        rescan: Double = 5.0, extensions: [String] = ["txt", "md", "html", "htm"]
    ) {
        self.folder = folder
        self.settle = settle
        self.workers = workers
        self.maxSize = maxSize
        self.poll = poll
        self.formats = formats
        self.dashboard = dashboard
        self.glossaries = glossaries
        self.pairWait = pairWait
        self.rescan = rescan
        self.extensions = extensions
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case folder, settle, workers, maxSize, poll, formats, dashboard, glossaries, pairWait, rescan, extensions
    }

    public init(from decoder: any Decoder) throws {
        try AnyKey.rejectUnknown(in: decoder.container(keyedBy: AnyKey.self), known: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = WatchConfiguration()
        folder = try container.decodeIfPresent(String.self, forKey: .folder)
        settle = try container.decodeIfPresent(Double.self, forKey: .settle) ?? defaults.settle
        workers = try container.decodeIfPresent(Int.self, forKey: .workers)
        maxSize = try container.decodeIfPresent(Int.self, forKey: .maxSize) ?? defaults.maxSize
        poll = try container.decodeIfPresent(Double.self, forKey: .poll)
        formats = try container.decodeIfPresent([String].self, forKey: .formats) ?? defaults.formats
        dashboard = try container.decodeIfPresent(Bool.self, forKey: .dashboard) ?? defaults.dashboard
        glossaries = try container.decodeIfPresent([String].self, forKey: .glossaries) ?? defaults.glossaries
        pairWait = try container.decodeIfPresent(Double.self, forKey: .pairWait) ?? defaults.pairWait
        rescan = try container.decodeIfPresent(Double.self, forKey: .rescan) ?? defaults.rescan
        extensions = try container.decodeIfPresent([String].self, forKey: .extensions) ?? defaults.extensions
    }

    /// Why these values cannot run, or nil when they can.
    public var problem: String? {
        if settle < 0 || !settle.isFinite { return "watch.settle must be a number of seconds ≥ 0" }
        if let workers, workers < 1 { return "watch.workers must be at least 1" }
        if maxSize < 1 { return "watch.maxSize must be at least 1 byte" }
        if let poll, poll <= 0 || !poll.isFinite { return "watch.poll must be a number of seconds > 0" }
        if formats.isEmpty { return "watch.formats must name at least one format" }
        if pairWait < 0 || !pairWait.isFinite { return "watch.pairWait must be a number of seconds ≥ 0" }
        if rescan <= 0 || !rescan.isFinite { return "watch.rescan must be a number of seconds > 0" }
        return nil
    }
}
