import Testing
@testable import MTLint

/// Markdown input: prose only, findings at the Markdown file's lines and columns.
@Suite struct MarkdownInputTests {
    static let markdown = """
    ---
    title: Москва
    ---
    # Talks in Мoscow

    The talks, says [the *ambassador*](https://пример.рф/путь), went well; see `Москва` and <https://кремль.рф>.
    Second line of the paragraph with https://example.com/Москва in it.

    - First item
    - Second item with ![фото Кремля](kremlin.jpg)

    ```swift
    let city = "Москва"
    ```

        indented Москва code

    > A quote from &laquo;Известия&raquo;
    | Country | Capital |
    |---------|---------|
    | Russia  | Москва  |
    """

    func load(_ text: String) throws -> Document {
        try ArticleLoader().document(from: Array(text.utf8), path: "article.md")
    }

    @Test func onlyProseIsExtracted() throws {
        let document = try load(Self.markdown)
        #expect(document.text == """
        Talks in Мoscow

        The talks, says the ambassador, went well; see  and .
        Second line of the paragraph with  in it.

        First item

        Second item with фото Кремля

        A quote from «Известия»
        Country
        Capital
        Russia
        Москва

        """)
        #expect(document.origin?.format == .markdown)
    }

    @Test func findingsPointIntoTheMarkdownFile() throws {
        let report = try Checker().check(try load(Self.markdown))
        let located = report.findings.map { "\($0.line):\($0.column) \($0.check) \($0.text)" }
        #expect(located == [
            "4:12 mixed-script Мoscow",
            "10:22 leftover-russian фото Кремля",
            "18:23 leftover-russian Известия",
            "21:13 leftover-russian Москва",
        ])
    }

    @Test func headingsAndListItemsAreParagraphs() throws {
        let document = try load("## One\nText\n* item a\n* item b\n1. first\n2) second\n")
        #expect(document.paragraphs.map { document.string($0) } == ["One", "Text", "item a", "item b", "first", "second"])
    }

    @Test func htmlScriptBlocksAndCommentsAreSkipped() throws {
        let document = try load("Before.\n\n<script>\nvar city = \"Москва\";\n</script>\n<!-- Комментарий\nна две строки -->\nAfter <b>bold</b>.\n")
        #expect(document.text == "Before.\n\nAfter bold.\n")
    }

    @Test func plainTextHasNoOrigin() throws {
        let document = try ArticleLoader().document(from: Array("# not a heading\n".utf8), path: "a.txt")
        #expect(document.origin == nil)
        #expect(document.text == "# not a heading\n")
    }
}
