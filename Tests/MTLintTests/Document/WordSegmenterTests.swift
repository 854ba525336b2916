import Foundation
import Testing
@testable import MTLint

/// The ASCII fast path of `WordSegmenter` must give exactly ICU's words: these tests run
/// ICU's word break iterator alone over the same text and compare.
@Suite struct WordSegmenterTests {
    /// ICU's words, iterating the whole text with one iterator (what the segmenter did before
    /// it had a fast path).
    private func icuWords(_ text: String) -> [Word] {
        let bytes = Array(text.utf8)
        var words: [Word] = []
        bytes.withUnsafeBufferPointer { buffer in
            Segmenter.segments(.word, in: buffer, range: 0..<buffer.count) { start, end, status in
                if status >= 200 && status < 500 {
                    words.append(Word(start..<end, kind: .letters))
                } else if status >= 100 && status < 200 {
                    words.append(Word(start..<end, kind: .number))
                }
            }
        }
        return words
    }

    private func fastWords(_ text: String) -> [Word] {
        Array(text.utf8).withUnsafeBufferPointer { WordSegmenter.words(in: $0) }
    }

    private func describe(_ words: [Word], in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return words.map { "\(String(decoding: bytes[$0.range], as: UTF8.self))/\($0.kind)" }
    }

    static let samples: [String] = [
        "It's 3.5 km from the U.S. embassy, e.g. near St. Petersburg's 1,000-year-old walls.",
        "Visit http://www.example.com/a_b?c=1&d=2#top or mail foo@bar.com, a.b@c.d today.",
        "rock'n'roll, 'quoted', \"double\", don't, o'clock, '90s, 90's and 1'2 or a'1 and 1'a.",
        "3,000,000.50; 1.2.3; a.b.c; a..b; 1..2; 1,a; a,1; a;b; 3;5; .5 and 5. and ,5 and 5,",
        "snake_case __init__ _1_ 1__ __1 a__ _a a_ 1_a a_1 a_.b _ __ ___",
        "ab34 ab3 12ab34 1a a1 1ab a1b 1a1 A@B @ @@ a@ @a 1@2 a@1.5 1.5@a",
        "a:b 10:30 a-b 1-2 a/b 1/2 (a) [1] {x} <y> a+b a=b a|b a~b a^b a`b a#b a$b a%b a&b a*b",
        "Tabs\tand\u{0B}vertical\u{0C}feeds\r\nCRLF\rCR\nLF  double  spaces   ",
        "MIXED-Case WORDS, ALL CAPS. x. Y. z! Q? ...ellipsis... --dash-- !!! ???",
        "",
        " ",
        "a",
        "'",
        "Price: $1,234.56 (approx. 1.2m) vs. 7%; ratio 3:2; ISO-8859-1; UTF-8; v2.0.1-beta",
    ]

    @Test(arguments: samples)
    func asciiSamplesMatchICU(_ text: String) {
        #expect(describe(fastWords(text), in: text) == describe(icuWords(text), in: text))
    }

    /// Non-ASCII chunks go to ICU; the boundaries around them must not shift.
    @Test(arguments: [
        "The “quoted” word — and the dash – here, café’s menu, naïve coöperation.",
        "Москва и Mоscow, 105х195 and 50°С; Київ. Line\u{2028}separator\u{85}next",
        "ideographic\u{3000} space, no\u{00A0}break, thin\u{2009}space\u{3000} \u{0301}mark",
        "e\u{0301}t\u{00AD}e soft\u{00AD}hyphen, zero\u{200B}width, emoji 👍🏽 flag 🇷🇺 ok",
        "日本語のテキストと English mixed, iPhoneケース and Tシャツ.",
        "\u{0301}leading mark, trailing mark\u{0301} ",
    ])
    func mixedTextMatchesICU(_ text: String) {
        #expect(describe(fastWords(text), in: text) == describe(icuWords(text), in: text))
    }

    /// Random strings over an alphabet weighted towards the characters whose rules differ
    /// (letters, digits, "@", "_", "." "'" "," ";" ":", spaces and line breaks), with a
    /// fixed seed so a failure is reproducible.
    @Test func randomASCIIMatchesICU() {
        let alphabet: [String] = "aZ9@_.',;:- \n\t\"/bc1".map { String($0) } + ["ab", "12", "U.S.", "it's", "3.5", "  ", "\r\n", "é", "’", "д", "“", "”", "–", "—", "‘", "\u{0301}", "\u{200D}", "\u{00AD}", "\u{2026}", "\u{00A0}"]
        var generator = SplitMix64(seed: 7)
        var mismatches: [String] = []
        for _ in 0..<3000 {
            let length = Int(generator.next() % 24)
            var text = ""
            for _ in 0..<length {
                text += alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            if describe(fastWords(text), in: text) != describe(icuWords(text), in: text) {
                mismatches.append(text)
            }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(5).map { $0.debugDescription })")
    }

    /// Long random texts, so that words, marks between letters or digits and stretches of
    /// ASCII start and end at every offset of the 64-byte blocks the bit-mask scan reads, and
    /// run across them; mostly ASCII with an occasional quote, dash or Cyrillic word.
    @Test func longRandomTextsMatchICUAcrossBlocks() {
        let alphabet: [String] = "aZ9@_.',;:- \n\tbc1".map { String($0) }
            + ["ab", "12", "U.S.", "it's", "3.5", "1,000", "e.g.", "__", "a_", "9_", "word", "longerwordthanmost", "   ", "\r\n"]
        let rare: [String] = ["“", "”", "–", "—", "’", "д", "é", "\u{00A0}", "\u{0301}"]
        var generator = SplitMix64(seed: 64)
        var mismatches: [String] = []
        for round in 0..<400 {
            let length = 100 + Int(generator.next() % 700)
            var text = ""
            for _ in 0..<length {
                if round % 2 == 1 && generator.next() % 40 == 0 {
                    text += rare[Int(generator.next() % UInt64(rare.count))]
                } else {
                    text += alphabet[Int(generator.next() % UInt64(alphabet.count))]
                }
            }
            if describe(fastWords(text), in: text) != describe(icuWords(text), in: text) {
                mismatches.append(text)
            }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(2).map { $0.debugDescription })")
    }

    /// The eight-bytes-at-a-time scan of a run of word parts stops where a byte loop over
    /// the class table stops: every byte value at every position of a long run, from every start.
    @Test func wordRunsEndWhereTheByteLoopEnds() {
        let run = Array("abcdefghijklm_0123456789XYZ@yz".utf8)
        var mismatches: [String] = []
        for value in 0...255 {
            for position in 0..<run.count {
                var bytes = run
                bytes[position] = UInt8(value)
                bytes.withUnsafeBufferPointer { buffer in
                    for start in 0...position {
                        var expected = start
                        while expected < buffer.count && ASCIIWordClass(rawValue: ASCIIWordClass.table[Int(buffer[expected])])!.isWordPart { expected += 1 }
                        let found = WordSegmenter.endOfWordRun(buffer, from: start)
                        if found != expected { mismatches.append("byte \(value) at \(position) from \(start): \(found) != \(expected)") }
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    /// Every pair and triple of interesting ASCII characters, alone and between letters/digits.
    @Test func allShortCombinationsMatchICU() {
        let characters = Array("a9@_.',;:-\" Z“”–—’")
        var mismatches: [String] = []
        for first in characters {
            for second in characters {
                for third in characters {
                    for frame in ["\(first)\(second)\(third)", "a\(first)\(second)\(third)b", "1\(first)\(second)\(third)2"] {
                        if describe(fastWords(frame), in: frame) != describe(icuWords(frame), in: frame) {
                            mismatches.append(frame)
                        }
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(5).map { $0.debugDescription })")
    }

    /// An ASCII stretch of several thousand words: the C scan writes its words into the word
    /// list as they are (a `Word` is laid out as the scan's pairs), and they must come out
    /// as ICU's (rooms that run out: ``WordTableSegmenterTests``).
    @Test func stretchesOfManyBatchesMatchICU() {
        #expect(Word.hasCWordScanLayout)
        let pieces = ["word", "12", "3.5", "U.S.", "it's", "a_", "_", " ", " ", "  ", ", ", ".\n", "\t"]
        var generator = SplitMix64(seed: 1024)
        let text = (0..<20_000).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
        let fast = fastWords(text)
        let icu = icuWords(text)
        #expect(fast.count > 3 * 1024)
        #expect(describe(fast, in: text) == describe(icu, in: text))
    }

    @Test func seedArticleMatchesICU() throws {
        let bytes = try InputFile.read(path: TestPaths.seedArticle.path)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(describe(fastWords(text), in: text) == describe(icuWords(text), in: text))
    }

    /// Every code point of the Cyrillic block beside letters, digits, the joining marks and
    /// the standalone quotes, and random Russian-looking text: the Cyrillic chunk path gives
    /// ICU's words (the block's sign U+0482 and combining marks U+0483–U+0489 go to ICU).
    @Test func cyrillicMatchesICU() {
        var mismatches: [String] = []
        for value in 0x0400...0x04FF {
            let letter = String(Unicode.Scalar(value)!)
            for frame in ["a\(letter)b", "\(letter)", "1\(letter)2", "д.\(letter)", "\(letter)'д", "«\(letter)»", "_\(letter)_", "\(letter)\u{0301}", "5,\(letter)"] {
                if describe(fastWords(frame), in: frame) != describe(icuWords(frame), in: frame) { mismatches.append(frame) }
            }
        }
        let alphabet: [String] = "aZ9@_.',;:- \n".map { String($0) }
            + ["д", "Я", "ё", "Ё", "ї", "ґ", "ў", "Ӏ", "ӿ", "Ѐ", "ҁ", "҂", "\u{0483}", "\u{0489}", "Ҋ", "«", "»", "“", "”", "–", "—", "’", "\u{00A0}",
               "Москва", "10км", "5-й", "т.е.", "СВО", "ООН'а", "  "]
        var generator = SplitMix64(seed: 1251)
        for _ in 0..<3000 {
            let text = (0..<Int(generator.next() % 24)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            if describe(fastWords(text), in: text) != describe(icuWords(text), in: text) { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(5).map { $0.debugDescription })")
    }

    /// Real machine translation, full of typographic quotes and dashes, and the Russian
    /// originals: the WMT corpus.
    @Test func wmtOutputsMatchICU() throws {
        let folder = TestPaths.shared.appendingPathComponent("corpus/wmt")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let fast = fastWords(text)
            let icu = icuWords(text)
            let difference = fast.indices.first { $0 >= icu.count || fast[$0] != icu[$0] } ?? (fast.count == icu.count ? nil : fast.count)
            #expect(difference == nil, "\(file): first difference at word \(difference ?? 0)")
        }
    }
}

/// A small deterministic random number generator for reproducible test inputs.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
