import Foundation
import Testing
@testable import MTLint

/// Folder walks and source pairing.
@Suite struct InputCollectorTests {
    @Test func extensionsAreSplitOffTheFileNameOnly() {
        #expect(InputCollector.splitExtension("a/b.en.txt") == ("a/b.en", ".txt"))
        #expect(InputCollector.splitExtension("dir.d/name") == ("dir.d/name", ""))
        #expect(InputCollector.splitExtension("dir/.hidden") == ("dir/.hidden", ""))
        #expect(InputCollector.splitExtension(".hidden.txt") == (".hidden", ".txt"))
        #expect(InputCollector.splitExtension("статьи/новость.ru.txt") == ("статьи/новость.ru", ".txt"))
        #expect(InputCollector.splitExtension("x/") == ("x/", ""))
        #expect(InputCollector.splitExtension("") == ("", ""))
    }

    @Test func foldersAreWalkedInOrderWithLinksSubfoldersAndSources() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["b.en.txt", "b.ru.txt", "a.txt", ".hidden.txt", "sub/c.md", "sub/c.ru.md", "статья.txt"] {
            try Data("text\n".utf8).write(to: folder.appendingPathComponent(name))
        }
        // A link to a file counts as a file; one to a folder is walked; a dangling one is skipped.
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: "a.txt")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("linked").path, withDestinationPath: "sub")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("gone.txt").path, withDestinationPath: "missing.txt")
        let root = folder.path
        let inputs = try InputCollector.collect([root])
        #expect(inputs == [
            CheckInput(path: root + "/a.txt"),
            CheckInput(path: root + "/b.en.txt", source: root + "/b.ru.txt"),
            CheckInput(path: root + "/link.txt"),
            CheckInput(path: root + "/linked/c.md", source: root + "/linked/c.ru.md"),
            CheckInput(path: root + "/sub/c.md", source: root + "/sub/c.ru.md"),
            CheckInput(path: root + "/статья.txt"),
        ])
        #expect(try InputCollector.collect([root + "/"]).map(\.path) == inputs.map(\.path))
    }
}
