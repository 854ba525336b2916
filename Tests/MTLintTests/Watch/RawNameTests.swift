import Testing
@testable import MTLintWatch

@Suite struct RawNameTests {
    @Test func displayEscapesWhatWouldBreakALogLine() {
        #expect(RawName([0x62, 0x61, 0x64, 0xFF, 0xFE, 0x2E, 0x74, 0x78, 0x74]).display == "bad\\xFF\\xFE.txt")
        #expect(RawName("new\nline.txt").display == "new\\nline.txt")
        #expect(RawName("bell\u{7}.txt").display == "bell\\x07.txt")
        #expect(RawName("back\\slash").display == "back\\\\slash")
        #expect(RawName("Новости.txt").display == "Новости.txt")
    }

    @Test func ignoresDotFilesAndWriterTemporaries() {
        for name in [".hidden.txt", "a.txt.tmp", "a.part", "a.txt~"] { #expect(RawName(name).isIgnored, "\(name)") }
        for name in ["a.txt", "tmp.txt", "a.partner.txt"] { #expect(!RawName(name).isIgnored, "\(name)") }
    }

    @Test func suffixGoesBeforeTheFirstDotSoPairsStayPairs() {
        #expect(RawName("a.en.txt").suffixed(2) == RawName("a-2.en.txt"))
        #expect(RawName("a.ru.txt").suffixed(2) == RawName("a-2.ru.txt"))
        #expect(RawName("README").suffixed(3) == RawName("README-3"))
        #expect(RawName(".x").suffixed(2) == RawName(".x-2"))
    }

    @Test func extensionIsLowercased() {
        #expect(RawName("A.TXT").fileExtension == "txt")
        #expect(RawName("noext").fileExtension == "")
    }
}
