import CWordScan
import Testing
@testable import MTLint

/// Per-word tables looked up by form (`mtl_gather_int32` and `mtl_gather_bytes`, sixteen rows
/// a step with AVX2 and the rest one by one): against the definition, a plain lookup of each row.
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
