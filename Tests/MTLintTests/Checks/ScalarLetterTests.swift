import Testing
@testable import MTLint

/// The letter test's short cuts for ASCII and the Cyrillic block agree with the Unicode
/// properties it stands for, scalar by scalar.
@Suite struct ScalarLetterTests {
    @Test func shortCutsAgreeWithTheProperties() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)..<0x0800 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isLetter != (scalar.properties.isAlphabetic && !scalar.properties.isMath) {
                disagreements.append(value)
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10).map { String($0, radix: 16) })")
    }
}
