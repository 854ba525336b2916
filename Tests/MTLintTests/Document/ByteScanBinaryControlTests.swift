import CWordScan
import Testing

/// `mtl_first_binary_control` steps sixty-four bytes, then sixteen at a time, and looks
/// closer only at a step with a control: every C0 control (those text holds too) at
/// every position (and none), after a line feed or not, every start, every length up to three
/// steps of sixty-four and more, against the definition byte by byte, with 16-byte loads and
/// (where the processor has them) 32-byte ones.
@Suite struct ByteScanBinaryControlTests {
    private func isBinaryControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(byte)
    }

    @Test(arguments: [false, true])
    func theScanFindsTheFirstBinaryControlAtEveryPosition(avx2: Bool) {
        guard !avx2 || mtl_has_avx2() != 0 else { return }
        for count in 0...200 {
            for found in [nil] + Array(0..<count) {
                var text = [UInt8](repeating: UInt8(ascii: "a"), count: count + 1)
                text[count] = 0x01  // past the end: never to be read as found
                if count > 3 { text[count / 3] = 0x0A }
                if let found { text[found] = UInt8(found % 0x20) }
                if count > 3, found != nil { text[(found! + count / 2) % count] = 0x1B }
                var scanned = [Int]()
                var expected = [Int]()
                text.withUnsafeBufferPointer { bytes in
                    for from in 0...count {
                        scanned.append(mtl_first_binary_control_with(bytes.baseAddress!, from, count, avx2 ? 1 : 0))
                        expected.append(text[from..<count].firstIndex(where: isBinaryControl) ?? count)
                    }
                }
                #expect(scanned == expected, "\(count) \(String(describing: found))")
            }
        }
    }
}
