import Testing
@testable import MTLint

@Suite struct GlossaryTBXReaderTests {
    @Test func readsACATToolExport() throws {
        let concepts = try GlossaryLoader.concepts(at: GlossaryTestSupport.fixture("cat-export.tbx"))
        #expect(concepts.map(\.target) == ["Kyiv", "Donbas", "Intergovernmental Commission"])
        #expect(concepts.map(\.forbidden) == [["Kiev"], ["Donbass"], ["CMPC"]])
        #expect(concepts.map(\.sources) == [["Киев"], ["Донбасс"], ["межправительственная комиссия"]])
        #expect(concepts[0].note == "Ukrainian-based spelling (AP, Reuters, BBC)")
        #expect(concepts[1].note == "Ukrainian-based spelling with one s")
        #expect(concepts[0].origin.line == 19)
    }

    @Test func readsTBXv3WithAdmittedTerms() throws {
        let text = """
            <?xml version="1.0"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader><fileDesc><sourceDesc><p>Trados MultiTerm</p></sourceDesc></fileDesc></tbxHeader>
              <text><body>
                <conceptEntry id="c1">
                  <langSec xml:lang="en">
                    <termSec><term>Duma</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
                    <termSec><term>State Duma</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                    <termSec><term>State Thought</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
                  </langSec>
                  <langSec xml:lang="ru"><termSec><term>Государственная дума</term></termSec></langSec>
                  <langSec xml:lang="de"><termSec><term>Staatsduma</term></termSec></langSec>
                </conceptEntry>
              </body></text>
            </tbx>
            """
        let concepts = try GlossaryTestSupport.tbx(text)
        #expect(concepts.count == 1)
        #expect(concepts[0].target == "State Duma")
        #expect(concepts[0].admitted == ["Duma"])
        #expect(concepts[0].forbidden == ["State Thought"])
        #expect(concepts[0].sources == ["Государственная дума"])
        #expect(concepts[0].origin.line == 5)
    }

    @Test("malformed files name the file and line", arguments: [
        ("<martif>\n<text><body>\n<termEntry>\n</body></text></martif>\n", 4, "malformed XML"),
        ("<martif><text>\n<body>\n<termEntry><langSet xml:lang=\"en\"><tig><term>Kyiv</term>\n<termNote type=\"administrativeStatus\">sometimes</termNote></tig></langSet></termEntry>\n</body></text></martif>", 4, "unknown administrativeStatus"),
        ("<?xml version=\"1.0\"?>\n<glossary/>\n", 2, "not a TBX file"),
        ("<martif><text><body>\n<termEntry>\n<langSet xml:lang=\"en\"><tig><term>Kiev</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote></tig></langSet>\n</termEntry></body></text></martif>", 2, "only forbidden"),
        ("<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig>\n<term> </term></tig></langSet></termEntry></body></text></martif>", 2, "empty <term>"),
        (" \n", 0, "empty TBX file"),
    ])
    func malformed(text: String, line: Int, message: String) {
        let error = GlossaryTestSupport.error { try GlossaryTestSupport.tbx(text, path: "terms.tbx") }
        #expect(error?.path == "terms.tbx")
        #expect(error?.line == line, "\(String(describing: error))")
        #expect(error?.message.contains(message) == true, "\(String(describing: error))")
    }

    @Test func loaderTellsFormatsApartByContent() throws {
        let tbx = try GlossaryLoader.concepts(from: Array("<martif><text><body/></text></martif>".utf8), path: "terms.txt")
        #expect(tbx.isEmpty)
        let tsv = try GlossaryLoader.concepts(from: Array("target\nKyiv\n".utf8), path: "terms.txt")
        #expect(tsv.map(\.target) == ["Kyiv"])
    }
}
