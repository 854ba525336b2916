/// The result of checking one input: the contract's report object.
public struct Report: Codable, Sendable {
    public var file: String
    /// The encoding the input was decoded from; nil when it could not be read.
    public var encoding: String?
    public var findings: [Finding]
    public var summary: Summary
    /// Why the input could not be checked; nil when it was.
    public var error: String?
    /// The Russian original used for source-aware checks.
    public var source: String?

    public struct Summary: Codable, Sendable, Equatable {
        public var words: Int
        public var errors: Int
        public var warnings: Int
        public var infos: Int

        public init(words: Int, findings: [Finding]) {
            self.words = words
            // One pass reading the severities in place: a closure over the findings copied
            // each one (and retained its strings), three times.
            var counts = (errors: 0, warnings: 0, infos: 0)
            findings.withUnsafeBufferPointer { findings in
                for index in findings.indices {
                    switch findings[index].severity {
                    case .error: counts.errors += 1
                    case .warning: counts.warnings += 1
                    case .info: counts.infos += 1
                    }
                }
            }
            (errors, warnings, infos) = counts
        }
    }

    public init(file: String, encoding: String?, findings: [Finding], words: Int, source: String? = nil) {
        self.file = file
        self.encoding = encoding
        self.findings = findings
        summary = Summary(words: words, findings: findings)
        self.source = source
    }

    /// The report of an input that could not be checked.
    public init(file: String, failure: String) {
        self.init(file: file, encoding: nil, findings: [], words: 0)
        error = failure
    }

    /// The most severe finding's severity, if any.
    public var worstSeverity: Severity? { findings.map(\.severity).max() }
}
