import Testing
@testable import MTLint

/// The byte-level reduced forms of ASCII words must be the String ones, form for form.
@Suite struct TermKeyTests {
    @Test func asciiReducedFormsEqualTheStringOnes() {
        let stems = ["", "a", "ab", "abc", "kiev", "ministr", "bus", "pass", "ie", "x", "lavrov"]
        let endings = ["", "s", "'", "'s", "es", "ies", "ss", "s'", "ss'", "ses", "i", "e", "y"]
        for stem in stems {
            for ending in endings {
                let word = stem + ending
                let expected = TermKey.reducedForms(of: word).map { "\($0.key)/\($0.trim)" }
                var found: [String] = []
                Array(word.utf8).withUnsafeBufferPointer { bytes in
                    TermKey.forEachReducedASCIIForm(of: bytes) { form, trim in found.append("\(String(decoding: form, as: UTF8.self))/\(trim)") }
                }
                #expect(found == expected, "\(word)")
            }
        }
    }
}
