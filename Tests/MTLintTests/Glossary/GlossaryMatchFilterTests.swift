import Testing
@testable import MTLint

/// The short cuts of the glossary's work on a document, held to what they stand for.
@Suite struct GlossaryMatchFilterTests {
    /// Every word that reduces to a form is among the forms said to reduce to it, so the
    /// filter of the glossary's words and those forms turns away no word with keys.
    @Test func formsReducingToAWordIncludeEveryWordThatReducesToIt() {
        var generator = SplitMix64(seed: 3)
        let alphabet = ["a", "e", "i", "y", "s", "s", "s", "'", "’", "é", "k", "v"]
        var checked = 0
        for _ in 0..<20_000 {
            let word = TermKey.fold((0..<Int(1 + generator.next() % 7)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined())
            for (form, _) in TermKey.english(folded: word).reduced {
                var forms: [[UInt8]] = []
                Array(form.utf8).withUnsafeBufferPointer { form in TermKey.forEachFormReducing(to: form) { forms.append(Array($0)) } }
                #expect(forms.contains(Array(word.utf8)), "\(word) reduces to \(form)")
                checked += 1
            }
            // The byte path of ASCII words gives the same forms.
            guard word.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            var asciiForms: [String] = []
            Array(word.utf8).withUnsafeBufferPointer { bytes in
                TermKey.forEachReducedASCIIForm(of: bytes) { form, _ in asciiForms.append(String(decoding: form, as: UTF8.self)) }
            }
            #expect(asciiForms == TermKey.english(folded: word).reduced.map(\.key), "\(word)")
        }
        #expect(checked > 1_000)
    }

    /// ``Glossary/isForbiddenWord(_:)`` answers as matching the word alone against the terms.
    @Test func forbiddenWordIsAForbiddenMatchOfTheWordAlone() throws {
        let glossary = Glossary(concepts: try GlossaryTestSupport.tsv("""
            target\tforbidden\tadmitted\tcase
            Kyiv\tKiev|Kyiv-Pechersk\t\t
            Foreign Ministry\tMID|mfa\t\tsensitive
            mid\t\t\t
            Donbas\tDonbass|Donbas region\tDonbass\t
            Belarus\tByelorussia|Belorussia\t\t
            Kharkiv\tKharkov\t\tsensitive
            Chicken Kiev\tchicken kiev's\t\t
            Café\tCafé de Paris|cafe\t\t
            """))
        let words = ["kiev", "kiev's", "kyiv", "kyiv-pechersk", "pechersk", "mid", "mfa", "donbass", "donbas", "byelorussia", "belorussia", "kharkov",
                     "chicken", "café", "cafe", "paris", "", "ki", "belarus"]
        for word in words {
            let match = glossary.terms.matches(words: [Word(0..<word.utf8.count, kind: .letters)], bytes: TextBytes(Array(word.utf8)), keys: [TermKey(exact: word, reduced: [])])
            let expected = match.contains { $0.entries.contains { glossary.terms.entries[$0].role == .forbidden } }
            #expect(glossary.isForbiddenWord(word) == expected, "\(word)")
        }
        #expect(glossary.isForbiddenWord("kiev") && glossary.isForbiddenWord("mfa") && glossary.isForbiddenWord("donbass"))
        #expect(!glossary.isForbiddenWord("mid") && !glossary.isForbiddenWord("kharkov"))
    }
}
