import Testing
@testable import MTLint

/// The word index's shortcuts for a form's flags and key hold to their definitions.
@Suite struct WordModelFoldTests {
    /// ``WordIndex/LetterForm`` takes exactly the forms of one to sixteen bytes that are
    /// "a"..."z" but for the first, which may also be "A"..."Z", whatever the bytes around
    /// them; its flags are the general ones, its key is ``TermKey/fold(_:)-(ArraySlice<UInt8>)``
    /// of the form and its hash the key's.
    @Test func letterFormsAreTheFormsOfLowercaseLettersAfterAnyLetter() {
        var generator = SplitMix64(seed: 11)
        // The bytes next to the letters' ranges on either side, the apostrophe and bytes from
        // 0x80 (whose sums carry into the next byte).
        let alphabet: [UInt8] = Array("az`{AZ@['_0m".utf8) + [0x7F, 0x80, 0xC3, 0xD0, 0xE2, 0xFF, 0x00]
        for trial in 0..<60_000 {
            let length = Int(generator.next() % 20)
            // Mostly letters, so that every length has forms of letters only.
            var form: [UInt8] = (0..<length).map { _ in
                generator.next() % 4 != 0 || trial % 2 == 0
                    ? UInt8(ascii: "a") + UInt8(generator.next() % 26) : alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            if trial % 3 == 0 && length > 0 { form[0] = UInt8(ascii: "A") + UInt8(generator.next() % 26) }
            let around: [UInt8] = (0..<16).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let text = around + form + around
            let isLetter = { (byte: UInt8) in (0x61...0x7A).contains(byte) }
            let expected = (1...16).contains(length) && (isLetter(form[0]) || (0x41...0x5A).contains(form[0])) && form.dropFirst().allSatisfy(isLetter)
            let letters = text.withUnsafeBufferPointer { text in WordIndex.LetterForm(UnsafeBufferPointer(rebasing: text[16..<(16 + length)])) }
            #expect((letters != nil) == expected, "\(form)")
            guard let letters else { continue }
            #expect(letters.isCapitalized == !isLetter(form[0]), "\(form)")
            let flags = letters.isCapitalized ? WordIndex.LetterForm.capitalizedFlags : WordIndex.LetterForm.lowercaseFlags
            #expect(flags == WordIndex.flags(of: form[...]), "\(form)")
            var key = [UInt8](repeating: 0, count: max(length, 8))
            key.withUnsafeMutableBufferPointer { letters.storeKey(into: $0.baseAddress!) }
            key = Array(key[..<length])
            #expect(String(decoding: key, as: UTF8.self) == TermKey.fold(form[...]), "\(form)")
            #expect(letters.keyHash == key.withUnsafeBufferPointer { ByteInterner.hash($0) }, "\(form)")
        }
    }
}
