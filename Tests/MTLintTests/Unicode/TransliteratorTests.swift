import Foundation
import Testing
@testable import MTLint

/// `Transliterator.russianLatinBGN()` and `ukrainianLatinBGN()` open ICU's BGN rules without
/// ICU's registry (the Russian compound rules split into their two passes); their output must
/// stay byte-identical to the registry's `Transliterator("Russian-Latin/BGN")` and
/// `Transliterator("Ukrainian-Latin/BGN")`, which stay here as the references.
@Suite struct TransliteratorTests {
    static let corpus = TestPaths.shared.appendingPathComponent("corpus")
    static let corpusPresent = FileManager.default.fileExists(atPath: corpus.appendingPathComponent("wmt").path)

    let fromRules = Transliterator.russianLatinBGN()
    let reference = Transliterator("Russian-Latin/BGN")!

    @Test func opensFromICUsRules() throws {
        let fromRules = try #require(fromRules, "ICU's BGN rules no longer have the expected shape")
        #expect(fromRules("Премьер-министр Израиля Биньямин Нетаньяху") == "Prem'yer-ministr Izrailya Bin'yamin Netan'yakhu"
            .replacingOccurrences(of: "'", with: "ʹ"))
        #expect(fromRules("Подъём, Тсс, Ёлка, ЁЛКА, BЭ") == "Podʺyëm, T·ss, Yëlka, YËLKA, B·E")
    }

    @Test func matchesTheRegistryOnSamples() throws {
        let fromRules = try #require(fromRules)
        let samples = [
            "", "Еда", "еда", "Съезд", "ТСЫ", "тсы", "Подъём", "ЁЛКА", "Ё·ЖИ", "Ё·Э", "Эй", "йэ", "ЫЫ", "аы",
            "Шчит", "ШЧИТ", "Щи", "ЩИ", "Юля", "ЮЛЯ", "Ъ", "Ь", "Київ навесні", "Ѣ", "αβγ Ωмега",
            "е\u{308}ж", "и\u{306}од", "за\u{301}мок", "Мо́сква", "x-Еда 1Еда ·Еда", "\n Ель\nЕЛЬ\n",
        ]
        for text in samples {
            #expect(fromRules(text) == reference(text), "\(text)")
        }
    }

    /// Every Cyrillic word, and every line with Cyrillic, of the seed article and the WMT
    /// outputs and sources.
    @Test(.enabled(if: corpusPresent)) func matchesTheRegistryOnTheCorpus() throws {
        let fromRules = try #require(fromRules)
        var words = Set<String>()
        var lines = Set<String>()
        let folders = ["seed", "wmt"].map { Self.corpus.appendingPathComponent($0) }
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                for line in text.split(separator: "\n") where line.unicodeScalars.contains(where: Self.isCyrillic) {
                    lines.insert(String(line))
                    var word = String.UnicodeScalarView()
                    for scalar in line.unicodeScalars {
                        if Self.isCyrillic(scalar) || (!word.isEmpty && scalar.properties.generalCategory == .nonspacingMark) {
                            word.append(scalar)
                        } else if !word.isEmpty {
                            words.insert(String(word))
                            word = String.UnicodeScalarView()
                        }
                    }
                    if !word.isEmpty { words.insert(String(word)) }
                }
            }
        }
        #expect(words.count > 10_000)
        var differences: [String] = []
        for text in words.union(lines) where fromRules(text) != reference(text) {
            differences.append(text)
        }
        #expect(differences.isEmpty, "\(differences.count) differ, e.g. \(differences.prefix(5))")
    }

    /// Random strings over the Russian letters and what surrounds them in the rules' contexts
    /// (Latin, the middle dot the rules insert, other Cyrillic letters, combining marks).
    @Test func matchesTheRegistryOnRandomText() throws {
        let fromRules = try #require(fromRules)
        let russian = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя".map(String.init)
        let others = [" ", "-", "·", "B", "b", "x", "1", "'", "\u{301}", "\u{308}", "\u{306}", "і", "ї", "є", "ґ", "α", "é", "\n", "«", "ТС", "шч"]
        let alphabet = russian + others
        var generator = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...10, using: &generator)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            #expect(fromRules(text) == reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    let ukrainianFromRules = Transliterator.ukrainianLatinBGN()
    let ukrainianReference = Transliterator("Ukrainian-Latin/BGN")!

    @Test func opensUkrainianFromICUsRules() throws {
        let fromRules = try #require(ukrainianFromRules, "ICU's Ukrainian BGN rules no longer have the expected shape")
        #expect(fromRules("Президент України Володимир Зеленський") == "Prezydent Ukrayiny Volodymyr Zelensʹkyy")
        #expect(fromRules("Згорани, Їжак, ЄВРОПА, м’ята") == "Z·horany, Yizhak, YEVROPA, mʺyata")
    }

    /// Random strings over the Ukrainian letters and what surrounds them in the rules'
    /// contexts (the clusters the rules separate with a middle dot, apostrophes, Latin,
    /// Russian letters, combining marks).
    @Test func ukrainianMatchesTheRegistryOnRandomText() throws {
        let fromRules = try #require(ukrainianFromRules)
        let ukrainian = "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЮЯЬабвгґдеєжзиіїйклмнопрстуфхцчшщюяь".map(String.init)
        let others = [" ", "-", "·", "’", "'", "ʼ", "B", "b", "1", "\u{301}", "\u{308}", "\u{306}", "ы", "э", "ъ", "ё", "α", "\n",
                      "зг", "ЗГ", "кг", "сг", "тс", "ТС", "цг", "Цг"]
        let alphabet = ukrainian + others
        var generator = SplitMix64(seed: 11)
        var differences: [String] = []
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...10, using: &generator)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            if fromRules(text) != ukrainianReference(text) { differences.append(text) }
        }
        #expect(differences.isEmpty, "\(differences.count) differ, e.g. \(differences.prefix(5))")
    }

    private static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool {
        UnicodeScript(of: scalar) == .cyrillic && scalar.properties.isAlphabetic
    }
}
