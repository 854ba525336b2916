import Foundation
import Glibc
import Testing

@Suite struct CheckMemoryTests {
    /// Minor page faults of one run of the built binary (its output to /dev/null): the pages it
    /// was given by the kernel, each zeroed on first touch.
    private func pageFaults(_ arguments: [String]) throws -> Int {
        let pid = try ProgramRun.startMtlint(arguments, standardOutput: "/dev/null")
        var status: Int32 = 0
        var usage = rusage()
        try #require(wait4(pid, &status, 0, &usage) == pid)
        try #require(status == 0, "exit status \(status)")
        return usage.ru_minflt
    }

    /// `mtlint check` keeps the memory a document's tables had for the next document's: a
    /// second copy of a 3 MB article costs far fewer new pages than the first. (glibc's default
    /// maps each large block on its own and returns it when freed, and the second document
    /// then faults in its tables' pages all over again.)
    @Test func aSecondDocumentReusesTheFirstOnesMemory() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = try Data(contentsOf: TestPaths.seedArticle)
        let text = (0..<200).reduce(into: Data()) { text, _ in text.append(article) }
        let one = folder.appendingPathComponent("one"), two = folder.appendingPathComponent("two")
        for subfolder in [one, two] { try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true) }
        try text.write(to: one.appendingPathComponent("a.txt"))
        try text.write(to: two.appendingPathComponent("a.txt"))
        try text.write(to: two.appendingPathComponent("b.txt"))
        let arguments = ["check", "--jobs", "1", "--format", "json", "--fail-on", "never"]
        let first = try pageFaults(arguments + [one.path])
        let both = try pageFaults(arguments + [two.path])
        #expect(both - first < first / 4, "page faults: one copy \(first), two copies \(both)")
    }
}
