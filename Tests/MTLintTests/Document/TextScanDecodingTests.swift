import CWordScan
import Testing
@testable import MTLint

/// Decoding's one pass over a text (`mtl_scan_for_decoding`: binary controls and UTF-8
/// validity, sixty-four bytes a step with AVX2, else sixteen) finds what the two definitions
/// find byte by byte: the C0 controls no text holds, the first NUL, and the sequences
/// ``UTF8Validity/sequenceLength(_:at:)`` reads, on texts of every mix of ASCII, line breaks,
/// controls, valid sequences of two to four bytes and ill-formed ones, across the steps'
/// bounds and cut off at the text's end.
@Suite struct TextScanDecodingTests {
    private struct Counts: Equatable {
        var firstNUL: Int, binaryControls: Int, firstBinaryControl: Int, valid: Int, invalid: Int
    }

    private static func definition(_ bytes: [UInt8]) -> Counts {
        let isBinaryControl = { (byte: UInt8) in byte < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(byte) }
        var counts = Counts(firstNUL: bytes.firstIndex(of: 0) ?? bytes.count, binaryControls: bytes.count(where: isBinaryControl),
                            firstBinaryControl: bytes.firstIndex(where: isBinaryControl) ?? bytes.count, valid: 0, invalid: 0)
        let text = TextBytes(bytes)
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let length = UTF8Validity.sequenceLength(text, at: index)
            if length > 0 { counts.valid += 1 } else { counts.invalid += 1 }
            index += max(length, 1)
        }
        return counts
    }

    private static func scanned(_ bytes: [UInt8], avx2: Bool) -> Counts {
        var scan = mtl_decoding_scan()
        bytes.withUnsafeBufferPointer { mtl_scan_for_decoding_with($0.baseAddress!, $0.count, &scan, avx2 ? 1 : 0) }
        return Counts(firstNUL: scan.first_nul, binaryControls: scan.binary_controls, firstBinaryControl: scan.first_binary_control,
                      valid: scan.valid_multibyte_sequences, invalid: scan.invalid_sequences)
    }

    @Test(arguments: [false, true])
    func oneScanFindsWhatTheDefinitionsFind(avx2: Bool) {
        guard !avx2 || mtl_has_avx2() != 0 else { return }
        var generator = SplitMix64(seed: 1206)
        let pieces: [[UInt8]] = [
            Array(repeating: 0x61, count: 1), Array(repeating: 0x62, count: 40), Array(repeating: 0x63, count: 70),
            [0x0A], [0x0D, 0x0A], [0x09], [0x0C], [0x1B], [0x00], [0x01], [0x1F], [0x7F],
            Array("é".utf8), Array("ж".utf8), Array("—".utf8), Array("😀".utf8), Array("\u{10FFFF}".utf8),
            [0x80], [0xBF], [0xC0, 0xAF], [0xC1], [0xC2], [0xE0, 0x80, 0x80], [0xE0, 0xA0], [0xED, 0xA0, 0x80],
            [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF], [0xF5], [0xFF],
        ]
        var sawEach = (nul: false, frequentControls: false, invalid: false, valid: false)
        for round in 0..<4_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 24) { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            // Every cut of a long text, so that sequences end at and across the text's end.
            if round % 40 == 0 { bytes = Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count + 1)))) }
            let expected = Self.definition(bytes)
            #expect(Self.scanned(bytes, avx2: avx2) == expected, "\(bytes)")
            #expect(UTF8Validity(TextBytes(bytes)).invalidSequences == expected.invalid)
            if expected.firstNUL < bytes.count { sawEach.nul = true }
            if expected.binaryControls * 100 > bytes.count && expected.firstNUL == bytes.count { sawEach.frequentControls = true }
            if expected.invalid > 0 { sawEach.invalid = true }
            if expected.valid > 0 { sawEach.valid = true }
        }
        #expect(sawEach == (true, true, true, true))
    }

    @Test func binaryOffsetIsTheFirstNULElseTheFirstFrequentControl() {
        let text = Array(repeating: UInt8(ascii: "a"), count: 300)
        #expect(TextDecoder.binaryOffset(TextBytes(text)) == nil)
        // Three controls in 300 bytes are not frequent; four are, and the first is where.
        var controls = text
        for offset in [70, 130, 200] { controls[offset] = 0x01 }
        #expect(TextDecoder.binaryOffset(TextBytes(controls)) == nil)
        controls[250] = 0x02
        #expect(TextDecoder.binaryOffset(TextBytes(controls)) == 70)
        // A NUL anywhere wins over controls before it.
        controls[260] = 0x00
        #expect(TextDecoder.binaryOffset(TextBytes(controls)) == 260)
    }
}
