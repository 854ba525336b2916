import Testing
@testable import MTLint

@Suite struct XMLReaderTests {
    private func events(_ text: String, html: Bool = false) throws -> [XMLEvent] {
        var result: [XMLEvent] = []
        try XMLReader.read(Array(text.utf8), path: "in.xml", html: html) { result.append($0) }
        return result
    }

    @Test func elementsAttributesTextAndLines() throws {
        let found = try events("<?xml version=\"1.0\"?>\n<a xml:lang=\"ru\" xmlns=\"urn:x\">\n  <b type=\"t\">x &amp; y</b>\n<c/><![CDATA[<raw>]]></a>")
            .filter { $0.kind != .text || !$0.text.allSatisfy(\.isWhitespace) }
        #expect(found.map(\.kind) == [.start, .start, .text, .close, .start, .close, .text, .close])
        #expect(found[0].name == "a" && found[0].attribute("xml:lang") == "ru" && found[0].attributes.count == 1)
        #expect(found[0].namespace == "urn:x" && found[7].namespace == "urn:x")
        #expect(found[1].attribute("type") == "t" && found[1].line == 3)
        #expect(found[2].text == "x & y")
        #expect(found[4].name == "c" && found[5].name == "c" && found[4].line == 4)
        #expect(found[6].text == "<raw>")
    }

    @Test func malformedXMLNamesTheLine() {
        #expect(throws: XMLSyntaxError.self) { try events("<a>\n<b>\n</a>") }
        do {
            _ = try events("<a>\n<b>\n</a>")
        } catch let error as XMLSyntaxError {
            #expect(error.path == "in.xml" && error.line == 3, "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func doesNotExpandExternalEntities() throws {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<a>&x;</a>"
        let texts = try events(text).filter { $0.kind == .text }.map(\.text).joined()
        #expect(!texts.contains("root"))
    }

    @Test func readsForgivingHTML() throws {
        let found = try events("<html><body>\n<p>One<br>two\n<p>three</body></html>", html: true)
        #expect(found.filter { $0.kind == .start }.map(\.name) == ["html", "body", "p", "br", "p"])
        #expect(found.first { $0.name == "p" }?.line == 2)
    }
}
