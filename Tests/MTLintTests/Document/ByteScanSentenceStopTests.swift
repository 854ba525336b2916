import CWordScan
import Testing

/// `mtl_sentence_stop_bits` marks exactly the bytes that may stop a sentence (a control, DEL,
/// a byte from 0x80, ".", "!", "?") and every position from the count on, with 16-byte loads
/// and (where the processor has them) 32-byte ones: every byte value at every position of a
/// block, and random texts of every length up to four blocks.
@Suite struct ByteScanSentenceStopTests {
    private func stopBits(_ bytes: [UInt8], avx2: Bool) -> [UInt64] {
        var bits = [UInt64](repeating: 0xDEAD, count: bytes.count / 64 + 1)
        bytes.withUnsafeBufferPointer { bytes in
            bits.withUnsafeMutableBufferPointer { mtl_sentence_stop_bits_with(bytes.baseAddress!, bytes.count, $0.baseAddress!, avx2 ? 1 : 0) }
        }
        return bits
    }

    private func expectedBits(_ bytes: [UInt8]) -> [UInt64] {
        (0...(bytes.count / 64)).map { word in
            (0..<64).reduce(UInt64(0)) { bits, bit in
                let index = 64 * word + bit
                let stop = index >= bytes.count || bytes[index] < 0x20 || bytes[index] >= 0x7F || ".!?".utf8.contains(bytes[index])
                return stop ? bits | 1 << UInt64(bit) : bits
            }
        }
    }

    @Test(arguments: [false, true])
    func theBitsAreTheStopsAndThePositionsPastTheEnd(avx2: Bool) {
        guard !avx2 || mtl_has_avx2() != 0 else { return }
        for value in 0...255 {
            for position in stride(from: 0, to: 130, by: 3) {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 130)
                bytes[position] = UInt8(value)
                #expect(stopBits(bytes, avx2: avx2) == expectedBits(bytes), "\(value) at \(position)")
            }
        }
        let alphabet = Array("a .!?,\n\t\u{7F}".utf8) + [0x00, 0x1F, 0x20, 0x80, 0xC3, 0xFF]
        var generator = SplitMix64(seed: 7)
        for count in 0...260 {
            let bytes = (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            #expect(stopBits(bytes, avx2: avx2) == expectedBits(bytes), "\(bytes)")
        }
    }
}
