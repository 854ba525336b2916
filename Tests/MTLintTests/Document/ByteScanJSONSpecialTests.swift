import CWordScan
import Testing

/// `mtl_first_json_special` finds the first byte that `mtl_is_json_special` accepts: every
/// byte value at every position (and none), every start, every length up to three steps of
/// thirty-two and more, with 16-byte loads and (where the processor has them) 32-byte ones.
@Suite struct ByteScanJSONSpecialTests {
    @Test(arguments: [false, true])
    func theScanFindsTheFirstSpecialByteAtEveryPosition(avx2: Bool) {
        guard !avx2 || mtl_has_avx2() != 0 else { return }
        for value in 0...255 {
            for count in [0, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100] {
                for found in [nil] + Array(0..<count) {
                    var text = [UInt8](repeating: UInt8(ascii: "a"), count: count + 1)
                    text[count] = 0x22  // past the end: never to be read as found
                    if let found { text[found] = UInt8(value) }
                    text.withUnsafeBufferPointer { bytes in
                        for from in Set([0, count / 2, count]) {
                            let scanned = mtl_first_json_special_with(bytes.baseAddress!, from, count, avx2 ? 1 : 0)
                            let expected = text[from..<count].firstIndex { mtl_is_json_special($0) != 0 } ?? count
                            #expect(scanned == expected, "\(value) at \(String(describing: found)) of \(count) from \(from)")
                        }
                    }
                }
            }
        }
    }
}
