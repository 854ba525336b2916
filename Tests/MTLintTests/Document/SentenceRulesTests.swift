import Foundation
import CWordScan
import Testing
@testable import MTLint

/// The sentence rules (`SentenceRules` with `SentenceBreakFilter`) must give exactly ICU's
/// boundaries, abbreviation filter included: these tests run ICU's English "ss=standard"
/// iterator over the same paragraphs and compare boundary by boundary.
@Suite struct SentenceRulesTests {
    /// The first difference between the two paths on a paragraph, or nil if they agree (or
    /// the rules leave the paragraph to ICU and `requireRules` is false).
    private func difference(_ paragraph: [UInt8], requireRules: Bool = true) -> String? {
        let icu = SentenceSegmenter.icuBoundaries(paragraph)
        guard let rules = SentenceSegmenter.ruleBoundaries(paragraph) else {
            return requireRules ? "not covered by the rules: \(String(decoding: paragraph, as: UTF8.self).debugDescription)" : nil
        }
        guard rules != icu else { return nil }
        return "\(String(decoding: paragraph, as: UTF8.self).debugDescription): rules \(rules), ICU \(icu ?? [])"
    }

    private func difference(_ paragraph: String) -> String? { difference(Array(paragraph.utf8)) }

    /// One character of each class, as UAX #29 lists them: CICU's numbering and ours agree.
    @Test func classesComeFromICU() {
        let examples: [(UInt32, SentenceBreakClass)] = [
            (0x26, .other), (0x2E, .aTerm), (0x201D, .close), (0xAD, .format), (0x61, .lower), (0x37, .numeric),
            (0x65E5, .oLetter), (0x2028, .sep), (0x20, .sp), (0x3F, .sTerm), (0x5A, .upper), (0x0D, .cr),
            (0x0301, .extend), (0x0A, .lf), (0x2014, .sContinue),
        ]
        for (scalar, expected) in examples {
            #expect(SentenceBreakClass(scalar: scalar) == expected, "U+\(String(scalar, radix: 16))")
        }
    }

    /// The rules read a byte's class from the table by reinterpreting it: every entry must be
    /// the raw value of a class.
    @Test func theByteTableHoldsOnlyClasses() {
        for byte in UInt8(0)...0xFF {
            #expect(SentenceBreakClass(rawValue: SentenceBreakClass.byteTable[Int(byte)]) != nil, "byte \(byte)")
        }
    }

    /// The table's classes of non-ASCII scalars are ICU's, and it holds all of its ranges.
    @Test func theScalarTableHoldsICUClasses() {
        var held = 0
        SentenceBreakClass.byteTable.withUnsafeBufferPointer { classes in
            for scalar in UInt32(0x80)...0x2FFF {
                guard let kind = SentenceBreakClass.tableClass(of: scalar, in: classes) else { continue }
                held += 1
                #expect(kind == SentenceBreakClass(scalar: scalar), "U+\(String(scalar, radix: 16))")
            }
        }
        #expect(held == SentenceBreakClass.tableRanges.reduce(0) { $0 + $1.count })
        #expect(SentenceBreakClass.byteTable.count == 256 + held)
    }

    /// `mtl_sentence_stop_bits` of `text`, with one word more than it may write, to see that
    /// it writes no further.
    private func stopBits(_ text: [UInt8]) -> [UInt64] {
        let words = text.count / 64 + 1
        var bits = [UInt64](repeating: 0x5A5A, count: words + 1)
        text.withUnsafeBufferPointer { bytes in
            bits.withUnsafeMutableBufferPointer { mtl_sentence_stop_bits(bytes.baseAddress!, text.count, $0.baseAddress!) }
        }
        #expect(bits[words] == 0x5A5A, "written past the end at \(text.count)")
        return Array(bits[..<words])
    }

    @Test func theByteSkipStopsAtEveryByteWhoseClassStopsTheRules() {
        for byte in UInt8(0)...0xFF {
            let byteClass = SentenceBreakClass.byteTable[Int(byte)]
            guard (SentenceRules.stopMask >> UInt32(byteClass)) & 1 != 0 else { continue }
            // Alone, and after sixteen and more letters (the vector steps).
            for prefix in [0, 17, 40, 70] {
                let text = [UInt8](repeating: UInt8(ascii: "a"), count: prefix) + [byte] + [UInt8](repeating: UInt8(ascii: "b"), count: 20)
                let bits = stopBits(text)
                #expect((bits[prefix / 64] >> UInt64(prefix % 64)) & 1 == 1, "byte \(byte)")
            }
        }
    }

    /// The marks are vectors of sixty-four bytes, then of sixteen, then the text's last sixteen
    /// bytes shifted (or single bytes, in a text under sixteen): every length up to three words,
    /// a stop at every position, against the definition byte by byte; and the walk's next stop
    /// from every position.
    @Test func theStopBitsMarkExactlyTheStops() {
        func isStop(_ byte: UInt8) -> Bool { byte < 0x20 || byte >= 0x7F || byte == 0x2E || byte == 0x21 || byte == 0x3F }
        let bytes = (0...255).map { UInt8($0) }
        for count in 1...140 {
            for stop in [nil] + Array(0..<count) {
                var text = [UInt8](repeating: UInt8(ascii: "a"), count: count)
                if let stop { text[stop] = UInt8(ascii: ".") }
                if count > 2 { text[count / 2] = UInt8(ascii: "?") }
                if stop == 0 { text = (0..<count).map { bytes[($0 * 37 + count) % 256] } }  // every byte value somewhere
                let bits = stopBits(text)
                let marked = (0..<(bits.count * 64)).filter { (bits[$0 / 64] >> UInt64($0 % 64)) & 1 == 1 }
                let expected = (0..<(bits.count * 64)).filter { $0 >= count || isStop(text[$0]) }
                #expect(marked == expected, "\(count) \(String(describing: stop))")
                // The next stop after each index, walking back from the end.
                var nextStops = [Int](repeating: count, count: count)
                for index in stride(from: count - 2, through: 0, by: -1) {
                    nextStops[index] = isStop(text[index + 1]) ? index + 1 : nextStops[index + 1]
                }
                let walked = bits.withUnsafeBufferPointer { marks in
                    (0..<count).map { SentenceRules.nextStop(after: $0, in: marks.baseAddress!) }
                }
                #expect(walked == nextStops, "\(count) \(String(describing: stop))")
            }
        }
    }

    @Test func iCUListIsLoaded() throws {
        // The list is ICU's (never written here); these are in ICU 72's English data.
        let filter = try #require(SentenceBreakFilter.english)
        // ICU's quirks: no word boundary in front ("XMr."); "U.S." and "Ph.D." are matched
        // forwards from their first ".", and the space after them spoils that match.
        let cases = [("Mr. Smith", 4, true), ("XMr. Smith", 5, true), ("Mrs. Smith", 5, true), ("Smith. Jones", 7, false),
                     ("Ph.D. x", 3, true), ("Ph.D. Smith", 6, false), ("U.S. Army", 5, false), ("Mr.  Smith", 5, false)]
        for (text, boundary, suppressed) in cases {
            let bytes = Array(text.utf8)
            let result = bytes.withUnsafeBufferPointer { filter.suppresses(in: $0, at: boundary) }
            #expect(result == suppressed, "\(text)")
        }
    }

    @Test(arguments: [
        "He met Mr. Smith. Then he left! Did he? Yes... E.g. this, I.e. that. The U.S. Army and Dr. Who.",
        "Mr. Smith. MR. Smith. mr. Smith. XMr. Smith. Mr.  Smith (two spaces). Mr.\tSmith. (Mr.) Smith.",
        "U.S. Army. U.S.A. Today. U. Smith. S. Smith. Ph.D. Student. Ph.D Student. Ph. Student. E. Smith.",
        "A.M. Radio. a.m. Radio. Hon.B.A. Smith. Lt.Cdr. Smith. S.p.A. Milan. U.S.C. Code. M.I.T. Lab.",
        "It is 5 p.m. Then 6 a.m. Sharp. vs. Them. Jan. 5. No. 5 is here. etc. And so on. Inc. Corp.",
        "“Quoted.” (Bracketed.) [Square.] ‘Single.’ — Dash. – En dash. Quote:“Yes.” Next.",
        "3.5 million. 1,000.50 dollars. Jan. 5 at 10 a.m. in St. Petersburg. v2.0. Done",
        "Ends with abbreviation Mr.",
        "Ends with abbreviation and space Mr. ",
        "Line one\nline two. Sentence three.\r\nCRLF line.\rCR line.\n\n\nNew. Next\u{2028}separator.\u{85}Next",
        "Кириллица. Ещё одно предложение! Mixed Москва and Mоscow. 50°С. 日本語。テスト。Ｆｕｌｌ．Ｗｉｄｔｈ． Ok",
        "Emoji 😀 here. Another 🇷🇺 flag. No\u{00A0}break. Space. Ideographic\u{3000}space. Ellipsis… Next.",
        "Mr. Smith. Ms. Jones.  Mrs. Brown.\nDr. Who. Prof. X. Sgt. Pepper. Capt. Hook. Gen. Lee.",
        "a. b. A. B. 1. 2. .a .A .1 ?a ?A !1 !. .! ?. .? .... !!! ??? ?!",
        "",
        " ",
        ".",
        "No terminator at all",
    ])
    func samplesMatchICU(_ text: String) {
        #expect(difference(text) == nil)
    }

    /// A paragraph with a character the rules leave to ICU (a combining mark, a soft hyphen,
    /// a joiner, a variation selector after a terminator, a space, a Close or at the start)
    /// goes to ICU; the document's sentences are still ICU's.
    @Test(arguments: [
        "Cafe.\u{0301} Next one.",
        "Soft \u{00AD}hyphen. Next one.",
        "\u{200D}Joiner first. Next one.",
        "Heart (❤)\u{FE0F}. Next one.",
        "Mr. Smith said \u{0301}. Then left.",
    ])
    func uncoveredParagraphFallsBackToICU(_ text: String) {
        #expect(SentenceSegmenter.ruleBoundaries(Array(text.utf8)) == nil)
        let document = Document(text: "Covered first. Mr. Smith.\n\n\(text)\n\nCovered last. Ph.D. Student.")
        let segmented = SentenceSegmenter.sentences(in: document.utf8, paragraphs: document.paragraphs)
        let icu = SentenceSegmenter.sentences(in: document.utf8, paragraphs: document.paragraphs, fastPath: false)
        #expect(segmented.map(document.string) == icu.map(document.string))
        #expect(segmented == icu)
    }

    /// Every paragraph of every file of the shared corpus (seed, WMT outputs and their Russian
    /// sources, gold files), through documents as mtlint reads them.
    @Test func corpusMatchesICU() throws {
        let corpus = TestPaths.shared.appendingPathComponent("corpus")
        let files = try #require(FileManager.default.enumerator(atPath: corpus.path)).compactMap { $0 as? String }.sorted()
        var paragraphs = 0
        var covered = 0
        var differences: [String] = []
        for file in files {
            let url = corpus.appendingPathComponent(file)
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let document = Document(text: String(decoding: try Data(contentsOf: url), as: UTF8.self))
            for paragraph in document.paragraphs {
                let bytes = Array(document.utf8[paragraph])
                paragraphs += 1
                if SentenceSegmenter.ruleBoundaries(bytes) != nil { covered += 1 }
                if let difference = difference(bytes, requireRules: false) { differences.append("\(file): \(difference)") }
            }
            let segmented = SentenceSegmenter.sentences(in: document.utf8, paragraphs: document.paragraphs)
            let icu = SentenceSegmenter.sentences(in: document.utf8, paragraphs: document.paragraphs, fastPath: false)
            if segmented != icu { differences.append("\(file): document sentences differ") }
        }
        #expect(files.count > 3000)
        #expect(differences.isEmpty, "\(differences.count) differences, first: \(differences.prefix(5))")
        // Nearly all of it is covered (what falls back has combining marks or emoji modifiers).
        #expect(covered * 100 > paragraphs * 95, "\(covered) of \(paragraphs) paragraphs covered")
    }

    /// Every abbreviation of ICU's list, as it is, in lower and in upper case, after various
    /// things and followed by various things.
    @Test func everyAbbreviationMatchesICU() throws {
        let list = try #require(SentenceBreakFilter.abbreviations(locale: "en")).map { String(decoding: $0, as: UTF8.self) }
        #expect(list.count > 100)
        let before = ["", "X", "x", "The ", "1", "(", "“", "U.S. "]
        let after = [" Smith.", "  Smith.", "\tSmith.", "\nSmith.", " smith.", " 5.", " (Smith).", "Smith.", ". Smith", " “Smith.”", "", " ", ", Smith", "D. Smith", "S.A. Smith"]
        var differences: [String] = []
        for abbreviation in list {
            for spelling in Set([abbreviation, abbreviation.lowercased(), abbreviation.uppercased()]) {
                for head in before {
                    for tail in after {
                        if let difference = difference("\(head)\(spelling)\(tail)") { differences.append(difference) }
                    }
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.count) differences, first: \(differences.prefix(5))")
    }

    /// The characters whose rules differ, typographic ones and some of other scripts, and
    /// abbreviations of ICU's list (and near misses) in several cases.
    static let alphabet: [String] = Array(". ! ? , ; : ' \" ( ) [ ] { } - / & * _ 0 7 a z A Z \t").map(String.init).filter { $0 != " " }
        + [" ", " ", " ", "  ", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "“", "”", "‘", "’", "–", "—", "«", "»", "…", "\u{00A0}",
           "word", "Word", "WORD", "x", "Y", "12", "3.5", "é", "É", "д", "Д", "日", "。", "．", "\u{2024}", "\u{2028}", "\u{85}", "😀",
           "Mr.", "mr.", "MR.", "Mrs.", "Dr.", "U.S.", "U.S.A.", "u.s.", "U.", "S.", "Ph.D.", "Ph.", "PH.D.", "e.g.", "E.g.", "E.G.",
           "i.e.", "I.e.", "No.", "no.", "a.m.", "A.M.", "p.m.", "etc.", "Etc.", "vs.", "VS.", "Lt.Cdr.", "Hon.B.A.", "S.p.A.",
           "M.I.T.", "Jan.", "Inc.", "St.", "Ave.", "Mt."]

    /// Tens of thousands of random paragraphs with a fixed seed, so a failure is reproducible;
    /// one in ten is long (up to 256 pieces), with many sentences.
    @Test func randomParagraphsMatchICU() {
        var generator = SplitMix64(seed: 29)
        var differences: [String] = []
        for _ in 0..<40_000 {
            let length = generator.next() % 10 == 0 ? Int(16 + generator.next() % 240) : Int(generator.next() % 16)
            var text = ""
            for _ in 0..<length {
                text += Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))]
            }
            if let difference = difference(text) { differences.append(difference) }
        }
        #expect(differences.isEmpty, "\(differences.count) differences, first: \(differences.prefix(5))")
    }

    /// Every pair and triple of the characters whose rules differ, around a ". " boundary and
    /// after an abbreviation, alone and between words.
    @Test func allShortCombinationsAroundABoundaryMatchICU() {
        let characters = Array(".!?,;:'\"()-/ \t\n9aZ“”’–—\u{00A0}").map(String.init)
        var differences: [String] = []
        for first in characters {
            for second in characters {
                for third in characters {
                    let triple = first + second + third
                    let frames = [
                        triple, "a\(triple)b", "End. \(triple)", "End\(triple) next", "Mr\(triple)Smith", "Mr.\(triple)Smith",
                        "U.S\(triple)Army", "Ph.D\(triple)x", "x. \(first)\(second) y", "x. \(first)\(second) Y", "A\(first). \(second)\(third)b",
                    ]
                    for frame in frames {
                        if let difference = difference(frame) { differences.append(difference) }
                    }
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.count) differences, first: \(differences.prefix(5))")
    }

    /// A terminator right before a line feed ends its sentence after the line feed without the
    /// terminator's look-around: every terminator, after words and abbreviations, before
    /// what may follow a line, as the paragraph's last line and before more lines.
    @Test func aTerminatorBeforeALineFeedMatchesICU() {
        let terminators = [".", "!", "?", "。", "．", "\u{2024}", "！", "?!", "..."]
        let before = ["", "End", "end", "Mr", "U.S", "3", "x ", "\"quoted", "(x)", "Ph.D"]
        let after = ["", "\n", "Next", "next", "5", " Next", "\"Next", "\nNext.", "\r\nx"]
        var differences: [String] = []
        for terminator in terminators {
            for head in before {
                for tail in after {
                    for text in ["\(head)\(terminator)\n\(tail)", "First. \(head)\(terminator)\n\(tail)"] {
                        if let difference = difference(text) { differences.append(difference) }
                    }
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.count) differences, first: \(differences.prefix(5))")
    }

    /// The filter skips its backward walk when the byte before the break (or before the
    /// space before it) starts no reversed abbreviation: for every byte there, the same answer
    /// as the walk.
    @Test func theFilterFirstStepCheckAgreesWithTheWalk() throws {
        let filter = try #require(SentenceBreakFilter.english)
        let heads = ["", "Mr", "U.S", "e.g", "x", "Inc", "No"].map { Array($0.utf8) }
        let tails = ["", " ", "  ", "\n"].map { Array($0.utf8) }
        for head in heads {
            for byte in UInt8(0)...0xFF {
                for tail in tails {
                    let text = head + [byte] + tail + Array("Next".utf8)
                    text.withUnsafeBufferPointer { buffer in
                        for boundary in 1..<buffer.count {
                            let start = buffer[boundary - 1] == 0x20 ? boundary - 1 : boundary
                            #expect(
                                filter.suppresses(in: buffer, at: boundary) == filter.walkSuppresses(in: buffer, from: start),
                                "\(text) at \(boundary)")
                        }
                    }
                }
            }
        }
    }

    /// Extend and Format characters after Other, a letter or Numeric are covered by the rules
    /// (SB5 attaches them there); anywhere else the paragraph goes to ICU. Either way, ICU's
    /// boundaries: every such character after and before each of the characters whose rules
    /// differ, in several frames.
    @Test func extendAndFormatCharactersMatchICU() {
        let attached = ["\u{FE0F}", "\u{0301}", "\u{00AD}", "\u{200D}", "\u{200B}", "\u{1F3FB}", "\u{FE0F}\u{0301}"]
        let neighbours = Array(".!?,;:'\"() \t\n9aZ“”’—\u{00A0}").map(String.init) + ["❤", "日", "Mr.", "U.S.", "3.5", "\r\n", "。", ""]
        var differences: [String] = []
        for mark in attached {
            for before in neighbours {
                for after in neighbours {
                    let piece = before + mark + after
                    let frames = [piece, "x\(piece)y", "End. \(piece) Next", "A\(piece)B. C", "etc. \(piece) and", "x. \(piece)"]
                    for frame in frames {
                        if let difference = difference(Array(frame.utf8), requireRules: false) { differences.append(difference) }
                    }
                }
            }
        }
        // What the rules must cover: an emoji with its variation selector, a letter with an accent.
        for text in ["I ❤\u{FE0F} it. So do you.", "Cafe\u{0301}. Next", "A\u{0301}.B c.", "x\u{00AD}y. Z", "9\u{FE0F}.5 a. B"] {
            if let difference = difference(text) { differences.append(difference) }
        }
        #expect(differences.isEmpty, "\(differences.count) differences, first: \(differences.prefix(5))")
    }
}
