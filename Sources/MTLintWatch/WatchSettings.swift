import MTLint

/// What the daemon runs with, rebuilt on every reload (SIGHUP): the checker (with its
/// per-check settings and, later, glossaries), report formats, and the watch section's
/// timings and limits. The folder and the number of workers are fixed for the process.
public struct WatchSettings: Sendable {
    public var checker: Checker
    public var loader: ArticleLoader
    public var formats: [ReportFormat]
    public var watch: WatchConfiguration

    public init(checker: Checker, watch: WatchConfiguration, encoding: String? = nil) throws(SettingsError) {
        var formats: [ReportFormat] = []
        for name in watch.formats {
            guard let format = ReportFormat.named(name) else {
                throw SettingsError("unknown report format '\(name)' in watch.formats (known: \(ReportFormat.all.map(\.name).joined(separator: ", ")))")
            }
            formats.append(format)
        }
        if let problem = watch.problem { throw SettingsError(problem) }
        self.checker = checker
        self.formats = formats
        self.watch = watch
        loader = ArticleLoader(encoding: encoding, maximumSize: watch.maxSize)
    }

    /// Why settings could not be built from a configuration.
    public struct SettingsError: Error, Sendable, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }
}
