import Foundation
import Testing
@testable import MTLint

/// The quick check that lets NFC text through unchanged reads the Cyrillic and General
/// Punctuation blocks from tables: every code point there, alone and beside combining marks
/// in and out of canonical order, comes out as Foundation's own NFC has it.
@Suite struct NormalizerTests {
    @Test func tableBlocksNormalizeAsNFC() {
        let blocks = Array(0x0400...0x04FF) + Array(0x2000...0x20FF)
        var checked = 0
        for value in blocks {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = String(scalar)
            let texts = [
                "x\(character)y",
                // Two marks out of canonical order after it (acute 230, cedilla 202).
                "\(character)\u{0301}\u{0327}",
                // A mark before it: reordered with it if it is a mark of a lower class
                // (double breve 234, acute 230).
                "a\u{035D}\(character)",
                "а\u{0301}\(character)",
                // A decomposed ё before it, and the code point before a combining mark.
                "е\u{0308}\(character)\u{0308}",
            ]
            for text in texts {
                let normalized = String(decoding: Normalizer.nfc(Array(text.utf8)), as: UTF8.self)
                #expect(Array(normalized.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars),
                        "U+\(String(value, radix: 16)) in \(text.debugDescription)")
                checked += 1
            }
        }
        #expect(checked == 512 * 5)
    }

    @Test func marksAfterLongASCIIRunsAreFound() {
        // ASCII is skipped sixty-four bytes a step, then sixteen at a time: a mark to compose
        // or reorder at every offset around those steps, with ASCII after it too.
        for prefix in 0..<150 {
            let ascii = String(repeating: "a", count: prefix)
            for piece in ["e\u{0301}", "\u{0301}\u{0327}", "“ё”\u{0308}", "x"] {
                let text = ascii + piece + String(repeating: "b", count: prefix % 19)
                let normalized = String(decoding: Normalizer.nfc(Array(text.utf8)), as: UTF8.self)
                #expect(Array(normalized.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars),
                        "\(text.debugDescription)")
            }
        }
    }
}
