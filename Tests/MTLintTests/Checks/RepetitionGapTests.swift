import Testing
@testable import MTLint

/// The gap between two occurrences of a repeat, read as bytes.
@Suite struct RepetitionGapTests {
    /// Whether a gap holds anything but whitespace, as its characters say it.
    private func reference(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes, as: UTF8.self).contains { !$0.isWhitespace }
    }

    @Test func nonWhitespaceIsWhatTheCharactersSay() {
        // Every ASCII byte alone and in pairs, then gaps with non-ASCII spaces and dashes.
        for first in UInt8(0)..<0x80 {
            #expect(RepeatedPhraseCheck.holdsNonWhitespace([first][...]) == reference([first]), "\(first)")
            for second in UInt8(0)..<0x80 {
                let pair = [first, second]
                #expect(RepeatedPhraseCheck.holdsNonWhitespace(pair[...]) == reference(pair))
            }
        }
        for text in ["", " ", "\r\n", " \u{00A0} ", "\u{2009}", "\u{3000}\t", " — ", "–", ", ", " \u{0085}", "\u{200B}", "é"] {
            let bytes = Array(text.utf8)
            #expect(RepeatedPhraseCheck.holdsNonWhitespace(bytes[...]) == reference(bytes), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
