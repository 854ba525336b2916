import FoundationEssentials
import Glibc

/// The dashboard of a reports folder: `index.html` (what people open) made from `index.json`
/// (every checked input with its counts, newest first).
///
/// The daemon calls ``update(with:name:checkedAt:)`` after writing each input's reports; it
/// reads and rewrites only the index, never the other reports, and writes both files
/// atomically, so a reader never sees a half-written page. Calls from several threads or
/// processes on one folder are serialized by a lock file (`.index.lock`).
/// ``regenerate()`` rebuilds the index from the `NAME.json` reports in the folder, for a folder
/// written without the dashboard or an index that was lost.
///
/// After checking one input, a daemon writes its pages and then records it:
///
/// ```swift
/// let now = Date()
/// try AtomicFile.write(HTMLReportWriter(checkedAt: now).render(report, document: document), to: "\(reports)/\(name).html")
/// try AtomicFile.write(Array(MarkdownReportWriter().render(report).utf8), to: "\(reports)/\(name).md")
/// try Dashboard(reportsFolder: reports).update(with: report, name: name, checkedAt: now)
/// ```
public struct Dashboard: Sendable {
    public static let indexFileName = "index.json"
    public static let pageFileName = "index.html"

    public let reportsFolder: String

    public init(reportsFolder: String) {
        self.reportsFolder = reportsFolder
    }

    /// Records one input's report (a report with `error` set is listed as failed) and rewrites
    /// the dashboard. `name` is the base name of its report files (`NAME.html`, `NAME.json`);
    /// an earlier entry with the same name is replaced.
    public func update(with report: Report, name: String, checkedAt: Date = Date()) throws(InputError) {
        try update(with: [DashboardEntry(report: report, name: name, checkedAt: checkedAt)])
    }

    /// Records several entries at once (one read and one write of the index).
    public func update(with entries: [DashboardEntry]) throws(InputError) {
        try locked { () throws(InputError) in
            var index = try DashboardIndex.load(path: path(Self.indexFileName))
            index.merge(entries)
            try write(index)
        }
    }

    /// Rebuilds `index.json` and `index.html` from the `NAME.json` reports in the folder,
    /// dated by their modification times. Files that are not reports are skipped.
    public func regenerate() throws(InputError) {
        try locked { () throws(InputError) in
            var index = DashboardIndex()
            index.merge(try jsonFiles().compactMap(entry(forReport:)))
            try write(index)
        }
    }

    /// Adds the `NAME.json` reports the index does not list (a daemon killed before its
    /// batched update recorded them), dated by their modification times, and rewrites the
    /// dashboard if there were any. Reads only those reports. Returns how many were added.
    @discardableResult
    public func addMissing() throws(InputError) -> Int {
        var added = 0
        try locked { () throws(InputError) in
            var index = try DashboardIndex.load(path: path(Self.indexFileName))
            let listed = Set(index.entries.map(\.name))
            let missing = try jsonFiles().filter { !listed.contains(String($0.dropLast(5))) }.compactMap(entry(forReport:))
            guard !missing.isEmpty else { return }
            index.merge(missing)
            try write(index)
            added = missing.count
        }
        return added
    }

    /// The entry of the report `file` (`NAME.json`); nil when it is not a report.
    private func entry(forReport file: String) -> DashboardEntry? {
        let full = path(file)
        guard let bytes = try? InputFile.read(path: full),
              let report = try? JSONDecoder().decode(Report.self, from: Data(bytes)) else { return nil }
        var status = stat()
        let modified = stat(full, &status) == 0 ? Double(status.st_mtim.tv_sec) : 0
        return DashboardEntry(report: report, name: String(file.dropLast(5)), checkedAt: Date(timeIntervalSince1970: modified))
    }

    /// The entries of the folder's index, newest first.
    public func entries() throws(InputError) -> [DashboardEntry] {
        try DashboardIndex.load(path: path(Self.indexFileName)).entries
    }

    private func write(_ index: DashboardIndex) throws(InputError) {
        let json = try index.encoded()
        try AtomicFile.write(json, to: path(Self.indexFileName))
        try AtomicFile.write(DashboardWriter().render(index.entries, indexJSON: json), to: path(Self.pageFileName))
    }

    private func path(_ name: String) -> String {
        reportsFolder.hasSuffix("/") ? reportsFolder + name : "\(reportsFolder)/\(name)"
    }

    private func jsonFiles() throws(InputError) -> [String] {
        guard let handle = opendir(reportsFolder) else {
            throw InputError(path: reportsFolder, message: InputFile.systemError(errno))
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasSuffix(".json"), !name.hasPrefix("."), name != Self.indexFileName { names.append(name) }
        }
        return names.sorted()
    }

    /// Runs `body` holding an exclusive lock on the folder's `.index.lock`.
    private func locked(_ body: () throws(InputError) -> Void) throws(InputError) {
        let lockPath = path(".index.lock")
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw InputError(path: lockPath, message: InputFile.systemError(errno)) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw InputError(path: lockPath, message: InputFile.systemError(errno)) }
        }
        defer { flock(descriptor, LOCK_UN) }
        try body()
    }
}
