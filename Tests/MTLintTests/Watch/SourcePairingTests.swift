import Testing
@testable import MTLintWatch

@Suite struct SourcePairingTests {
    @Test func pairsRussianOriginalsWithTranslations() {
        #expect(SourcePairing.source(of: RawName("a.en.txt")) == RawName("a.ru.txt"))
        #expect(SourcePairing.source(of: RawName("a.txt")) == RawName("a.ru.txt"))
        #expect(SourcePairing.source(of: RawName("a.ru.txt")) == nil)
        #expect(SourcePairing.translations(of: RawName("a.ru.txt")) == [RawName("a.en.txt"), RawName("a.txt")])
        #expect(SourcePairing.isSource(RawName("a.RU.txt")))
        #expect(SourcePairing.expectsSource(RawName("a.en.md")))
        #expect(!SourcePairing.expectsSource(RawName("a.txt")))
    }
}
