import Testing
@testable import MTLint

/// The short cut for two-byte gaps gives what reading the gap byte by byte gives. (One-byte
/// gaps say more: exactly one space or hyphen.)
@Suite struct WordGapTests {
    @Test func shortGapsAgreeWithTheByteByByteReading() {
        for first in UInt8(0)...0xFF {
            for second in UInt8(0)...0xFF {
                let bytes = [UInt8(ascii: "a"), first, second, UInt8(ascii: "b")]
                bytes.withUnsafeBufferPointer { bytes in
                    #expect(WordGap(bytes, 1, 3) == WordGap.longGap(bytes, 1, 3), "\(first) \(second)")
                }
            }
        }
    }
}
