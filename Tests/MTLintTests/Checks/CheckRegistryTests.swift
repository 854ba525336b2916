import Foundation
import Testing
@testable import MTLint

@Suite struct CheckRegistryTests {
    /// A check file that declares a `Check` but is missing from the registry never runs.
    @Test func everyCheckFileIsRegistered() throws {
        let checksFolder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/MTLint/Checks")
        let files = try FileManager.default.subpathsOfDirectory(atPath: checksFolder.path).filter { $0.hasSuffix(".swift") }
        var declared: Set<String> = []
        for file in files {
            let text = try String(contentsOf: checksFolder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains(": Check {") && line.contains("struct ") {
                let name = line.split(separator: "struct ")[1].split(separator: ":")[0]
                declared.insert(String(name))
            }
        }
        let registered = Set(CheckRegistry.all.map { String(describing: $0) })
        #expect(!declared.isEmpty)
        #expect(declared == registered, "declared but not registered: \(declared.subtracting(registered)); registered but not found: \(registered.subtracting(declared))")
    }

    @Test func idsAreUnique() {
        let ids = CheckRegistry.allIDs
        #expect(Set(ids).count == ids.count)
    }
}
