import CWordScan
import Testing

/// `mtl_first_non_ascii` steps sixty-four bytes, then thirty-two, then less (sixteen bytes at a
/// time, or with 32-byte loads one that ends at the text's end): every start, a non-ASCII
/// byte at every position (and none), every length up to three steps of sixty-four and more,
/// against the definition byte by byte, with 16-byte loads and (where the processor has
/// them) 32-byte ones.
@Suite struct ByteScanNonASCIITests {
    @Test(arguments: [false, true])
    func theScanFindsTheFirstByteFrom0x80AtEveryPosition(avx2: Bool) {
        guard !avx2 || mtl_has_avx2() != 0 else { return }
        for count in 0...200 {
            for found in [nil] + Array(0..<count) {
                var text = [UInt8](repeating: UInt8(ascii: "a"), count: count + 1)
                text[count] = 0xC3  // past the end: never to be read as found
                if let found { text[found] = UInt8(0x80 + found % 0x80) }
                var scanned = [Int]()
                var expected = [Int]()
                text.withUnsafeBufferPointer { bytes in
                    for from in 0...count {
                        scanned.append(mtl_first_non_ascii_with(bytes.baseAddress!, from, count, avx2 ? 1 : 0))
                        expected.append(text[from..<count].firstIndex { $0 >= 0x80 } ?? count)
                    }
                }
                #expect(scanned == expected, "\(count) \(String(describing: found))")
            }
        }
    }
}
