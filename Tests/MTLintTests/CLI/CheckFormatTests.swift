import Foundation
import Testing
@testable import MTLint

/// `mtlint check --format markdown|html`, `--output` and the progress bar, run end to end.
@Suite struct CheckFormatTests {
    private func article(_ folder: String, _ name: String, _ text: String) throws -> String {
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func markdownToStandardOutput() throws {
        let folder = try TestPaths.temporaryFolder().path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try article(folder, "a`b.txt", "Intro.\n\nПремьер-министр Израиля\n")
        let result = try ProgramRun.mtlint(["check", "--format", "markdown", path])
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("### mtlint: ``\(path)``\n"))
        #expect(result.standardOutput.contains("- **3:1** error `Премьер-министр Израиля` — Untranslated Russian text ("))
        #expect(result.standardError.isEmpty)
    }

    @Test func htmlForOneInputToStandardOutput() throws {
        let folder = try TestPaths.temporaryFolder().path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try article(folder, "a.txt", "Москва <script>x</script>\n")
        let result = try ProgramRun.mtlint(["check", "--format", "html", path])
        #expect(result.standardOutput.hasPrefix("<!DOCTYPE html>"))
        #expect(result.standardOutput.contains("<mark class=\"hl fam-leftover sev-"))
        #expect(result.standardOutput.contains("&lt;script&gt;x&lt;/script&gt;"))
        let two = try ProgramRun.mtlint(["check", "--format", "html", path, path])
        #expect(two.status == 64)
        #expect(two.standardError.contains("--output"))
    }

    @Test func htmlFilesAndDashboardInOutputFolder() throws {
        let folder = try TestPaths.temporaryFolder().path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/in/sub", withIntermediateDirectories: true)
        _ = try article(folder, "in/a.txt", "Москва\n")
        _ = try article(folder, "in/sub/a.txt", "Clean text.\n")
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]).write(to: URL(fileURLWithPath: folder + "/in/scan.txt"))
        let result = try ProgramRun.mtlint(["check", "--format", "html", "--output", folder + "/reports", folder + "/in"])
        #expect(result.status == 2)
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder + "/reports"))
        #expect(files.isSuperset(of: ["a.txt.html", "a.txt-2.html", "scan.txt.html", "index.html", "index.json"]))
        let entries = try Dashboard(reportsFolder: folder + "/reports").entries()
        #expect(Set(entries.map(\.name)) == ["a.txt", "a.txt-2", "scan.txt"])
        #expect(entries.first { $0.name == "scan.txt" }?.status == .failed)
        let failedPage = try String(contentsOfFile: folder + "/reports/scan.txt.html", encoding: .utf8)
        #expect(failedPage.contains("This file could not be checked"))

        let markdown = try ProgramRun.mtlint(["check", "--format", "markdown", "--output", folder + "/md", folder + "/in/a.txt"])
        #expect(markdown.standardOutput.isEmpty)
        let text = try String(contentsOfFile: folder + "/md/a.txt.md", encoding: .utf8)
        #expect(text.contains("- **1:1** ") && text.contains(" `Москва` — Untranslated Russian text"))
    }

    /// Piped, there is no progress bar; on a terminal (faked with `script`) there is one.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
    func progressBarOnlyOnATerminal() throws {
        let folder = try TestPaths.temporaryFolder().path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for index in 0..<30 { _ = try article(folder, "f\(index).txt", "Plain English number \(index).\n") }
        let piped = try ProgramRun.mtlint(["check", folder])
        #expect(piped.status == 0)
        #expect(piped.standardError.isEmpty)
        #expect(!piped.standardOutput.contains("files/s"))
        let command = "env -u NO_COLOR TERM=xterm \(TestPaths.binary.path) check --jobs 1 \(folder) > /dev/null"
        let terminal = try ProgramRun.run("/usr/bin/script", ["-qec", command, "/dev/null"], openInput: true)
        #expect(terminal.standardOutput.contains("30/30 files"))
        #expect(terminal.standardOutput.contains("files/s"))
    }
}
