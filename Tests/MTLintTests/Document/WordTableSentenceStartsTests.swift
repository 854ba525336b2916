import CWordScan
import Testing
@testable import MTLint

/// `mtl_mark_sentence_starts`, eight words a step with AVX2 and one at a time otherwise,
/// against the definition: each sentence's first word is the first starting at or after it.
@Suite struct WordTableSentenceStartsTests {
    @Test(arguments: [false, true])
    func eachSentencesFirstWordIsMarked(avx2: Bool) {
        guard !avx2 || mtl_has_avx2() != 0 else { return }
        var generator = SplitMix64(seed: 31)
        var mismatches: [String] = []
        for round in 0..<2000 {
            // Words one to nine bytes apart, sentences starting on a word, between words or
            // past the last one (and sometimes two at one offset).
            var words: [Word] = []
            var offset = Int(generator.next() % 3)
            for _ in 0..<Int(generator.next() % 60) {
                let length = 1 + Int(generator.next() % 6)
                words.append(Word(offset..<offset + length, kind: generator.next() % 5 == 0 ? .number : .letters))
                offset += length + 1 + Int(generator.next() % 3)
            }
            var sentenceStarts: [Int] = []
            var start = 0
            while start <= offset + 2 {
                sentenceStarts.append(start)
                start += Int(generator.next() % 40)
            }
            let sentences = sentenceStarts.map { CompactRanges.Bounds($0..<$0 + 1) }
            var expected = (0..<words.count).map { _ in UInt8(truncatingIfNeeded: generator.next()) & 0x37 }
            var found = expected
            for start in sentenceStarts {
                if let first = words.firstIndex(where: { $0.start >= start }) { expected[first] |= 0x08 }
            }
            words.withUnsafeBufferPointer { words in
                sentences.withUnsafeBufferPointer { sentences in
                    let pairs = UnsafeRawPointer(words.baseAddress ?? UnsafePointer(bitPattern: 8)!).assumingMemoryBound(to: UInt32.self)
                    let bounds = UnsafeRawPointer(sentences.baseAddress!).assumingMemoryBound(to: UInt32.self)
                    mtl_mark_sentence_starts_with(pairs, words.count, bounds, sentences.count, &found, 0x08, avx2 ? 1 : 0)
                }
            }
            if found != expected { mismatches.append("round \(round): \(words.map(\.start)) \(sentenceStarts)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(2))")
    }
}
