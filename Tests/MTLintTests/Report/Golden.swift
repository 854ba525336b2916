import Foundation

/// Compares output with a committed golden file; `MTLINT_UPDATE_GOLDEN=1 swift test` rewrites them.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Golden")

    /// The golden text, after rewriting it when asked to.
    static func expected(_ name: String, actual: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["MTLINT_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
