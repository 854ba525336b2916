@testable import mtlint
import Testing

/// `mtlint check`'s argument shortcut against its definition: swift-argument-parser's parse
/// of the whole command tree. Whatever the shortcut reads, the tree reads the same way; what
/// the shortcut declines goes to the tree, so declining is always allowed, but the everyday
/// spellings must not be declined.
@Suite struct StartupArgumentsTests {
    /// The request swift-argument-parser makes of `mtlint check ARGUMENTS`, or nil when it
    /// answers with anything else (help, an error).
    private func reference(_ arguments: [String]) -> CheckRequest? {
        ((try? MTLintCommand.parseAsRoot(["check"] + arguments)) as? CheckCommand)?.request
    }

    private func expectSameAsReference(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        guard let request = CheckArgumentShortcut.request(arguments) else { return }
        #expect(request == reference(arguments), "\(arguments)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        ["a.txt"],
        ["a.txt", "b.txt", "folder"],
        ["--format", "json", "--fail-on", "never", "a.txt"],
        ["--jobs", "2", "--format", "json", "--fail-on", "never", "peers"],
        ["a.txt", "--format=markdown", "b.txt", "--jobs=1"],
        ["--glossary", "one.tsv", "a.txt", "--glossary=two.tbx", "--glossary", "three.tsv"],
        ["--source", "original.txt", "--encoding", "windows-1251", "article.txt"],
        ["--output", "reports", "--xliff-notes", "notes", "--config", "mtlint.json", "--input-format", "xliff", "in"],
        ["--input-format", "auto", "--format", "html", "page.html"],
        ["--source=-", "a.txt"],
        ["--output", "x=y", "a=b.txt"],
        ["--jobs", "+3", "a.txt"],
        ["", "a.txt"],
        ["help"],
        ["check"],
    ])
    func everydaySpellingsAreReadAsTheTreeReadsThem(arguments: [String]) {
        let request = CheckArgumentShortcut.request(arguments)
        #expect(request != nil)
        #expect(request == reference(arguments))
    }

    @Test(arguments: [
        [], ["--help"], ["-h"], ["help", "-h"], ["--version"], ["--generate-completion-script", "bash"],
        ["--", "a.txt"], ["-"], ["-a.txt"], ["--format", "yaml", "a.txt"], ["--format", "JSON", "a.txt"],
        ["--format", "json", "--format", "text", "a.txt"], ["--jobs", "0", "a.txt"], ["--jobs", "-1", "a.txt"],
        ["--jobs", "two", "a.txt"], ["--jobs=", "a.txt"], ["--encoding=", "a.txt"], ["--source", "", "a.txt"], ["--input-format", "docx", "a.txt"],
        ["--source", "s.txt", "a.txt", "b.txt"], ["--source", "s.txt"], ["--format"], ["a.txt", "--format"],
        ["--format", "--jobs", "2", "a.txt"], ["--source", "-", "a.txt"], ["--no-such-option", "a.txt"],
        ["--=x", "a.txt"], ["---format", "json", "a.txt"], ["--Format", "json", "a.txt"], ["-j", "2", "a.txt"],
    ])
    func otherSpellingsAreDeclined(arguments: [String]) {
        #expect(CheckArgumentShortcut.request(arguments) == nil)
    }

    /// Random mixes of names, values and paths, good and bad: whatever the shortcut reads
    /// must be read the same by the tree.
    @Test func randomArgumentsAreReadAsTheTreeReadsThem() {
        let pool = [
            "a.txt", "b.txt", "help", "check", "", "-", "--", "-h", "--help", "--version", "x=y",
            "--format", "json", "text", "html", "yaml", "--format=json", "--format=",
            "--fail-on", "never", "warning", "--fail-on=error", "--jobs", "1", "2", "0", "-1", "+2", "--jobs=3",
            "--source", "--source=s.txt", "--output", "--encoding", "koi8-r", "--glossary", "--glossary=g.tsv",
            "--input-format", "auto", "xliff", "--input-format=tmx", "--xliff-notes", "--config", "--unknown",
        ]
        var generator = SplitMix64(seed: 7)
        var accepted = 0
        for _ in 0..<2000 {
            let count = Int.random(in: 1...6, using: &generator)
            let arguments = (0..<count).map { _ in pool.randomElement(using: &generator)! }
            if CheckArgumentShortcut.request(arguments) != nil { accepted += 1 }
            expectSameAsReference(arguments)
        }
        #expect(accepted > 20, "the mixes should also hold everyday spellings")
    }
}
