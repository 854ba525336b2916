import Testing
@testable import MTLint

/// The word index's shortcuts for a form's flags and key hold to their definitions.
@Suite struct WordModelFoldTests {
    /// ``WordIndex/isLowercaseLetters(_:)`` says yes exactly for one to sixteen bytes, all of
    /// them "a"..."z", whatever the bytes around them; such a form's flags are the general
    /// ones and its key is itself.
    @Test func lowercaseLettersAreTheFormsOfOnlyLowercaseASCIILetters() {
        var generator = SplitMix64(seed: 11)
        // The bytes next to the letters' range on either side, capitals, the apostrophe and
        // bytes from 0x80 (whose sums carry into the next byte).
        let alphabet: [UInt8] = Array("az`{AZ@'_0m".utf8) + [0x7F, 0x80, 0xC3, 0xD0, 0xE2, 0xFF, 0x00]
        for trial in 0..<40_000 {
            let length = Int(generator.next() % 20)
            // Mostly letters, so that every length has forms of letters only.
            let form: [UInt8] = (0..<length).map { _ in
                generator.next() % 4 != 0 || trial % 2 == 0
                    ? UInt8(ascii: "a") + UInt8(generator.next() % 26) : alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            let around: [UInt8] = (0..<16).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let text = around + form + around
            let expected = (1...16).contains(length) && form.allSatisfy { (0x61...0x7A).contains($0) }
            let answer = text.withUnsafeBufferPointer { text in
                WordIndex.isLowercaseLetters(UnsafeBufferPointer(rebasing: text[16..<(16 + length)]))
            }
            #expect(answer == expected, "\(form)")
            if expected {
                #expect(WordIndex.lowercaseLetterFlags == WordIndex.flags(of: form[...]), "\(form)")
                #expect(TermKey.fold(form[...]) == String(decoding: form, as: UTF8.self), "\(form)")
            }
        }
    }
}
