/// A JSON value whose objects keep their key order, so reports read in the contract's order
/// (file, encoding, findings, summary) and are byte-for-byte reproducible.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized(pretty: false) == rhs.serialized(pretty: false)
    }

    /// The value as JSON text; `pretty` indents with two spaces.
    public func serialized(pretty: Bool) -> String {
        String(decoding: serializedUTF8(pretty: pretty), as: UTF8.self)
    }

    /// The value as UTF-8 JSON text. Written as bytes: appending scalar by scalar to a String
    /// cost about a thousand instructions a character.
    public func serializedUTF8(pretty: Bool) -> [UInt8] {
        var output: [UInt8] = []
        write(into: &output, indent: pretty ? 0 : nil)
        return output
    }

    private func write(into output: inout [UInt8], indent: Int?) {
        switch self {
        case .null: output += "null".utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .int(let value): output += String(value).utf8
        case .string(let value): Self.writeString(value, into: &output)
        case .array(let values):
            writeContainer(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: values.count, into: &output, indent: indent) { index, output, inner in
                values[index].write(into: &output, indent: inner)
            }
        case .object(let members):
            writeContainer(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: members.count, into: &output, indent: indent) { index, output, inner in
                Self.writeString(members[index].0, into: &output)
                output += (inner == nil ? ":" : ": ").utf8
                members[index].1.write(into: &output, indent: inner)
            }
        }
    }

    private func writeContainer(
        open: UInt8, close: UInt8, count: Int, into output: inout [UInt8], indent: Int?,
        element: (Int, inout [UInt8], Int?) -> Void
    ) {
        output.append(open)
        guard count > 0 else { output.append(close); return }
        let inner = indent.map { $0 + 2 }
        for index in 0..<count {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            if let inner {
                output.append(0x0A)
                output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: inner))
            }
            element(index, &output, inner)
        }
        if let indent {
            output.append(0x0A)
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        }
        output.append(close)
    }

    static func writeString(_ value: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        let bytes = Array(value.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): output += "\\\"".utf8
            case UInt8(ascii: "\\"): output += "\\\\".utf8
            case 0x0A: output += "\\n".utf8
            case 0x0D: output += "\\r".utf8
            case 0x09: output += "\\t".utf8
            case 0x00..<0x20, 0x7F:
                let hex = String(byte, radix: 16)
                output += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
            // Line and paragraph separators (E2 80 A8/A9) break JavaScript string literals.
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                output += (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8
                index += 3
                continue
            default:
                output.append(byte)
            }
            index += 1
        }
        output.append(UInt8(ascii: "\""))
    }
}
