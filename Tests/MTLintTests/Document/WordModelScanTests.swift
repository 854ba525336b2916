import CWordScan
import Testing
@testable import MTLint

/// The C word scan finds the same words whichever width it reads its blocks in.
@Suite struct WordModelScanTests {
    /// The words of `bytes`, one ASCII stretch, by ``mtl_ascii_words_with`` (as start, end and kind).
    private func words(_ bytes: [UInt8], avx2: Bool) -> [UInt32] {
        var pairs = [UInt32](repeating: 0, count: 2 * (bytes.count + 1))
        var resume = 0
        let count = bytes.withUnsafeBufferPointer { bytes in
            pairs.withUnsafeMutableBufferPointer { pairs in
                mtl_ascii_words_with(bytes.baseAddress!, 0, bytes.count, pairs.baseAddress!, bytes.count + 1, &resume, avx2 ? 1 : 0)
            }
        }
        #expect(resume == bytes.count)
        return Array(pairs[..<(2 * count)])
    }

    /// Random ASCII texts with every class of byte at every offset of the 64-byte blocks, and
    /// every byte value in place of one: the 32-byte reads (when the processor has them) give
    /// the 16-byte reads' words, which the segmenter's tests hold to ICU's.
    @Test func wideBlocksFindTheNarrowBlocksWords() {
        guard mtl_has_avx2() != 0 else { return }
        let alphabet = Array("aZ9@_.',;:-`{[/ \n\tz0AMm".utf8)
        var generator = SplitMix64(seed: 32)
        for round in 0..<2_000 {
            let length = 1 + Int(generator.next() % 400)
            var bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            // Any ASCII byte somewhere: the scan is given ASCII stretches only.
            bytes[Int(generator.next() % UInt64(length))] = UInt8(round % 128)
            let narrow = words(bytes, avx2: false)
            #expect(words(bytes, avx2: true) == narrow, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
    }
}
