import Testing
@testable import MTLint

/// Which id and severity the leftover check reports under, beyond the ranges its examples test.
@Suite struct LeftoverLanguageTests {
    private func hits(_ text: String) throws -> [Hit] {
        try LeftoverRussianCheck(options: [:]).check(Document(text: text), context: CheckContext(unicode: UnicodeServices()))
    }

    @Test(arguments: [
        ("Підпис: Київ навесні, їжак", "Ukrainian"),
        ("Надпіс: Беларусь, ўсход сонца", "Belarusian"),
        ("Потпис: Ђорђе и Љубица", "Serbian"),
        ("Потпис: Ѓорѓи и Ќерка", "Macedonian"),
        ("Қазақстан Республикасы", "Kazakh"),
    ])
    func otherCyrillicLanguagesAreLeftoverCyrillic(text: String, language: String) throws {
        let found = try hits(text)
        #expect(found.count == 1)
        #expect(found.first?.checkID == "leftover-cyrillic")
        #expect(found.first?.message.contains(language) == true)
    }

    @Test func russianIsLeftoverRussianAndScalesWithLength() throws {
        let caption = try hits("Intro line.\nЭто подпись к фотографии\nMore English text here.")
        #expect(caption.first?.checkID == nil)
        #expect(caption.first?.severity == .error)
        let word = try hits("Former international Эрнан Crespo commented.")
        #expect(word.first?.severity == .warning)
        #expect(word.first?.suggestion == "Ernan")
    }

    /// Russian and Ukrainian are romanized by BGN (and without ICU's registry); the other
    /// Cyrillic languages by ICU's Any-Latin.
    @Test func suggestionsRomanizeByLanguage() throws {
        #expect(try hits("Caption:\nПрезидент України Володимир Зеленський").first?.suggestion == "Prezydent Ukrayiny Volodymyr Zelensʹkyy")
        #expect(try hits("Caption:\nПрезидент России Владимир Путин").first?.suggestion == "Prezident Rossii Vladimir Putin")
        #expect(try hits("Потпис: Ђорђе и Љубица").first?.suggestion == "Potpis: Dorde i Lubica")
    }

    @Test func addressesAreInfo() throws {
        let found = try hits("Write to почта@пример.рф or see https://премияарсеньева.рф/about")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.severity == .info })
    }
}
