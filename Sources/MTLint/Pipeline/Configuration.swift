import FoundationEssentials

/// What a run checks and how strictly. Loaded from a versioned JSON file; every key is
/// known, and an unknown one is an error naming it.
public struct Configuration: Sendable, Equatable {
    public static let currentVersion = 1

    /// Per-check settings by check id.
    public var checks: [String: CheckSettings]
    /// How `mtlint watch` runs (ignored by `mtlint check`).
    public var watch: WatchConfiguration

    public init(checks: [String: CheckSettings] = [:], watch: WatchConfiguration = WatchConfiguration()) {
        self.checks = checks
        self.watch = watch
    }

    public struct CheckSettings: Sendable, Equatable, Codable {
        /// False turns the check off.
        public var enabled: Bool
        /// Replaces the check's default severity (hits that say `info` stay `info`).
        public var severity: Severity?
        public var options: CheckOptions

        public init(enabled: Bool = true, severity: Severity? = nil, options: CheckOptions = [:]) {
            self.enabled = enabled
            self.severity = severity
            self.options = options
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case enabled, severity, options }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            try AnyKey.rejectUnknown(in: container, known: CodingKeys.allCases.map(\.rawValue))
            let keyed = try decoder.container(keyedBy: CodingKeys.self)
            enabled = try keyed.decodeIfPresent(Bool.self, forKey: .enabled) ?? true
            severity = try keyed.decodeIfPresent(Severity.self, forKey: .severity)
            options = try keyed.decodeIfPresent(CheckOptions.self, forKey: .options) ?? [:]
        }
    }

    /// The settings for one check id (defaults when not configured).
    public func settings(for id: String) -> CheckSettings {
        checks[id] ?? CheckSettings()
    }
}

/// A coding key for any string, used to find keys a type does not know.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    static func rejectUnknown(in container: KeyedDecodingContainer<AnyKey>, known: [String]) throws {
        for key in container.allKeys where !known.contains(key.stringValue) {
            throw Swift.DecodingError.dataCorrupted(.init(
                codingPath: container.codingPath + [key],
                debugDescription: "unknown key '\(key.stringValue)' (known: \(known.joined(separator: ", ")))"))
        }
    }
}
