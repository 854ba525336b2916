import Foundation
import Logging
import MTLint
import ServiceLifecycleTestKit
import Testing
@testable import MTLintWatch

/// The engine end to end in-process, and its graceful shutdown without real signals.
@Suite struct WatchServiceTests {
    @Test func checksADroppedFileAndShutsDownGracefully() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-service-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let settings = try WatchSettings(checker: Checker(), watch: WatchConfiguration(settle: 0.1))
        let engine = try WatchEngine(
            folder: folder, settings: settings, options: WatchOptions(workers: 2),
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }, reload: { settings })
        try await testGracefulShutdown { trigger in
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await WatchService(engine: engine).run() }
                let staged = "\(folder)/staged.txt"
                try Data("Премьер-министр said hello.\n".utf8).write(to: URL(fileURLWithPath: staged))
                try FileManager.default.moveItem(atPath: staged, toPath: "\(folder)/inbox/a.txt")
                for _ in 0..<200 where !FileManager.default.fileExists(atPath: "\(folder)/done/a.txt") {
                    try await Task.sleep(for: .milliseconds(25))
                }
                trigger.triggerGracefulShutdown()
                try await group.waitForAll()
            }
        }
        #expect(FileManager.default.fileExists(atPath: "\(folder)/done/a.txt"))
        let report = try String(contentsOfFile: "\(folder)/reports/a.txt.json", encoding: .utf8)
        #expect(report.contains("leftover-russian"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(folder)/.mtlint/work-\(engine.folders.slot)").isEmpty)
    }

    @Test func anXLIFFFileIsCheckedAgainstItsOwnSource() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-service-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/inputs/wmt-1.2.xlf")
        let settings = try WatchSettings(checker: Checker(), watch: WatchConfiguration(settle: 0.1, extensions: ["xlf"]))
        let engine = try WatchEngine(
            folder: folder, settings: settings, options: WatchOptions(workers: 1),
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }, reload: { settings })
        try await testGracefulShutdown { trigger in
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await WatchService(engine: engine).run() }
                let staged = "\(folder)/staged.xlf"
                try FileManager.default.copyItem(atPath: fixture.path, toPath: staged)
                try FileManager.default.moveItem(atPath: staged, toPath: "\(folder)/inbox/wmt.xlf")
                for _ in 0..<400 where !FileManager.default.fileExists(atPath: "\(folder)/done/wmt.xlf") {
                    try await Task.sleep(for: .milliseconds(25))
                }
                trigger.triggerGracefulShutdown()
                try await group.waitForAll()
            }
        }
        // The checks that need the source ran on the file's own <source> segments.
        let report = try String(contentsOfFile: "\(folder)/reports/wmt.xlf.json", encoding: .utf8)
        #expect(report.contains("\"untranslated\""))
        #expect(report.contains("\"number-mismatch\""))
    }
}
