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

    func encoded() throws(InputError) -> [UInt8] {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return Array(try encoder.encode(self)) + [0x0A]
        } catch {
            throw InputError(path: "index.json", message: "cannot encode the dashboard index: \(error)")
        }
    }
}
