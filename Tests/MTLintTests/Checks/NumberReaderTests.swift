import Foundation
import Testing
@testable import MTLint

/// Numbers read by value across English and Russian conventions.
@Suite struct NumberReaderTests {
    func values(_ text: String, _ language: NumberReader.Language) -> [[Double]] {
        let bytes = TextBytes(Array(text.utf8))
        return NumberReader(language: language).read(bytes, 0..<bytes.count).tokens.map { $0.readings.first ?? [] }
    }

    func explains(_ english: String, _ russian: String) -> Bool {
        let en = TextBytes(Array(english.utf8))
        let ru = TextBytes(Array(russian.utf8))
        var target = NumberReader(language: .english).read(en, 0..<en.count)
        var source = NumberReader(language: .russian).read(ru, 0..<ru.count)
        NumberReader(language: .english).addWords(en, 0..<en.count, to: &target)
        NumberReader(language: .russian).addWords(ru, 0..<ru.count, to: &source)
        return target.tokens.allSatisfy(source.explains) && source.tokens.allSatisfy(target.explains)
    }

    @Test func russianConventions() {
        #expect(values("1 500 000 рублей", .russian) == [[1_500_000]])
        #expect(values("1\u{00A0}500,25", .russian) == [[1500.25]])
        #expect(values("1,5 млрд", .russian) == [[1.5e9]])
        #expect(values("15.02.2025", .russian) == [[15, 2, 2025]])
        #expect(values("Ту-154 и 5-й этаж, 10км", .russian) == [[154], [5], [10]])
    }

    @Test func englishConventions() {
        #expect(values("1,500,000 and 2.5 million and $3bn", .english) == [[1_500_000], [2.5e6], [3e9]])
        #expect(values("the A320, 5G and S1000", .english).isEmpty)
        #expect(values("at 2:30 p.m.", .english) == [[14, 30]])
    }

    @Test func equalValuesAcrossLanguages() {
        #expect(explains("Revenue reached 1.5 billion rubles.", "Выручка достигла 1,5 млрд рублей."))
        #expect(explains("12,500 people came on February 15, 2025.", "15.02.2025 пришли 12 500 человек."))
        #expect(explains("More than 20, 000 people died.", "Погибли более 20 тысяч человек."))
        #expect(explains("Three ministers met at 6:30.", "3 министра встретились в 18:30."))
        #expect(explains("A two-bedroom flat for a 4/5.", "Трехкомнатная квартира на четверку."))
        #expect(explains("In the 1990s, sales doubled.", "В 90-х продажи выросли в 2 раза."))
        #expect(!explains("Revenue reached 15 billion rubles.", "Выручка достигла 1,5 млрд рублей."))
        #expect(!explains("He paid 360 euros.", "Он заплатил 3600 евро."))
    }
}

/// The byte filters in front of the String rules say no only where those rules say no.
@Suite struct NumberReaderFilterTests {
    @Test func aScaleWordsFirstLetterIsEnough() {
        // Every scale word in three cases, words that are not scales, and first letters
        // outside ASCII and Cyrillic (the Kelvin sign lowercases to "k").
        let scales = NumberWords.scales.keys.flatMap { [$0, $0.uppercased(), $0.prefix(1).uppercased() + $0.dropFirst()] }
        let others = ["people", "years", "Тысяча", "рублей", "people's", "Ωmega", "\u{212A}", "\u{212A}m", "ярдов", "ёлок", "Ўзбек", "ҳам", "x", "Z"]
        for word in scales + others {
            let bytes = TextBytes(Array(word.utf8))
            let isScale = NumberWords.scales[word.lowercased()] != nil
            #expect(!isScale || NumberWords.mayBeScale(bytes, at: 0), "\(word)")
        }
        #expect(!NumberWords.mayBeScale(TextBytes(Array("people".utf8)), at: 0))
        #expect(!NumberWords.mayBeScale(TextBytes(Array("рублей".utf8)), at: 0))
        #expect(NumberWords.mayBeScale(TextBytes(Array("\u{212A}".utf8)), at: 0))
    }

    @Test func prefixesOfNFCWordsAreBytePrefixes() {
        // Every number prefix against words that have it, nearly have it, have it with ё for
        // е, with a mark after it, or are shorter; all as the document gives them (NFC).
        let prefixes = NumberWords.russianPrefixes.map(\.0) + ["круглосуточн"]
        var words = ["", "о", "од", "одноразовый", "трехкомнатная", "трёхкомнатная", "двух\u{0301}этажный", "полу\u{0308}", "тысячелетие", "миллиардер", "пятиэтажка", "пятиэтажка".uppercased()]
        for prefix in prefixes { words += [prefix, prefix + "ый", String(prefix.dropLast()), prefix + "\u{0301}а", prefix.replacingOccurrences(of: "е", with: "ё")] }
        for word in words.map({ String(decoding: Normalizer.nfc(Array($0.utf8)), as: UTF8.self) }) {
            for prefix in prefixes {
                #expect(NumberReader.hasPrefix(word, prefix) == word.hasPrefix(prefix), "\(word) \(prefix)")
            }
        }
    }

    @Test func numbersAreNotAddresses() {
        let texts = ["14.2%", "10:30,", "(2.5)", "1.5.2025", "a.b", "x@y.z", "http://x", "премияарсеньева.рф", "1://2", "3/4.5",
                     "www.kremlin.ru", "сайт.рф.", "12@3.4", "«5.5»"]
        for text in texts {
            let bytes = TextBytes(Array(text.utf8))
            let address = AddressSpans.isAddress(bytes, around: 0)
            let expected = text.contains("://") || text.hasPrefix("www.") || text.hasPrefix("x@") || text.hasPrefix("12@") || text.hasSuffix(".рф") || text.hasSuffix("рф.")
            #expect(address == expected, "\(text)")
        }
    }
}
