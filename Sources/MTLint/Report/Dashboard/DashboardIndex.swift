import FoundationEssentials
import Glibc

/// `reports/index.json`: every entry of the dashboard, newest first. The dashboard page is
/// made from it alone, so adding one report never re-reads the other report files.
struct DashboardIndex: Codable, Sendable {
    static let currentVersion = 1

    var version: Int = currentVersion
    var entries: [DashboardEntry] = []

    /// Adds entries, replacing any with the same name, and keeps newest first.
    mutating func merge(_ new: [DashboardEntry]) {
        let names = Set(new.map(\.name))
        entries.removeAll { names.contains($0.name) }
        var seen = Set<String>()
        // Of several new entries with one name, the last given wins.
        entries += new.reversed().filter { seen.insert($0.name).inserted }
        entries.sort { ($0.checkedAt, $1.name) > ($1.checkedAt, $0.name) }
    }

    /// The index at `path`; an empty one when the file does not exist yet.
    static func load(path: String) throws(InputError) -> DashboardIndex {
        guard access(path, F_OK) == 0 else { return DashboardIndex() }
        let bytes = try InputFile.read(path: path, maximumSize: 1 << 30)
        do {
            let index = try JSONDecoder().decode(DashboardIndex.self, from: Data(bytes))
            guard index.version == currentVersion else {
                throw InputError(path: path, message: "unknown index version \(index.version); run the dashboard's regenerate")
            }
            return index
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(path: path, message: "not a dashboard index (\(error)); run the dashboard's regenerate")
        }
    }

    /// The index as compact JSON with sorted keys (what `JSONEncoder` with `.sortedKeys`
    /// wrote), serialized straight into bytes: the encoder built a tree of boxed values first,
    /// some 15 MB for 12,000 entries, on every dashboard update of a busy daemon.
    func encoded() throws(InputError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(64 + entries.count * 256)
        output += "{\"entries\":[".utf8
        for (position, entry) in entries.enumerated() {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            Self.write(entry, into: &output)
        }
        output += "],\"version\":\(version)}\n".utf8
        return output
    }

    private static func write(_ entry: DashboardEntry, into output: inout [UInt8]) {
        output += "{\"checkedAt\":".utf8
        output += number(entry.checkedAt).utf8
        if let encoding = entry.encoding {
            output += ",\"encoding\":".utf8
            JSONWriter.writeString(encoding, into: &output)
        }
        if let error = entry.error {
            output += ",\"error\":".utf8
            JSONWriter.writeString(error, into: &output)
        }
        output += ",\"errors\":\(entry.errors),\"families\":{".utf8
        for (position, key) in entry.families.keys.sorted().enumerated() {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            JSONWriter.writeString(key, into: &output)
            output += ":\(entry.families[key]!)".utf8
        }
        output += "},\"file\":".utf8
        JSONWriter.writeString(entry.file, into: &output)
        output += ",\"infos\":\(entry.infos),\"name\":".utf8
        JSONWriter.writeString(entry.name, into: &output)
        output += ",\"status\":".utf8
        JSONWriter.writeString(entry.status.rawValue, into: &output)
        output += ",\"warnings\":\(entry.warnings),\"words\":\(entry.words)}".utf8
    }

    /// A time as JSON: the shortest text that reads back as the same Double, without a
    /// trailing ".0" (as `JSONEncoder` writes it); a non-finite value (never a real time) as 0.
    private static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
