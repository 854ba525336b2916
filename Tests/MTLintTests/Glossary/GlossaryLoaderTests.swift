import Foundation
import Testing
@testable import MTLint

@Suite struct GlossaryLoaderTests {
    @Test func findsTheShippedGlossaryBesideTheBinaryFirst() throws {
        let root = try TestPaths.temporaryFolder().path
        let manager = FileManager.default
        try manager.createDirectory(atPath: "\(root)/bin/glossary", withIntermediateDirectories: true)
        try "target\nKyiv\n".write(toFile: "\(root)/bin/glossary/b.tsv", atomically: true, encoding: .utf8)
        #expect(GlossaryLoader.defaultDirectory(executable: "\(root)/bin/mtlint") == "\(root)/bin/glossary")
        try manager.createDirectory(atPath: "\(root)/share/mtlint/glossary", withIntermediateDirectories: true)
        try "target\nKyiv\n".write(toFile: "\(root)/share/mtlint/glossary/a.tbx", atomically: true, encoding: .utf8)
        try "not a glossary".write(toFile: "\(root)/share/mtlint/glossary/readme.md", atomically: true, encoding: .utf8)
        #expect(GlossaryLoader.defaultDirectory(executable: "\(root)/bin/mtlint") == "\(root)/bin/../share/mtlint/glossary")
        #expect(GlossaryLoader.files(in: "\(root)/share/mtlint/glossary") == ["\(root)/share/mtlint/glossary/a.tbx"])
    }

    @Test func findsThePackageGlossaryForSwiftRun() throws {
        let binary = "\(TestPaths.repository.path)/.build/x86_64-unknown-linux-gnu/debug/mtlint"
        let found = try #require(GlossaryLoader.defaultDirectory(executable: binary))
        #expect(GlossaryLoader.files(in: found).contains { $0.hasSuffix("/default.tsv") })
    }
}
