import CWordScan
import Foundation
import Testing
@testable import MTLint

@Suite struct TextDecoderTests {
    private func decode(_ name: String, encoding: String? = nil) throws -> DecodedText {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture(name))))
        return try TextDecoder(explicitEncoding: encoding).decode(bytes)
    }

    private func text(_ decoded: DecodedText) -> String { String(decoding: decoded.utf8, as: UTF8.self) }

    @Test func mostlyEnglishWindows1251ComesOutCyrillic() throws {
        let decoded = try decode("windows-1251.txt")
        #expect(decoded.encoding == "windows-1251")
        #expect(text(decoded).contains("Погрузка зерна на судно"))
    }

    @Test func mostlyEnglishKOI8R() throws {
        let decoded = try decode("koi8-r.txt")
        #expect(decoded.encoding == "KOI8-R")
        #expect(text(decoded).contains("Флаг Сирии"))
    }

    @Test func westernLatin1StaysWestern() throws {
        let decoded = try decode("latin1.txt")
        #expect(decoded.encoding == "windows-1252")
        #expect(text(decoded).contains("café était très agréable"))
    }

    @Test func utf16WithBOMAndCRLF() throws {
        let decoded = try decode("utf16le-bom-crlf.txt")
        #expect(decoded.encoding == "UTF-16LE")
        #expect(decoded.detection == .byteOrderMark)
        let document = Document(path: "x", decoded: decoded)
        #expect(document.lines.count == 4)
        #expect(document.string(document.lines.range(ofLine: 1)) == "Вторая строка по-русски.")
    }

    @Test func utf16WithoutBOM() throws {
        #expect(try decode("utf16le-nobom.txt").encoding == "UTF-16LE")
        #expect(text(try decode("utf16le-nobom.txt")).hasPrefix("Hello there.\nПривет."))
        #expect(try decode("utf16be-bom.txt").encoding == "UTF-16BE")
    }

    @Test func explicitEncodingWins() throws {
        let decoded = try decode("windows-1251.txt", encoding: "KOI8-R")
        #expect(decoded.encoding == "KOI8-R")
        #expect(decoded.detection == .explicit)
        #expect(throws: DecodingError.unknownEncoding("no-such-charset")) {
            try decode("windows-1251.txt", encoding: "no-such-charset")
        }
    }

    @Test func decomposedInputIsNormalizedToNFC() throws {
        let document = Document(path: "nfd", decoded: try decode("nfd.txt"))
        #expect(document.text.hasPrefix("Café owner Йозеф"))
        #expect(document.text.unicodeScalars.contains("\u{0419}"))
        #expect(!document.text.unicodeScalars.contains("\u{0306}"))
    }

    @Test func emptyFileIsEmptyText() throws {
        let decoded = try decode("empty.txt")
        #expect(decoded.utf8.isEmpty)
        let document = Document(path: "empty", decoded: decoded)
        #expect(document.words.isEmpty && document.lines.count == 1)
    }

    @Test func binaryIsRefused() throws {
        #expect(throws: DecodingError.binary(offset: 8)) { try decode("binary.bin") }
    }

    @Test func theControlScanStopsWhereTheByteRuleDoes() {
        // Every byte value at every position of the decoding scan's blocks, after text and before more.
        let isBinaryControl = { (byte: UInt8) in byte < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(byte) }
        for byte in UInt8(0)...0xFF {
            for position in [0, 5, 15, 16, 31, 32, 33, 40, 63, 70] {
                var text = [UInt8](repeating: UInt8(ascii: "a"), count: 80)
                text[position] = byte
                // A line break before it in the same block of the scan, and one at the end.
                if position > 0 { text[position - 1] = 0x0A }
                text[79] = 0x0A
                let expected = text.firstIndex(where: isBinaryControl) ?? text.count
                #expect(ByteScan.forDecoding(TextBytes(text)).first_binary_control == expected, "byte \(byte) at \(position)")
            }
        }
        #expect(TextDecoder.binaryOffset(TextBytes(Array("a\tb\u{1B}c\r\nd\u{0C}é".utf8))) == nil)
        #expect(TextDecoder.binaryOffset(TextBytes(Array("text".utf8) + [0x00])) == 4)
    }

    @Test func theNonASCIIScanStopsAtTheFirstHighByte() {
        for position in 0..<80 {
            for byte: UInt8 in [0x80, 0xD0, 0xFF] {
                var text = [UInt8](repeating: UInt8(ascii: "a"), count: 80)
                text[position] = byte
                for start in [0, 1, 17, 33, position, min(position + 1, 80)] {
                    let expected = text[start...].firstIndex { $0 >= 0x80 } ?? text.count
                    #expect(text.withUnsafeBufferPointer { ByteScan.firstNonASCII($0, from: start) } == expected, "\(byte) at \(position) from \(start)")
                }
            }
        }
        #expect([UInt8]().withUnsafeBufferPointer { ByteScan.firstNonASCII($0, from: 0) } == 0)
    }

    @Test func damagedUTF8KeepsTheGoodTextAndMarksTheBadByte() throws {
        let decoded = try decode("invalid-utf8.txt")
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.detection == .utf8Repaired)
        #expect(decoded.replacements.count == 1)
        #expect(text(decoded).contains("Привет, мир.\nBad byte here: \u{FFFD} end."))
    }

    @Test func columnsCountCharactersAndLineEndingsAreAllKinds() {
        let document = Document(text: "a\r\nб🇷🇺c\rd\ne")
        var locator = LineLocator(document)
        let cOffset = Array(document.text.utf8).firstIndex(of: UInt8(ascii: "c"))!
        #expect(locator.location(of: cOffset) == TextLocation(line: 2, column: 3))
        let dOffset = Array(document.text.utf8).firstIndex(of: UInt8(ascii: "d"))!
        #expect(locator.location(of: dOffset) == TextLocation(line: 3, column: 1))
        #expect(document.lines.count == 4)
    }
}
