import Foundation
import Testing
@testable import MTLint

/// Sentences found over UTF-16 with a cloned iterator must be those ICU finds over the UTF-8
/// text paragraph by paragraph (how they were found before).
@Suite struct SentenceSegmenterTests {
    private func compare(_ text: String) {
        let document = Document(text: text)
        let fast = SentenceSegmenter.sentences(in: document.utf8, paragraphs: document.paragraphs)
        var reference = CompactRanges()
        SentenceSegmenter.viaUText(document.utf8, paragraphs: document.paragraphs, into: &reference)
        #expect(fast.map { document.string($0) } == reference.map { document.string($0) })
        #expect(fast == reference)
    }

    @Test(arguments: [
        "He met Mr. Smith. Then he left! Did he? Yes... e.g. this, i.e. that. The U.S. Army and Dr. Who.",
        "Line one\nline two. Sentence three.\r\nCRLF line.\rCR line.\n\n\nNew paragraph. “Quoted.” (Bracketed.) Done",
        "Кириллица. Ещё одно предложение! Mixed Москва and Mоscow. 50°С. 😀 Emoji. 日本語。テスト。",
        "Separators\u{2028}inside\u{2029}a paragraph\u{85}too. Tab\tand\u{0B}vertical\u{0C}feed. Trailing mark\u{0301}. ",
        "No terminator at all",
        "   \n  \t \n",
        "3.5 million. 1,000.50 dollars. Jan. 5 at 10 a.m. in St. Petersburg. No. 5 is here. etc. And so on.",
    ])
    func matchesICUOverUTF8(_ text: String) {
        compare(text)
    }

    @Test func seedAndCorpusMatch() throws {
        var texts = [try String(contentsOf: TestPaths.seedArticle, encoding: .utf8)]
        let corpus = TestPaths.shared.appendingPathComponent("corpus/wmt")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        for name in names.sorted().prefix(60) where name.hasSuffix(".txt") {
            texts.append(try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8))
        }
        for text in texts { compare(text) }
    }
}
