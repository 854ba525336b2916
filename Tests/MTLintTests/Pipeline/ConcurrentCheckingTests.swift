import Foundation
import Synchronization
import Testing
@testable import MTLint

/// One long document checked on several threads: the checks side by side, what they share
/// computed once, and the report the same as on one thread.
@Suite struct ConcurrentCheckingTests {
    @Test func mapKeepsTheOrderAndTransformsEachElementOnce() {
        let calls = Mutex([Int](repeating: 0, count: 500))
        for threads in [1, 2, 8] {
            calls.withLock { $0 = [Int](repeating: 0, count: 500) }
            let squares = Concurrently.map(Array(0..<500), threads: threads) { value in
                calls.withLock { $0[value] += 1 }
                return value * value
            }
            #expect(squares == (0..<500).map { $0 * $0 })
            #expect(calls.withLock { $0 }.allSatisfy { $0 == 1 })
        }
    }

    /// Threads asking for one memoized value at once get one computation's result.
    @Test func aSharedValueIsComputedOnceWhileOthersWait() {
        let memo = DocumentMemo()
        let computations = Atomic<Int>(0)
        let values = Concurrently.map(Array(0..<8), threads: 8) { _ in
            memo.value("shared") { () -> Int in
                computations.add(1, ordering: .relaxed)
                // Long enough for the other threads to ask meanwhile.
                usleep(20_000)
                return 42
            }
        }
        #expect(values == [Int](repeating: 42, count: 8))
        #expect(computations.load(ordering: .relaxed) == 1)
    }

    @Test func lazyValueIsComputedOnce() {
        let computations = Atomic<Int>(0)
        let lazy = LazyValue<Int> {
            computations.add(1, ordering: .relaxed)
            usleep(20_000)
            return 7
        }
        let values = Concurrently.map(Array(0..<8), threads: 8) { _ in lazy.value }
        #expect(values == [Int](repeating: 7, count: 8))
        #expect(computations.load(ordering: .relaxed) == 1)
    }

    @Test func aLazySlotGivenItsComputationAtTheReadIsComputedOnce() {
        final class Owner: Sendable {
            let slot = LazySlot<Int>()
            var isComputed: Bool { slot.isComputed }
            func value(_ compute: () -> Int) -> Int { slot.value(compute) }
        }
        let computations = Atomic<Int>(0)
        let owner = Owner()
        #expect(!owner.isComputed)
        let values = Concurrently.map(Array(0..<8), threads: 8) { thread in
            owner.value { () -> Int in
                computations.add(1, ordering: .relaxed)
                usleep(20_000)
                return 100 + thread
            }
        }
        // Every reader gets the one value computed, whichever thread computed it.
        #expect(Set(values).count == 1 && (100..<108).contains(values[0]))
        #expect(computations.load(ordering: .relaxed) == 1)
        #expect(owner.isComputed && owner.value { 0 } == values[0])
    }

    @Test func memoizedValuesOfDifferentTypesStayApart() {
        let memo = DocumentMemo()
        #expect(memo.value("a") { 1 } == 1)
        #expect(memo.value("b") { "text" } == "text")
        #expect(memo.value("a") { 2 } == 1)
        #expect(memo.value("b") { "other" } == "text")
        #expect(memo.contains("a") && !memo.contains("c"))
    }

    /// Real articles with their originals (the source-aware checks too), checked with their
    /// checks side by side, give the reports they give checked one check after another.
    @Test func articlesWithTheirSourcesGiveTheSameReportsOnSeveralThreads() throws {
        let corpus = TestPaths.shared.appendingPathComponent("corpus/wmt")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".en.txt") }.sorted()
        let checker = try Checker(glossary: try GlossaryLoader.glossary(paths: [TestPaths.repository.appendingPathComponent("glossary/default.tsv").path]))
        let loader = ArticleLoader()
        var compared = 0
        for name in names.enumerated().filter({ $0.offset % 10 == 0 }).map(\.element) {
            let target = try loader.loadArticle(path: corpus.appendingPathComponent(name).path)
            let sourcePath = corpus.appendingPathComponent(String(name.dropLast(".en.txt".count)) + ".ru.txt").path
            let source = FileManager.default.fileExists(atPath: sourcePath) ? try loader.load(path: sourcePath) : nil
            let one = checker.check(target.document, source: source)
            let four = checker.check(target.document, source: source, threads: 4)
            #expect(JSONReportWriter.encode(four) == JSONReportWriter.encode(one), "\(name)")
            compared += one.findings.isEmpty ? 0 : 1
        }
        #expect(compared >= 20)
    }

    /// `check --jobs 4` on one long file runs its checks side by side; the report is byte for
    /// byte the one-thread report, and it holds findings of many checks.
    @Test func oneLongFileOnSeveralThreadsGivesTheSameReport() throws {
        let folder = try TestPaths.temporaryFolder()
        let corpus = TestPaths.shared.appendingPathComponent("corpus/wmt")
        let outputs = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".en.txt") }.sorted()
        var text = try Data(contentsOf: TestPaths.seedArticle)
        for name in outputs.prefix(400) { text += try Data(contentsOf: corpus.appendingPathComponent(name)) + Data("\n".utf8) }
        let file = folder.appendingPathComponent("long.txt")
        try text.write(to: file)
        let one = try BinaryRun.run(["check", "--format", "json", "--jobs", "1", file.path])
        let four = try BinaryRun.run(["check", "--format", "json", "--jobs", "4", file.path])
        #expect(one.status == 1)
        #expect(four.status == one.status)
        #expect(four.standardOutput == one.standardOutput)
        let findings = try #require(try one.reports.first?["findings"] as? [[String: Any]])
        let checks = Set(findings.compactMap { $0["check"] as? String })
        #expect(checks.isSuperset(of: ["leftover-russian", "term-inconsistent", "repeated-phrase", "repeated-word", "glossary-forbidden"]), "\(checks)")
    }
}
