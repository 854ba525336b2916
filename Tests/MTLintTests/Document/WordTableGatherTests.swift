import CWordScan
import Testing
@testable import MTLint

/// Per-word tables looked up by form (`mtl_gather_int32`, `mtl_gather_bytes` and
/// `mtl_first_marked`, sixteen rows a step with AVX2 and the rest one by one): against the
/// definition, a plain lookup of each row.
@Suite struct WordTableGatherTests {
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
            var gathered = [Int32](repeating: 0, count: count + 1)
            gathered[count] = 7  // past the end: never to be written
            table.withUnsafeBufferPointer { table in
                rows.withUnsafeBufferPointer { rows in
                    gathered.withUnsafeMutableBufferPointer { output in
                        mtl_gather_int32_with(table.baseAddress!, rows.baseAddress ?? UnsafePointer(table.baseAddress!), output.baseAddress!, count, avx2 ? 1 : 0)
                    }
                }
            }
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
            var gathered = [UInt8](repeating: 0, count: count + 1)
            gathered[count] = 7  // past the end: never to be written
            table.withUnsafeBufferPointer { table in
                rows.withUnsafeBufferPointer { rows in
                    gathered.withUnsafeMutableBufferPointer { output in
                        mtl_gather_bytes_with(table.baseAddress!, rows.baseAddress ?? UnsafePointer(table.baseAddress!), output.baseAddress!, count, avx2 ? 1 : 0)
                    }
                }
            }
            #expect(gathered == rows.map { UInt8(table[Int($0)]) } + [7], "\(count) rows")
        }
    }

    /// The first marked row from every start, with one marked word, none, or several in
    /// every count of words up to 100 (marks of any value but 0).
    @Test(arguments: [false, true])
    func theFirstMarkedRowIsFoundFromEveryStart(avx2: Bool) {
        guard !avx2 || mtl_has_avx2() != 0 else { return }
        var generator = SplitMix64(seed: 8)
        let marks: [Int32] = [0, 0, 1, 0, -1, 0, 0, 0, Int32.min, 0, 0, 0]
        let unmarked = marks.indices.filter { marks[$0] == 0 }.map(Int32.init)
        let marked = marks.indices.filter { marks[$0] != 0 }.map(Int32.init)
        var mismatches: [String] = []
        for count in 0...100 {
            for markedCount in [0, 1, 3] {
                var rows = (0..<count).map { _ in unmarked[Int(generator.next() % UInt64(unmarked.count))] }
                for _ in 0..<min(markedCount, count) { rows[Int(generator.next() % UInt64(count))] = marked[Int(generator.next() % UInt64(marked.count))] }
                marks.withUnsafeBufferPointer { marks in
                    (rows + [2]).withUnsafeBufferPointer { rowsAndOnePast in
                        for from in 0...count {
                            let found = mtl_first_marked_with(marks.baseAddress!, rowsAndOnePast.baseAddress!, from, count, avx2 ? 1 : 0)
                            let expected = rows[from...].firstIndex { marks[Int($0)] != 0 } ?? count
                            if found != expected { mismatches.append("\(rows) from \(from): \(found), not \(expected)") }
                        }
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
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
