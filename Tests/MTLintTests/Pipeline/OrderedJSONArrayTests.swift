import Glibc
import Synchronization
import Testing
@testable import MTLint

/// Reports encoded one by one and put together are the bytes of the array encoded at once,
/// whether they are gathered or passed on in pieces, and in whatever order they finish.
@Suite struct OrderedJSONArrayTests {
    private func reports() throws -> [Report] {
        let checker = try Checker()
        let texts = [
            "The premier said \u{201C}hello\u{201D}.\n\nПремьер-министр сказал.\n",
            "",
            "A line\twith a tab and the the doubling, \\ \" \u{2028} quotes.\r\nсoffee with a Cyrillic с\n",
        ]
        var result = texts.enumerated().map { checker.check(Document(text: $1, path: "n\u{00E9}\"\($0).txt")) }
        result.append(Report(file: "broken.txt", failure: "line 3: binary data"))
        return result
    }

    @Test func theElementsPutTogetherAreTheArrayEncoding() throws {
        let all = try reports()
        let checker = try Checker()
        #expect(all.contains { !$0.findings.isEmpty })
        // A report larger than the gathering buffer goes out in pieces of its own.
        let large = checker.check(Document(text: String(repeating: "The the sentence. Mоscow and Москва.\n", count: 3_000), path: "large.txt"))
        #expect(element(large).count > 1 << 16)
        for some in (0...all.count).map({ Array(all.prefix($0)) }) + [[all[0], large, all[1], large]] {
            let output = Mutex<[UInt8]>([])
            let pieces = Atomic<Int>(0)
            let array = OrderedJSONArray { piece in
                output.withLock { $0.append(contentsOf: piece) }
                pieces.add(1, ordering: .relaxed)
            }
            for (index, report) in some.enumerated() {
                array.write(index: index) { emit in JSONReportWriter.writeElement(report, piece: 1 << 14, emit: emit) }
            }
            array.finish(count: some.count)
            #expect(output.withLock { $0 } == JSONReportWriter.encode(some))
            if some.contains(where: { $0.file == "large.txt" }) { #expect(pieces.load(ordering: .relaxed) > 2) }
        }
    }

    /// A report's element, written in one piece.
    private func element(_ report: Report) -> [UInt8] {
        var bytes: [UInt8] = []
        JSONReportWriter.writeElement(report, piece: .max) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// A report written in pieces as it is encoded is the report written in one piece.
    @Test func aReportWrittenInPiecesIsTheSameBytes() throws {
        let checker = try Checker()
        let large = checker.check(Document(text: String(repeating: "The the sentence. Mоscow and Москва.\n", count: 500), path: "large.txt"))
        var pieces = 0
        var written: [UInt8] = []
        JSONReportWriter.writeElement(large, piece: 4_096) { written.append(contentsOf: $0); pieces += 1 }
        #expect(written == element(large))
        #expect(pieces > 10)
    }

    /// Reports finished in any order on several threads come out as the array in input
    /// order, and whatever thread writes, one piece at a time.
    @Test func reportsFinishedOutOfOrderAreWrittenInOrder() throws {
        let all = try reports()
        let reports = (0..<60).map { all[$0 % all.count] }
        for (threads, gathered) in [(1, 1 << 16), (2, 1 << 16), (4, 1 << 16), (2, 100), (4, 1)] {
            let output = Mutex<[UInt8]>([])
            let writers = Atomic<Int>(0)
            let array = OrderedJSONArray(gathered: gathered) { piece in
                #expect(writers.add(1, ordering: .relaxed).newValue == 1, "one writer at a time")
                output.withLock { $0.append(contentsOf: piece) }
                writers.subtract(1, ordering: .relaxed)
            }
            // Later reports tend to finish first.
            _ = Concurrently.map(Array(reports.indices.reversed()), threads: threads) { index in
                usleep(UInt32((index * 7919) % 5) * 200)
                array.write(index: index) { emit in JSONReportWriter.writeElement(reports[index], piece: 256, emit: emit) }
                return 0
            }
            array.finish(count: reports.count)
            #expect(output.withLock { $0 } == JSONReportWriter.encode(reports), "\(threads) threads, \(gathered) bytes gathered")
        }
        let empty = Mutex<[UInt8]>([])
        OrderedJSONArray { piece in empty.withLock { $0.append(contentsOf: piece) } }.finish(count: 0)
        #expect(empty.withLock { $0 } == JSONReportWriter.encode([Report]()))
    }
}
