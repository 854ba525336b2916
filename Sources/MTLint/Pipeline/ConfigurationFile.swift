import FoundationEssentials

/// Reads a configuration file: JSON with a `version` and the sections below.
///
/// ```json
/// { "version": 1,
///   "checks": { "repeated-word": { "severity": "warning", "options": { "exceptions": ["had"] } } },
///   "watch": { "settle": 1.0, "formats": ["json"] } }
/// ```
public enum ConfigurationFile {
    public static func load(path: String) throws(InputError) -> Configuration {
        let bytes = try InputFile.read(path: path)
        return try parse(bytes, path: path)
    }

    public static func parse(_ bytes: [UInt8], path: String) throws(InputError) -> Configuration {
        do {
            let file = try JSONDecoder().decode(FileShape.self, from: Data(bytes))
            guard file.version == Configuration.currentVersion else {
                throw InputError(path: path, message: "configuration version \(file.version) is not supported (this mtlint reads version \(Configuration.currentVersion))")
            }
            for id in file.checks.keys.sorted() where !CheckRegistry.allIDs.contains(id) {
                throw InputError(path: path, message: "unknown check '\(id)' in checks (known: \(CheckRegistry.allIDs.joined(separator: ", ")))")
            }
            if let problem = file.watch.problem { throw InputError(path: path, message: problem) }
            return Configuration(checks: file.checks, watch: file.watch)
        } catch let error as InputError {
            throw error
        } catch let Swift.DecodingError.dataCorrupted(context) {
            throw InputError(path: path, message: Self.describe(context))
        } catch let Swift.DecodingError.keyNotFound(key, context) {
            throw InputError(path: path, message: "missing key '\(key.stringValue)' at \(Self.keyPath(context.codingPath))")
        } catch let Swift.DecodingError.typeMismatch(_, context) {
            throw InputError(path: path, message: "wrong type at \(Self.keyPath(context.codingPath)): \(context.debugDescription)")
        } catch {
            throw InputError(path: path, message: "invalid configuration: \(error)")
        }
    }

    private struct FileShape: Decodable {
        var version: Int
        var checks: [String: Configuration.CheckSettings]
        var watch: WatchConfiguration

        enum CodingKeys: String, CodingKey, CaseIterable { case version, checks, watch }

        init(from decoder: any Decoder) throws {
            try AnyKey.rejectUnknown(in: decoder.container(keyedBy: AnyKey.self), known: CodingKeys.allCases.map(\.rawValue))
            let container = try decoder.container(keyedBy: CodingKeys.self)
            version = try container.decode(Int.self, forKey: .version)
            checks = try container.decodeIfPresent([String: Configuration.CheckSettings].self, forKey: .checks) ?? [:]
            watch = try container.decodeIfPresent(WatchConfiguration.self, forKey: .watch) ?? WatchConfiguration()
        }
    }

    private static func describe(_ context: Swift.DecodingError.Context) -> String {
        context.codingPath.isEmpty ? "not valid JSON: \(context.debugDescription)"
            : "\(keyPath(context.codingPath)): \(context.debugDescription)"
    }

    private static func keyPath(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "top level" : path.map(\.stringValue).joined(separator: ".")
    }
}
