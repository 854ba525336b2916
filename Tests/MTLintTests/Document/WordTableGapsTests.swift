import CWordScan
import Testing
@testable import MTLint

/// `mtl_mark_common_gaps`, eight gaps a step with AVX2 and one at a time otherwise, against
/// the definition gap by gap: one space, ", " and ".\n" marked, every other gap listed.
@Suite struct WordTableGapsTests {
    private static let marks = mtl_gap_bits(space: 0x30, line_break: 0x40, initial: 0x08)
    /// Mostly the common gaps, so that whole steps of eight are common, and others of one and
    /// two bytes and longer among them.
    private static let gaps = [" ", " ", " ", " ", " ", " ", " ", " ", " ", ", ", ", ", ".\n", ".\n",
                               "-", "\n", ".", ". ", ",\n", "  ", "\t", ".\n\n", " , ", "’", "; "]
    private static let words = ["the", "a", "Ministry", "14.2", "it's", "I", "co", "Zakharova", "1990"]

    /// Random texts of some hundreds of words (ending with a word or a gap), their words, and
    /// bits to start from.
    private static func sample(_ generator: inout SplitMix64, commonOnly: Bool) -> (bytes: [UInt8], words: [Word], bits: [UInt8]) {
        var text = ""
        for _ in 0..<Int(20 + generator.next() % 400) {
            text += words[Int(generator.next() % UInt64(words.count))]
            text += gaps[Int(generator.next() % UInt64(commonOnly ? 13 : gaps.count))]
        }
        if generator.next() % 2 == 0 { text += "end" }
        let bytes = Array(text.utf8)
        let found = bytes.withUnsafeBufferPointer { WordSegmenter.words(in: $0) }
        return (bytes, found, found.map { _ in UInt8(truncatingIfNeeded: generator.next()) & 0x87 })
    }

    /// The bits and the listed words by the definition.
    private static func expected(_ sample: (bytes: [UInt8], words: [Word], bits: [UInt8])) -> (bits: [UInt8], others: [Int]) {
        var bits = sample.bits
        var others: [Int] = []
        for position in sample.words.indices.dropLast() {
            let gap = Array(sample.bytes[sample.words[position].end..<sample.words[position + 1].start])
            if gap == Array(" ".utf8) {
                bits[position] |= marks.space
            } else if gap == Array(", ".utf8) {
            } else if gap == Array(".\n".utf8) {
                bits[position] |= marks.line_break
                bits[position + 1] |= marks.initial
            } else {
                others.append(position)
            }
        }
        return (bits, others)
    }

    /// The bits and the listed words, called as the word facts call it, `capacity` at a time.
    private static func marked(_ sample: (bytes: [UInt8], words: [Word], bits: [UInt8]), capacity: Int, avx2: Bool) -> (bits: [UInt8], others: [Int]) {
        var bits = sample.bits
        var others: [Int] = []
        var listed = [UInt32](repeating: 0, count: capacity)
        sample.words.withUnsafeBufferPointer { words in
            words.withMemoryRebound(to: UInt32.self) { pairs in
                var position = 0
                while true {
                    let count = mtl_mark_common_gaps_with(pairs.baseAddress!, position, words.count, sample.bytes, sample.bytes.count, &bits, marks,
                                                          &listed, capacity, &position, avx2 ? 1 : 0)
                    others += listed[..<count].map(Int.init)
                    if position >= words.count - 1 { break }
                }
            }
        }
        return (bits, others)
    }

    @Test(arguments: [false, true])
    func commonGapsAreMarkedAndOthersListedAsOneByOne(avx2: Bool) {
        guard !avx2 || mtl_has_avx2() != 0 else { return }
        var generator = SplitMix64(seed: 88)
        var mismatches: [String] = []
        for round in 0..<300 {
            let sample = Self.sample(&generator, commonOnly: round % 3 == 0)
            guard !sample.words.isEmpty else { continue }
            let expected = Self.expected(sample)
            for capacity in [1, 3, 8, 9, 256] {
                let found = Self.marked(sample, capacity: capacity, avx2: avx2)
                if found.bits != expected.bits || found.others != expected.others {
                    mismatches.append("round \(round), room for \(capacity): \(String(decoding: sample.bytes, as: UTF8.self).debugDescription)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(2))")
    }
}
