import Foundation
import Testing
@testable import MTLintWatch

@Suite struct AtomicWriterTests {
    @Test func aCommittedGroupIsVisibleWholeAndLeavesNoTemporaries() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-writer-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let folder = try Directory(path: path, create: 0o755)
        let writer = AtomicWriter(temporaryPrefix: AtomicWriter.temporaryPrefix(slot: 1))
        let pool = SyncPool(width: 4)
        var pending: [AtomicWriter.Pending] = []
        for index in 0..<10 {
            pending.append(try writer.begin(Array("report \(index)\n".utf8), to: RawName("a\(index).json"), in: folder))
        }
        // Written but not committed: only temporaries, nothing under a report's name.
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).allSatisfy { $0.hasPrefix(".mtlint-1-") })
        let dropped = try writer.begin(Array("dropped".utf8), to: RawName("dropped.json"), in: folder)
        writer.abandon(dropped)
        let errors = writer.commit(pending, pool: pool)
        #expect(errors.allSatisfy { $0 == nil })
        let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        #expect(names == (0..<10).map { "a\($0).json" }.sorted())
        #expect(try String(contentsOfFile: "\(path)/a7.json", encoding: .utf8) == "report 7\n")
    }

    @Test func aFailedFileIsReportedAndRemovedWhileTheOthersCommit() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-writer-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let folder = try Directory(path: path, create: 0o755)
        try FileManager.default.createDirectory(atPath: "\(path)/taken.json", withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: "\(path)/taken.json/inside", withIntermediateDirectories: false)
        let writer = AtomicWriter(temporaryPrefix: AtomicWriter.temporaryPrefix(slot: 2))
        let files = [
            try writer.begin(Array("ok".utf8), to: RawName("ok.json"), in: folder),
            // A non-empty folder under the target name: the rename fails.
            try writer.begin(Array("no".utf8), to: RawName("taken.json"), in: folder),
        ]
        let errors = writer.commit(files, pool: SyncPool(width: 2))
        #expect(errors[0] == nil)
        #expect(errors[1] != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).sorted() == ["ok.json", "taken.json"])
    }
}
