import CWordScan
import Foundation
import Testing
@testable import MTLint

@Suite struct JSONReportWriterTests {
    private func sampleReport() throws -> Report {
        let checker = try Checker()
        return checker.check(Document(text: "Line \"one\"\twith Mоscow\nи\u{2028}тут", path: "in/a\"b.txt"))
    }

    @Test func keysFollowTheContractOrderAndRoundTrip() throws {
        let report = try sampleReport()
        let text = String(decoding: JSONReportWriter.encode(report), as: UTF8.self)
        let file = try #require(text.range(of: "\"file\""))
        let encoding = try #require(text.range(of: "\"encoding\""))
        let findings = try #require(text.range(of: "\"findings\""))
        let summary = try #require(text.range(of: "\"summary\""))
        #expect(file.lowerBound < encoding.lowerBound && encoding.lowerBound < findings.lowerBound && findings.lowerBound < summary.lowerBound)
        #expect(text.contains(#""file": "in/a\"b.txt""#))
        let decoded = try JSONDecoder().decode(Report.self, from: Data(text.utf8))
        #expect(decoded.findings == report.findings)
        #expect(decoded.summary == report.summary)
    }

    @Test func stringsAreEscapedForJSONAndJavaScript() {
        var writer = JSONWriter(pretty: false)
        writer.beginObject()
        writer.member("k\"", "a\u{2028}b\u{1}c\\\u{7F}—\u{2029}\tё")
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"k\"":"a\u2028b\u0001c\\\u007f—\u2029\tё"}"#)
    }

    @Test func shortAndLongStringsAreEscapedAlike() {
        // Strings under sixteen bytes are scanned in Swift, longer ones in C: the same escapes.
        let pieces = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + ["\"", "\\", "\u{7F}", "\u{2028}", "\u{2029}", "\u{2027}", "—", "ё", "a"]
        for piece in pieces {
            let short = "x" + piece + "y"
            let padding = String(repeating: " ", count: 20)
            var shortOutput: [UInt8] = [], longOutput: [UInt8] = []
            JSONWriter.writeString(short, into: &shortOutput)
            JSONWriter.writeString(short + padding, into: &longOutput)
            let expected: [UInt8] = Array(shortOutput.dropLast()) + Array(padding.utf8) + [UInt8(ascii: "\"")]
            #expect(longOutput == expected, "\(piece.debugDescription)")
        }
    }

    @Test func theEscapeScanStopsAtEveryByteThatMayNeedAnEscape() {
        let mayNeedEscape = { (byte: UInt8) in byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2 }
        for byte in UInt8(0)...0xFF {
            for position in [0, 7, 15, 16, 30, 39] {
                var text = [UInt8](repeating: UInt8(ascii: "a"), count: 40)
                text[position] = byte
                let expected = text.firstIndex(where: mayNeedEscape) ?? text.count
                #expect(text.withUnsafeBufferPointer { mtl_first_json_special($0.baseAddress!, 0, text.count) } == expected, "byte \(byte) at \(position)")
            }
        }
    }

    @Test func prettyOutputIndentsNestedContainersAndKeepsEmptyOnesOnOneLine() {
        var writer = JSONWriter(pretty: true)
        writer.beginArray()
        writer.beginObject()
        writer.member("n", -42)
        writer.key("empty")
        writer.beginArray()
        writer.endArray()
        writer.key("list")
        writer.beginArray()
        writer.int(0)
        writer.null()
        writer.bool(true)
        writer.endArray()
        writer.endObject()
        writer.beginObject()
        writer.endObject()
        writer.endArray()
        let expected = """
        [
          {
            "n": -42,
            "empty": [],
            "list": [
              0,
              null,
              true
            ]
          },
          {}
        ]
        """
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }

    @Test func numbersAreWrittenAsSwiftPrintsThem() {
        var values = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 65_535, 1_000_000, Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1]
        }
        values += values.filter { $0 != .min }.map { -$0 }
        for value in values {
            var writer = JSONWriter(pretty: false)
            writer.int(value)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value))
        }
    }

    @Test func deepIndentationIsTwoSpacesALevel() {
        // The spaces go eight at a time: depths whose indentation is not a multiple of eight.
        for depth in 1...9 {
            var writer = JSONWriter(pretty: true)
            for _ in 0..<depth { writer.beginArray() }
            writer.string("x")
            writer.member("unused", 0) // a key outside an object is still written like one
            for _ in 0..<depth { writer.endArray() }
            var expected = ""
            for level in 0..<depth { expected += (level == 0 ? "" : "\n" + String(repeating: " ", count: level * 2)) + "[" }
            let inner = String(repeating: " ", count: depth * 2)
            expected += "\n\(inner)\"x\",\n\(inner)\"unused\": 0"
            for level in (0..<depth).reversed() { expected += "\n" + String(repeating: " ", count: level * 2) + "]" }
            #expect(String(decoding: writer.bytes, as: UTF8.self) == expected, "depth \(depth)")
        }
    }

    @Test func keysAreQuotedAndEscapedLikeStrings() {
        var writer = JSONWriter(pretty: false)
        writer.beginObject()
        writer.member("endLine2", 1)
        writer.member("a \"quoted\" key", 2)
        writer.member("", 3)
        writer.member("line\nbreak", 4)
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"endLine2":1,"a \"quoted\" key":2,"":3,"line\nbreak":4}"#)
    }

    /// A key that needs no escape, copied whole, reads as the same key escaped like a string,
    /// compact and pretty, first in its object or after another member, at any depth.
    @Test(arguments: [false, true])
    func plainKeysAreWrittenAsEscapedKeysAre(pretty: Bool) {
        let keys: [(JSONWriter.PlainKey, StaticString)] = [
            (.init("line"), "line"), (.init("endColumn"), "endColumn"), (.init("x"), "x"), (.init(""), ""),
            (.init("a_key_of_thirty_two_characters__"), "a_key_of_thirty_two_characters__"),
        ]
        for depth in 0..<4 {
            var plain = JSONWriter(pretty: pretty), escaped = JSONWriter(pretty: pretty)
            for _ in 0...depth {
                plain.beginObject()
                escaped.beginObject()
            }
            for (index, (key, name)) in keys.enumerated() {
                plain.member(key, index - 2)
                escaped.member(name, index - 2)
                plain.member(key, "a \"value\"\nwith \u{2028} escapes")
                escaped.member(name, "a \"value\"\nwith \u{2028} escapes")
                // A key alone, then an object as its value.
                plain.key(key)
                escaped.key(name)
                plain.beginObject()
                escaped.beginObject()
                plain.member(key, "")
                escaped.member(name, "")
                plain.endObject()
                escaped.endObject()
            }
            for _ in 0...depth {
                plain.endObject()
                escaped.endObject()
            }
            #expect(String(decoding: plain.bytes, as: UTF8.self) == String(decoding: escaped.bytes, as: UTF8.self), "depth \(depth)")
        }
    }

    @Test func anArrayOfReportsIsValidJSON() throws {
        let report = try sampleReport()
        let failed = Report(file: "bad.bin", failure: "binary data")
        let data = Data(JSONReportWriter.encode([report, failed]))
        let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(array.count == 2)
        #expect(array[1]["error"] as? String == "binary data")
        #expect(array[1]["encoding"] is NSNull)
    }
}
