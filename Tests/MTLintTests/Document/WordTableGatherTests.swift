import CWordScan
import Testing
@testable import MTLint

/// Per-word tables looked up by form (`mtl_gather_int32`, `mtl_gather_bytes` and
/// `mtl_first_negative`, sixteen rows a step with AVX2 and the rest one by one): against the
/// definition, a plain lookup of each row.
@Suite struct WordTableGatherTests {
    /// What `gather` writes for `rows` of `table` (table, rows, output, count), and the value
    /// 7 it finds one past the output's end, which it must not write.
    private static func gathered<Output: FixedWidthInteger>(
        _ rows: [Int32], of table: [Int32], by gather: (UnsafePointer<Int32>, UnsafePointer<Int32>, UnsafeMutablePointer<Output>, Int) -> Void
    ) -> [Output] {
        var output = [Output](repeating: 0, count: rows.count + 1)
        output[rows.count] = 7
        table.withUnsafeBufferPointer { table in
            rows.withUnsafeBufferPointer { rows in
                output.withUnsafeMutableBufferPointer { output in
                    gather(table.baseAddress!, rows.baseAddress ?? UnsafePointer(table.baseAddress!), output.baseAddress!, rows.count)
                }
            }
        }
        return output
    }

    /// Every count up to several steps (so that the last step's rows end at every offset),
    /// rows anywhere in a table of irregular values, one at a time and (where the processor
    /// has it) with AVX2.
    @Test(arguments: [false, true])
    func gatheredRowsAreTheTablesRows(avx2: Bool) {
        guard !avx2 || mtl_has_avx2() != 0 else { return }
        var generator = SplitMix64(seed: 32)
        let table = (0..<1000).map { _ in Int32(truncatingIfNeeded: generator.next()) }
        for count in 0...100 {
            let rows = (0..<count).map { _ in Int32(generator.next() % UInt64(table.count)) }
            let gathered = Self.gathered(rows, of: table) { mtl_gather_int32_with($0, $1, $2, $3, avx2 ? 1 : 0) }
            #expect(gathered == rows.map { table[Int($0)] } + [7], "\(count) rows")
        }
    }

    /// The same for rows that are bytes, gathered as 32-bit rows and packed: every byte value.
    @Test(arguments: [false, true])
    func gatheredByteRowsAreTheTablesRows(avx2: Bool) {
        guard !avx2 || mtl_has_avx2() != 0 else { return }
        var generator = SplitMix64(seed: 16)
        let table = (0..<256).map { Int32(($0 * 89 + 7) % 256) }
        for count in 0...100 {
            let rows = (0..<count).map { _ in Int32(generator.next() % UInt64(table.count)) }
            let gathered = Self.gathered(rows, of: table) { mtl_gather_bytes_with($0, $1, $2, $3, avx2 ? 1 : 0) }
            #expect(gathered == rows.map { UInt8(table[Int($0)]) } + [7], "\(count) rows")
        }
    }

    /// The first negative row from every start, with one such word, none, or several in
    /// every count of words up to 100 (rows of either sign, and 0).
    @Test(arguments: [false, true])
    func theFirstNegativeRowIsFoundFromEveryStart(avx2: Bool) {
        guard !avx2 || mtl_has_avx2() != 0 else { return }
        var generator = SplitMix64(seed: 8)
        let rows: [Int32] = [0, 3, -1, 0, -7, 1, Int32.max, 0, Int32.min, 5, 0, 2]
        let others = rows.indices.filter { rows[$0] >= 0 }.map(Int32.init)
        let negatives = rows.indices.filter { rows[$0] < 0 }.map(Int32.init)
        var mismatches: [String] = []
        for count in 0...100 {
            for negativeCount in [0, 1, 3] {
                var indices = (0..<count).map { _ in others[Int(generator.next() % UInt64(others.count))] }
                for _ in 0..<min(negativeCount, count) { indices[Int(generator.next() % UInt64(count))] = negatives[Int(generator.next() % UInt64(negatives.count))] }
                rows.withUnsafeBufferPointer { rows in
                    (indices + [2]).withUnsafeBufferPointer { indicesAndOnePast in
                        for from in 0...count {
                            let found = mtl_first_negative_with(rows.baseAddress!, indicesAndOnePast.baseAddress!, from, count, avx2 ? 1 : 0)
                            let expected = indices[from...].firstIndex { rows[Int($0)] < 0 } ?? count
                            if found != expected { mismatches.append("\(indices) from \(from): \(found), not \(expected)") }
                        }
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }

    /// The key table's slots: each id's keys back, and negative for the ids that begin a term.
    @Test func keyTableSlotsGiveTheKeysAndTheMarks() {
        var table = TermMatcher.KeyTable(count: 6)
        table.add(1, TermMatcher.WordKeys(exact: 10), beginsTerm: true)
        table.add(4, TermMatcher.WordKeys(exact: 40, reduced: [(41, 1)]), beginsTerm: false)
        table.add(2, TermMatcher.WordKeys(exact: -1, reduced: [(20, 2)]), beginsTerm: true)
        #expect((0..<6).map { table[Int32($0)].exact } == [-1, 10, -1, -1, 40, -1])
        #expect((0..<6).map { table.beginsTerm(Int32($0)) } == [false, true, true, false, false, false])
        #expect(table.slots.map { $0 < 0 } == [false, true, true, false, false, false])
        var reduced: [Int32] = []
        table[2].forEachReduced { id, _ in reduced.append(id) }
        #expect(reduced == [20] && table.anyBeginsTerm)
    }

    @Test func lookedUpRowsAreTheTablesRows() {
        let table: [Int32] = [40, 41, 42, 43]
        let rows: [Int32] = (0..<37).map { Int32($0 * 7 % 4) }
        let found = rows.withUnsafeBufferPointer { rows in table.withUnsafeBufferPointer { rows.lookedUp(in: $0) } }
        #expect(found == rows.map { table[Int($0)] })
        let none = [Int32]().withUnsafeBufferPointer { rows in [Int32]().withUnsafeBufferPointer { rows.lookedUp(in: $0) } }
        #expect(none.isEmpty)
    }

    /// A document's term key of each word is its form's.
    @Test func termKeysOfWordsAreTheirForms() {
        let document = Document(text: "The the THE cat sat. Kiev and Kyiv, Tel Aviv and Tel-Aviv; Москва и Mоscow 12 3.5 it's It’s\nA a.")
        let index = document.wordIndex
        #expect(document.words.count > 16)
        #expect(document.termKeyOfWord == index.formOfWord.map { index.termKeyOfForm[Int($0)] })
    }
}
