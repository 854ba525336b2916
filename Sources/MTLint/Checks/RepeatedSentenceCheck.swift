/// A sentence emitted twice within its paragraph or the next, or a paragraph (or line)
/// repeated anywhere; compared word by word, ignoring case, whitespace and punctuation.
public struct RepeatedSentenceCheck: Check {
    public static let description = CheckDescription(
        id: "repeated-sentence",
        family: .repetition,
        summary: "A sentence repeated within its paragraph or the next one, or a paragraph repeated anywhere; reported at the second occurrence with the line of the first. Short repeated lines (page chrome such as \"Live broadcast\") are info only.",
        defaultSeverity: .warning,
        passing: [
            "The plan was approved. The budget was approved.",
            "We have initiatives for Israel and Iran.\n\nOne.\n\nTwo.\n\nThree.\n\nIn turn, Russia is ready. We have initiatives for Israel and Iran.",
            "Yes. Yes.",
            CheckExample("Families received maternity capital in 2022\nFamilies received maternity capital in 2022.",
                         source: "Семьи получили материнский капитал в 2022 году\nСемьи получили материнский капитал в 2022 году."),
        ],
        failing: [
            "The talks were held in Geneva. ⟦The talks were held in Geneva.⟧",
            "The talks were held in Geneva. They lasted a day.\n\n⟦The talks were held in Geneva.⟧ Nothing was agreed.",
            "The talks were held in Geneva and lasted a day.\n\nNothing was agreed.\n\n⟦The talks were held  in Geneva\nand lasted a day.⟧",
            "Overnight, 19 drunk drivers were detained.\n⟦Overnight, 19 drunk drivers were detained.⟧",
            // Page chrome at the top and bottom: reported at info only.
            "Live broadcast\nMain slide\n\nThe minister spoke at length about the budget.\n\n⟦Live broadcast⟧",
        ]
    )

    private let boilerplateWords: Int
    private let minimumWords: Int

    public init(options: CheckOptions) throws {
        let id = Self.description.id
        try options.validate(known: ["boilerplateWords", "minimumWords"], check: id)
        boilerplateWords = Int(try options.number("boilerplateWords", default: 4, check: id))
        minimumWords = max(1, Int(try options.number("minimumWords", default: 2, check: id)))
    }

    public func check(_ document: Document, context: CheckContext) -> [Hit] {
        var hits: [Hit] = []
        var reported: [Range<Int>] = []
        // Paragraphs and the lines of multi-line paragraphs: repeated anywhere.
        var blocks = document.paragraphs
        for paragraph in document.paragraphs {
            let first = document.lines.lineIndex(of: paragraph.lowerBound)
            let last = document.lines.lineIndex(of: paragraph.upperBound)
            guard last > first else { continue }
            blocks += (first...last).map { document.lines.range(ofLine: $0) }
        }
        blocks.sort { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) }
        var firstBlock: [String: Range<Int>] = [:]
        for block in blocks {
            let (key, words) = Self.key(block, in: document)
            guard words >= minimumWords else { continue }
            if let first = firstBlock[key], !first.overlaps(block), !reported.contains(where: { $0.overlaps(block) }) {
                if let hit = hit(block, first: first, words: words, noun: "paragraph", document: document, context: context) {
                    hits.append(hit)
                }
                reported.append(block)
            } else if firstBlock[key] == nil {
                firstBlock[key] = block
            }
        }
        // Sentences: repeated within their paragraph or the one before.
        var seen: [Int: [String: Range<Int>]] = [:]
        for sentence in document.sentences where !reported.contains(where: { $0.overlaps(sentence) }) {
            let (key, words) = Self.key(sentence, in: document)
            guard words >= minimumWords else { continue }
            let paragraph = document.paragraphs.partitioningIndex { $0.upperBound >= sentence.upperBound }
            if let first = seen[paragraph]?[key] ?? seen[paragraph - 1]?[key] {
                if let hit = hit(sentence, first: first, words: words, noun: "sentence", document: document, context: context) {
                    hits.append(hit)
                }
            } else {
                seen[paragraph, default: [:]][key] = sentence
            }
        }
        return hits
    }

    private func hit(_ range: Range<Int>, first: Range<Int>, words: Int, noun: String, document: Document, context: CheckContext) -> Hit? {
        let firstLine = document.lines.lineIndex(of: first.lowerBound)
        let line = document.lines.lineIndex(of: range.lowerBound)
        if words <= boilerplateWords {
            return Hit(range: range, message: "Short text repeated from line \(firstLine + 1) (page boilerplate?)",
                       severity: .info, relatedOffset: first.lowerBound)
        }
        // A headline repeated as the lead, as in the original, is the page's doing, not the translation's.
        if line != firstLine, let source = context.source, abs(source.lines.count - document.lines.count) <= 1,
           line < source.lines.count,
           Self.key(source.lines.range(ofLine: line), in: source).key == Self.key(source.lines.range(ofLine: firstLine), in: source).key {
            return nil
        }
        return Hit(range: range, message: "This \(noun) repeats the one on line \(firstLine + 1); delete one",
                   relatedOffset: first.lowerBound)
    }

    /// The case-folded words of `range` joined by spaces, and how many there are.
    static func key(_ range: Range<Int>, in document: Document) -> (key: String, words: Int) {
        let words = document.words(in: range).filter { $0.end <= range.upperBound }
        return (words.map { WordTokens.key(document.string($0.range)) }.joined(separator: " "), words.count)
    }
}
