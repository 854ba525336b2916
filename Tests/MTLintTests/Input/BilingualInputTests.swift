import Testing
@testable import MTLint

/// XLIFF and TMX: units with source and target, findings with unit ids, notes written back.
@Suite struct BilingualInputTests {
    static let xliff = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
     <file source-language="ru" target-language="en" datatype="plaintext" original="a.txt">
      <body>
       <trans-unit id="t1">
        <source>Выручка составила 1,5 млрд рублей.</source>
        <target>Revenue was 15 billion rubles &amp; more.</target>
       </trans-unit>
       <trans-unit id="t2"><source>Без перевода.</source></trans-unit>
       <group><trans-unit id="t3">
        <source>Мэр <ph id="1">&lt;b&gt;</ph>Москвы<ph id="2">&lt;/b&gt;</ph> выступил.</source>
        <target>Мэр Москвы выступил.</target>
       </trans-unit></group>
      </body>
     </file>
    </xliff>

    """

    @Test func unitsPairSourceAndTarget() throws {
        let article = try ArticleLoader().article(from: Array(Self.xliff.utf8), path: "a.xlf")
        #expect(article.document.text == "Revenue was 15 billion rubles & more.\nМэр Москвы выступил.\n")
        #expect(article.source?.text == "Выручка составила 1,5 млрд рублей.\nМэр Москвы выступил.\n")
        #expect(article.document.origin?.units.map(\.id) == ["t1", "t3"])
        let report = try Checker().check(article.document, source: article.source, alignment: article.alignment)
        let found = report.findings.map { "\($0.unit ?? "-") \($0.line):\($0.column) \($0.check) \($0.text)" }
        #expect(found == [
            "t1 7:25 number-mismatch 15",
            "t3 12:13 leftover-russian Мэр Москвы выступил",
            "t3 12:13 untranslated Мэр Москвы выступил.",
        ])
    }

    @Test func malformedXLIFFNamesFileAndLine() throws {
        let broken = "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">\n<file><body>\n<trans-unit id=\"1\"><source>a</target>\n</body></file></xliff>\n"
        #expect(throws: InputError.self) { try ArticleLoader().article(from: Array(broken.utf8), path: "bad.xlf") }
        do {
            _ = try ArticleLoader().article(from: Array(broken.utf8), path: "bad.xlf")
        } catch {
            #expect(error.path == "bad.xlf")
            #expect(error.line == 4)
            #expect(error.message.contains("malformed XML"))
        }
    }

    @Test func tmxSidesFollowTheSourceLanguage() throws {
        let tmx = """
        <?xml version="1.0"?><tmx version="1.4"><header srclang="ru-RU" segtype="sentence"/><body>
        <tu><tuv xml:lang="en-US"><seg>He paid 300 rubles.</seg></tuv><tuv xml:lang="ru-RU"><seg>Он заплатил 30 рублей.</seg></tuv></tu>
        </body></tmx>
        """
        let article = try ArticleLoader().article(from: Array(tmx.utf8), path: "m.tmx")
        #expect(article.document.text == "He paid 300 rubles.\n")
        #expect(article.source?.text == "Он заплатил 30 рублей.\n")
        let report = try Checker().check(article.document, source: article.source, alignment: article.alignment)
        #expect(report.findings.map(\.unit) == ["1"])
    }

    @Test func notesAreWrittenIntoUnits() throws {
        let bytes = Array(Self.xliff.utf8)
        let article = try ArticleLoader().article(from: bytes, path: "a.xlf")
        let report = try Checker().check(article.document, source: article.source, alignment: article.alignment)
        let annotated = String(decoding: try XLIFFNoteWriter.annotate(bytes, path: "a.xlf", report: report), as: UTF8.self)
        #expect(annotated.contains("</target>\n   <note from=\"mtlint\" annotates=\"target\" priority=\"3\">warning [number-mismatch] “15” does not match the source’s numbers (“1,5”): “15”</note></trans-unit>"))
        #expect(annotated.components(separatedBy: "<note from=\"mtlint\"").count == 4)
        // The annotated file reads back with the same findings: notes are not prose.
        let again = try ArticleLoader().article(from: Array(annotated.utf8), path: "a.xlf")
        #expect(again.document.text == article.document.text)
    }
}
