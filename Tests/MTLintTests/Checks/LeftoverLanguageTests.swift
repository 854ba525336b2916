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
    /// A caption whose translation is on a line nearby is told so, with that line's number:
    /// captions in a cluster share the lines they read, and lines sixteen apart (which the
    /// search keeps in the same place) are each read as themselves.
    @Test func nearbyTranslationsAreFoundByLineNumber() throws {
        var lines = (1...40).map { "Filler sentence number \($0) about the weather in the region." }
        lines[1] = "Премьер-министр Израиля Биньямин Нетаньяху"
        lines[2] = "Israeli Prime Minister Benjamin Netanyahu"
        lines[3] = "Министр обороны Израиля Йоав Галант"
        lines[4] = "Israeli Defense Minister Yoav Gallant"
        // Line 19 is sixteen lines after line 3; its caption's translation is above it.
        lines[17] = "Yoav Gallant and Benjamin Netanyahu in Jerusalem"
        lines[18] = "Йоав Галант и Биньямин Нетаньяху в Иерусалиме"
        // No translation within three lines.
        lines[30] = "Погрузка зерна на судно"
        let found = try hits(lines.joined(separator: "\n"))
        let messages = found.map(\.message)
        #expect(found.count == 4)
        #expect(messages[0].contains("its English translation is on line 3,"), "\(messages[0])")
        #expect(messages[1].contains("its English translation is on line 5,"), "\(messages[1])")
        #expect(messages[2].contains("its English translation is on line 18,"), "\(messages[2])")
        #expect(!messages[3].contains("English translation"), "\(messages[3])")
    }
}
