import Foundation
import Glibc
import Testing
@testable import MTLint

/// Large inputs of `mtlint check` are mapped, not read: the document and the report must be
/// those of the read file, and errors must say what they said.
@Suite(.serialized) struct MappedInputTests {
    /// Text above the mapping threshold: the WMT corpus's articles, repeated as needed, with
    /// `extra` after them, and line feeds to the end of a page: a scan that read past the
    /// text's end would touch the page after the mapping, which may not be mapped at all.
    private static func largeText(extra: String = "") throws -> [UInt8] {
        let corpus = TestPaths.shared.appendingPathComponent("corpus/wmt")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        var articles: [UInt8] = []
        for name in names.prefix(400) {
            articles += try [UInt8](Data(contentsOf: corpus.appendingPathComponent(name))) + Array("\n\n".utf8)
        }
        try #require(!articles.isEmpty)
        var text: [UInt8] = []
        text.reserveCapacity(InputFile.mappingThreshold + articles.count + extra.utf8.count)
        while text.count <= InputFile.mappingThreshold { text += articles }
        text += Array(extra.utf8)
        return text + [UInt8](repeating: 0x0A, count: (4096 - text.count % 4096) % 4096)
    }

    /// Writes `bytes` to a new file in `folder`, through a descriptor closed on exec: a process
    /// another test starts meanwhile must not inherit it, or the file stays open for writing
    /// while that process runs, and gets no read lease (it is then read, not mapped).
    private static func write(_ bytes: [UInt8], in folder: URL, name: String = "large.txt") throws -> String {
        let path = folder.appendingPathComponent(name).path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        try #require(descriptor >= 0, "open \(path): errno \(errno)")
        defer { close(descriptor) }
        var written = 0
        try bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 && errno == EINTR { continue }
                try #require(count > 0, "write \(path): errno \(errno)")
                written += count
            }
        }
        return path
    }

    @Test func onlyLargeFilesAreMappedAndOnlyWhenAllowed() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let small = try Self.write(Array("A small file.\n".utf8), in: folder, name: "small.txt")
        let large = try Self.write([UInt8](repeating: 0x61, count: InputFile.mappingThreshold), in: folder)
        #expect(!(try InputFile.contents(path: small, mappingLargeFiles: true).isMapped))
        #expect(!(try InputFile.contents(path: large, mappingLargeFiles: false).isMapped))
        let mapped = try InputFile.contents(path: large, mappingLargeFiles: true)
        #expect(mapped.isMapped)
        #expect(mapped == TextBytes(try InputFile.read(path: large)))
        #expect(try InputFile.contents(path: small, mappingLargeFiles: true).bytes == InputFile.read(path: small))
    }

    @Test func errorsKeepTheirMessages() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("fifo").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let cases = [
            (folder.path, "is a directory"), (fifo, "not a regular file"),
            (folder.appendingPathComponent("missing.txt").path, "no such file or directory"),
        ]
        for (path, message) in cases {
            for mapping in [false, true] {
                #expect(throws: InputError(path: path, message: message)) {
                    try InputFile.contents(path: path, mappingLargeFiles: mapping)
                }
                #expect(throws: InputError(path: path, message: message)) {
                    try ArticleLoader().loadArticle(path: path, mappingLargeFiles: mapping)
                }
            }
            #expect(throws: InputError(path: path, message: message)) { try InputFile.read(path: path) }
        }
        let large = try Self.write([UInt8](repeating: 0x61, count: InputFile.mappingThreshold), in: folder)
        #expect(throws: InputError(path: large, message: "too large (\(InputFile.mappingThreshold) bytes; the limit is 1000)")) {
            try InputFile.contents(path: large, maximumSize: 1000, mappingLargeFiles: true)
        }
    }

    @Test func mappedAndReadFilesGiveTheSameDocument() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(try Self.largeText(extra: "Leftover: Москва.\n"), in: folder)
        let mapped = try ArticleLoader().loadArticle(path: path, mappingLargeFiles: true).document
        let read = try ArticleLoader().load(path: path)
        #expect(mapped.utf8.isMapped && !read.utf8.isMapped)
        #expect(mapped.utf8 == read.utf8)
        #expect(mapped.encoding == read.encoding && mapped.replacements == read.replacements)
        #expect(mapped.lines.lineRanges == read.lines.lineRanges)
        #expect(mapped.paragraphs == read.paragraphs)
        #expect(mapped.words == read.words)
        #expect(Array(mapped.sentences) == Array(read.sentences))
    }

    @Test func bytesThatNeedNormalizingLeaveTheMapping() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // (Damaged UTF-8 takes the same way out, through TextDecoder.decodeUTF8, whose byte
        // loop takes half a minute on 16 MB in a debug build: TextDecoderTests cover it.)
        let texts: [(String, [UInt8])] = [("decomposed.txt", try Self.largeText(extra: "Cafe\u{301}.\n"))]
        for (name, bytes) in texts {
            let path = try Self.write(bytes, in: folder, name: name)
            let mapped = try ArticleLoader().loadArticle(path: path, mappingLargeFiles: true).document
            let read = try ArticleLoader().load(path: path)
            #expect(!mapped.utf8.isMapped, "\(name)")
            #expect(mapped.utf8 == read.utf8, "\(name)")
            #expect(mapped.replacements == read.replacements, "\(name)")
        }
    }

    /// A mapping is held under a read lease: a process that opens the file for writing waits
    /// (here, without waiting: fails with EWOULDBLOCK) while the mapped bytes are copied into
    /// private memory in the mapping's place; then the lease is given up, the file can be
    /// opened, truncated and rewritten, and the mapping still reads the bytes it had.
    @Test func aWriterWaitsOnlyForAPrivateCopy() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = (0..<InputFile.mappingThreshold).map { UInt8(truncatingIfNeeded: 0x61 + $0 % 26) }
        let path = try Self.write(original, in: folder)
        let mapped = try InputFile.contents(path: path, mappingLargeFiles: true)
        try #require(mapped.isMapped)
        let writer = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        #expect(writer < 0 && errno == EWOULDBLOCK, "open for writing while mapped: descriptor \(writer)")
        if writer >= 0 { close(writer) }
        // The break has the mapping copied and the lease given up, well within a few seconds.
        let deadline = ContinuousClock.now + .seconds(10)
        while mapped.holdsLease && ContinuousClock.now < deadline { usleep(1000) }
        try #require(!mapped.holdsLease, "the lease was still held ten seconds after a writer asked for the file")
        let truncating = open(path, O_WRONLY | O_TRUNC | O_NONBLOCK | O_CLOEXEC)
        try #require(truncating >= 0, "open for writing after the copy: errno \(errno)")
        _ = Array("rewritten".utf8).withUnsafeBytes { Glibc.write(truncating, $0.baseAddress!, $0.count) }
        close(truncating)
        #expect(try InputFile.read(path: path) == Array("rewritten".utf8))
        #expect(mapped.count == original.count)
        #expect(mapped.withUnsafeBufferPointer { Array($0) } == original)
    }

    /// Two mappings whose leases are broken together are both copied, and both leases given
    /// up (the lease-break signal is not queued: two breaks may arrive as one).
    @Test func mappingsBrokenTogetherAreAllCopied() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = [UInt8](repeating: 0x62, count: InputFile.mappingThreshold)
        let paths = try (0..<2).map { try Self.write(bytes, in: folder, name: "large\($0).txt") }
        let mapped = try paths.map { try InputFile.contents(path: $0, mappingLargeFiles: true) }
        try #require(mapped.allSatisfy { $0.isMapped })
        for path in paths {
            let writer = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
            if writer >= 0 { close(writer) }
        }
        let deadline = ContinuousClock.now + .seconds(10)
        while mapped.contains(where: { $0.holdsLease }) && ContinuousClock.now < deadline { usleep(1000) }
        #expect(!mapped.contains(where: { $0.holdsLease }), "a lease was still held ten seconds after its writer asked")
        #expect(mapped.allSatisfy { $0.withUnsafeBufferPointer { Array($0) } == bytes })
    }

    /// A file that is open for writing elsewhere gets no lease, and so is read, not mapped:
    /// the same bytes either way.
    @Test func aFileOpenForWritingIsRead() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write([UInt8](repeating: 0x61, count: InputFile.mappingThreshold), in: folder)
        let writer = open(path, O_WRONLY | O_CLOEXEC)
        try #require(writer >= 0)
        let whileWritable = try InputFile.contents(path: path, mappingLargeFiles: true)
        #expect(!whileWritable.isMapped)
        #expect(whileWritable == TextBytes(try InputFile.read(path: path)))
        close(writer)
        #expect(try InputFile.contents(path: path, mappingLargeFiles: true).isMapped)
    }

    /// End to end: another process truncates the file while the built binary has it mapped.
    /// The truncation waits only while the mapping is copied, not for the check, which reports
    /// the whole file (without the lease, the check died of SIGBUS at the first page it read
    /// after the truncation; with the lease alone, the truncation waited for the check).
    @Test func truncatingAMappedFileWaitsOnlyForACopy() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(try Self.largeText(extra: "Leftover: Москва.\n"), in: folder)
        let output = folder.appendingPathComponent("report.json").path
        // Started as from a shell: a lease break's SIGIO would end it (see `ProgramRun.startMtlint`).
        let pid = try ProgramRun.startMtlint(["check", "--jobs", "1", "--format", "json", "--fail-on", "never", path], standardOutput: output)
        // Wait for the mapping to appear in the process's map, then truncate the file.
        var mapped = false
        var exited = false
        var status: Int32 = 0
        let deadline = ContinuousClock.now + .seconds(60)
        while !mapped && !exited && ContinuousClock.now < deadline {
            if let map = try? String(contentsOfFile: "/proc/\(pid)/maps", encoding: .utf8), map.contains(path) {
                mapped = true
            } else if waitpid(pid, &status, WNOHANG) == pid {
                exited = true
            } else {
                usleep(1000)
            }
        }
        try #require(mapped, "the check ended or took a minute before its mapping of the file was seen")
        let seen = ContinuousClock.now
        let truncating = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        try #require(truncating >= 0)
        close(truncating)
        let truncated = ContinuousClock.now
        try #require(waitpid(pid, &status, 0) == pid)
        // The check of some 17 MB goes on long after the copy of its mapping: had the truncation
        // waited for the mapping's end, it would have come near the end of the run.
        let waited = truncated - seen, ran = ContinuousClock.now - seen
        #expect(waited < ran / 4, "the truncation waited \(waited) of the \(ran) the check ran on")
        // Exited (not signalled) with status 0.
        #expect(status & 0x7F == 0 && (status >> 8) & 0xFF == 0, "wait status \(status)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
        let report = try String(contentsOfFile: output, encoding: .utf8)
        #expect(report.contains("\"leftover-russian\"") && report.contains("Москва"))
        #expect(report.hasSuffix("]\n"))
    }

    /// End to end: the built binary maps the file; the report must be byte for byte the one
    /// the same checks make of the file read.
    @Test func mappedFileReportIsTheReadFileReport() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(try Self.largeText(extra: "Leftover: Москва.\n"), in: folder)
        let run = try ProgramRun.mtlint(["check", "--jobs", "1", "--format", "json", "--fail-on", "never", path])
        #expect(run.status == 0)
        let glossary = try GlossaryLoader.defaultDirectory(executable: TestPaths.binary.path)
            .map { try GlossaryLoader.glossary(paths: GlossaryLoader.files(in: $0)) }
        var batch = BatchChecker(checker: try Checker().with(glossary: glossary), loader: ArticleLoader(), jobs: 1)
        batch.mapsLargeInputs = false
        let report = batch.check(CheckInput(path: path))
        #expect(!report.findings.isEmpty)
        #expect(run.standardOutput == String(decoding: JSONReportWriter.encode([report]), as: UTF8.self))
    }
}
