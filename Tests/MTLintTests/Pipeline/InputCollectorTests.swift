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

/// Folders with and without ".ru" in their names: the collected inputs are those of pairing
/// every file (``InputCollector/partner(ofSource:in:)``, ``InputCollector/source(for:exists:)``).
@Suite struct InputCollectorPairingTests {
    /// A folder's path and an entry's name make one path as `prefix + String(cString:)` does,
    /// invalid UTF-8 repaired alike.
    @Test func entryPathsAreJoinedAsStrings() {
        let names: [[UInt8]] = [Array("a.txt".utf8), Array("статья.ru.txt".utf8), [0xFF, 0x61], [0xD0], [0x61, 0xE2, 0x82], [0x80, 0x2E], []]
        for prefix in ["/tmp/", "папка/", ""] {
            for name in names {
                let terminated = name + [0]
                let reference = prefix + terminated.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
                let joined = terminated.withUnsafeBufferPointer { InputCollector.joined(prefix, name: $0.baseAddress!) }
                #expect(Array(joined.utf8) == Array(reference.utf8), "\(prefix) \(name)")
            }
        }
    }

    @Test func russianExtensionsAreFoundInBytes() {
        for (path, expected) in [("a.ru", true), (".ru", true), ("x/b.ru.txt", true), ("ru", false), ("a.r", false), ("a.rux", true), ("a.RU", false), ("", false), ("..r.u", false)] {
            #expect(InputCollector.mentionsRussianExtension(path) == expected, "\(path)")
        }
    }

    @Test func randomFoldersArePairedAsByTheDefinition() throws {
        let names = ["a.txt", "b.en.txt", "b.ru.txt", "b.txt", "c", "c.ru", "d.ru.md", "d.md", "x.rux", "ru.txt", "e.ru.",
                     "f.en.ru.txt", "f.en.txt", "g.RU.txt", "g.txt", "h.r.u", "rusk.txt"]
        var generator = SplitMix64(seed: 5)
        for round in 0..<60 {
            let folder = try TestPaths.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let chosen = names.filter { _ in Bool.random(using: &generator) }
            for name in chosen { try Data("text\n".utf8).write(to: folder.appendingPathComponent(name)) }
            let files = chosen.map { folder.path + "/" + $0 }.sorted()
            let present = Set(files)
            let expected = files.filter { InputCollector.partner(ofSource: $0, in: present) == nil }
                .map { CheckInput(path: $0, source: InputCollector.source(for: $0, exists: { present.contains($0) })) }
            #expect(try InputCollector.collect([folder.path]) == expected, "round \(round): \(chosen)")
        }
    }
}
