import Testing
@testable import MTLint

/// HTML input: visible article text through libxml2's HTML parser, mapped back to the page.
@Suite struct HTMLInputTests {
    func load(_ bytes: [UInt8], path: String = "page.html") throws -> Document {
        try ArticleLoader().document(from: bytes, path: path)
    }

    @Test func chromeScriptsAndAttributesAreSkipped() throws {
        let page = """
        <!DOCTYPE html><html><head><title>Заголовок</title><script>var a = "Привет";</script>
        <style>p::before { content: "Стиль"; }</style></head>
        <body><nav><a href="/">Главная</a></nav><header>Шапка сайта</header>
        <article><h1>Talks &amp; results</h1>
        <p class="lead" data-note="Атрибут">The talks   went
           well.<br>Next line.</p>
        <figure><img src="a.jpg" alt="Фото переговоров"><figcaption>Caption here</figcaption></figure>
        <div hidden>Скрыто</div><pre>код Москва</pre>
        </article><footer>Подвал</footer></body></html>
        """
        let document = try load(Array(page.utf8))
        // The image description is a paragraph of its own, before the next block.
        #expect(document.text == "Talks & results\n\nThe talks went well.\nNext line.\n\nФото переговоров\n\nCaption here\n")
    }

    @Test func entitiesAndColumnsMapBackToTheSource() throws {
        let page = "<html><body>\n<p>Intro text.</p>\n<p>Caf&eacute; &laquo;Москва&raquo; is open.</p>\n</body></html>\n"
        let report = try Checker().check(try load(Array(page.utf8)))
        let finding = try #require(report.findings.first)
        #expect(finding.check == "leftover-russian")
        #expect(finding.text == "Москва")
        #expect((finding.line, finding.column, finding.endLine, finding.endColumn) == (3, 23, 3, 29))
    }

    @Test func metaCharsetDecidesTheEncoding() throws {
        // "Привет" in windows-1251, declared by the page; detection alone might guess otherwise.
        let head = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>".utf8)
        let body: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        let document = try load(head + body + Array("</p></body></html>".utf8))
        #expect(document.encoding == "windows-1251")
        #expect(document.text == "Привет\n")
        #expect(DeclaredEncoding.html(Array("<meta charset='koi8-r'>".utf8)) == "koi8-r")
        #expect(DeclaredEncoding.html(Array("<!-- <meta charset=x> --><meta charset=\"utf-16\">".utf8)) == nil)
    }

    @Test func sniffedWithoutExtension() throws {
        let bytes = Array("<!doctype html><p>Hello, Мир</p>".utf8)
        #expect(InputFormat.detect(path: "inbox/article", bytes: bytes) == .html)
        #expect(InputFormat.detect(path: "a.xlf", bytes: []) == .xliff)
        #expect(InputFormat.detect(path: "notes", bytes: Array("<?xml version=\"1.0\"?><tmx version=\"1.4\">".utf8)) == .tmx)
        #expect(InputFormat.detect(path: "notes", bytes: Array("Just text".utf8)) == .text)
    }

    @Test func extensionIsTheLastComponentsAfterItsLastDot() {
        #expect(InputFormat.byExtension("inbox/Article.MD") == .markdown)
        #expect(InputFormat.byExtension("/srv/watch/2026-11-25.report.HTM") == .html)
        #expect(InputFormat.byExtension("archive.tar.txt") == .text)
        #expect(InputFormat.byExtension("статьи/перевод.xliff") == .xliff)
        // A dot in a folder's name is not the file's extension.
        #expect(InputFormat.byExtension("drafts.md/notes") == nil)
        #expect(InputFormat.byExtension("notes.") == nil)
        #expect(InputFormat.byExtension("notes.pdf") == nil)
        #expect(InputFormat.byExtension("plain") == nil)
        // A name that starts with its only dot has no extension, as the input collector reads it.
        #expect(InputFormat.byExtension("dir/.md") == nil)
        #expect(InputFormat.byExtension(".html") == nil)
        #expect(InputFormat.byExtension("dir/.hidden.md") == .markdown)
        for path in ["dir/.md", ".html", "dir/.hidden.md", "a/b.en.txt", "notes."] {
            #expect((InputFormat.byExtension(path) != nil) == !InputCollector.splitExtension(path).ext.dropFirst().isEmpty, "\(path)")
        }
    }
}
