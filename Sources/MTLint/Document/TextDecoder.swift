import CICU
import CWordScan

/// Turns an input's bytes into UTF-8 text: an explicit encoding wins; otherwise a BOM decides;
/// otherwise valid UTF-8 is UTF-8; otherwise NUL patterns reveal BOM-less UTF-16; otherwise
/// the 8-bit Cyrillic and Western candidates are judged on the non-ASCII bytes.
public struct TextDecoder: Sendable {
    public var explicitEncoding: String?

    public init(explicitEncoding: String? = nil) {
        self.explicitEncoding = explicitEncoding
    }

    public func decode(_ bytes: [UInt8]) throws(DecodingError) -> DecodedText {
        try decode(TextBytes(bytes))
    }

    /// Valid UTF-8 without a byte-order mark comes back as the same bytes (no copy of a
    /// mapped file); everything else is converted into a new array.
    public func decode(_ bytes: TextBytes) throws(DecodingError) -> DecodedText {
        if let explicitEncoding {
            let canonical = try Self.canonicalName(explicitEncoding)
            return try convert(bytes.bytes, from: canonical, detection: .explicit, strippingBOM: true)
        }
        if let (encoding, bomLength) = Self.byteOrderMark(bytes) {
            if encoding == "UTF-8" {
                return Self.decodeUTF8(TextBytes(Array(bytes[bomLength...])), detection: .byteOrderMark)
            }
            return try convert(Array(bytes[bomLength...]), from: encoding, detection: .byteOrderMark, strippingBOM: false)
        }
        if bytes.isEmpty { return DecodedText(utf8: TextBytes(), encoding: "UTF-8", detection: .utf8Valid, replacements: []) }
        // Binary controls, NUL bytes and UTF-8 validity in one pass over the text: BOM-less
        // UTF-16 is looked for only where there are NUL bytes, without a search of its own for
        // them (100 MB: 8 ms).
        let scan = ByteScan.forDecoding(bytes)
        if scan.first_nul < bytes.count, let utf16 = UTF16Pattern.detect(bytes) {
            return try convert(bytes.bytes, from: utf16, detection: .utf16Pattern, strippingBOM: false)
        }
        if let offset = Self.binaryOffset(scan, count: bytes.count) { throw .binary(offset: offset) }
        let validity = UTF8Validity(scan)
        if validity.invalidSequences == 0 {
            return DecodedText(utf8: bytes, encoding: "UTF-8", detection: .utf8Valid, replacements: [])
        }
        // Mostly valid multi-byte UTF-8 with a few bad bytes is damaged UTF-8, not another charset.
        if validity.validMultibyteSequences > validity.invalidSequences * 2 {
            return Self.decodeUTF8(bytes, detection: .utf8Repaired)
        }
        let charset = SingleByteCharsetGuesser.bestCharset(for: bytes.bytes)
        return try convert(bytes.bytes, from: charset, detection: .statistics, strippingBOM: false)
    }

    static func canonicalName(_ name: String) throws(DecodingError) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        guard mtl_charset_canonical_name(name, &buffer, 64) == 0 else { throw .unknownEncoding(name) }
        return name
    }

    static func byteOrderMark(_ bytes: TextBytes) -> (String, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return ("UTF-32LE", 4) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    /// The offset of the first byte that no text file contains (NUL, or a C0 control other
    /// than tab, newlines, form feed and escape), when such bytes are frequent or NUL appears.
    static func binaryOffset(_ bytes: TextBytes) -> Int? {
        binaryOffset(ByteScan.forDecoding(bytes), count: bytes.count)
    }

    /// ``binaryOffset(_:)`` from a scan of `count` bytes.
    static func binaryOffset(_ scan: mtl_decoding_scan, count: Int) -> Int? {
        if scan.first_nul < count { return scan.first_nul }
        return scan.binary_controls * 100 > count ? scan.first_binary_control : nil
    }

    /// Decodes UTF-8, replacing each invalid sequence with U+FFFD and remembering where.
    static func decodeUTF8(_ bytes: TextBytes, detection: DecodedText.Detection) -> DecodedText {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var replacements: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            let length = UTF8Validity.sequenceLength(bytes, at: index)
            if length > 0 {
                output.append(contentsOf: bytes[index..<index + length])
                index += length
            } else {
                let start = output.count
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                replacements.append(start..<output.count)
                index += 1
            }
        }
        return DecodedText(utf8: TextBytes(output), encoding: "UTF-8", detection: detection, replacements: replacements)
    }

    private func convert(
        _ bytes: [UInt8], from charset: String, detection: DecodedText.Detection, strippingBOM: Bool
    ) throws(DecodingError) -> DecodedText {
        var invalid: Int32 = 0
        var firstInvalid: Int32 = -1
        let converted = bytes.withBytes { input, length in
            icuOutput(initialCapacity: bytes.count * 2 + 16) { out, capacity in
                mtl_convert_to_utf8(charset, input, length, out, capacity, &invalid, &firstInvalid)
            }
        }
        guard var utf8 = converted else { throw .conversionFailed(charset) }
        if strippingBOM, utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8.removeFirst(3) }
        var replacements: [Range<Int>] = []
        if invalid > 0 {
            var offset = 0
            while offset + 2 < utf8.count {
                if utf8[offset] == 0xEF, utf8[offset + 1] == 0xBF, utf8[offset + 2] == 0xBD {
                    replacements.append(offset..<offset + 3)
                    offset += 3
                } else {
                    offset += 1
                }
            }
        }
        return DecodedText(utf8: TextBytes(utf8), encoding: Self.displayName(charset), detection: detection, replacements: replacements)
    }

    static func displayName(_ charset: String) -> String {
        switch charset.lowercased() {
        case "windows-1251", "cp1251": return "windows-1251"
        case "windows-1252", "cp1252": return "windows-1252"
        case "koi8-r": return "KOI8-R"
        case "koi8-u": return "KOI8-U"
        case "ibm866", "cp866": return "IBM866"
        case "iso-8859-1", "latin1": return "ISO-8859-1"
        case "iso-8859-5": return "ISO-8859-5"
        default: return charset
        }
    }
}
