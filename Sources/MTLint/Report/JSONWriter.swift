import CWordScan

/// Writes JSON text straight into bytes, members in the order they are written, so reports
/// read in the contract's order (file, encoding, findings, summary) and are byte-for-byte
/// reproducible. Pretty output indents with two spaces and puts ": " after keys.
///
/// Reports are written as they are walked: building a tree of values first cost as much as
/// writing it, and as much again to free it. Each piece (a key, a value, a bracket with its
/// line break) is stored through one pointer into zeroed room at the end of the output:
/// appending byte by byte checked the array's uniqueness and capacity for every byte, some
/// thirty instructions a byte of a report.
public struct JSONWriter {
    /// The output (its first `length` bytes), then zeroed room.
    private var storage: [UInt8] = []
    private var length = 0
    private let pretty: Bool
    /// How many containers are open.
    private var depth = 0
    /// Indentation levels added to every line: for a value written as an element of a
    /// container that is written elsewhere.
    private let baseIndent: Int
    /// Whether the innermost open container has no element yet.
    private var empty = true
    /// Whether a key was just written, so the value follows it on the same line.
    private var afterKey = false

    public init(pretty: Bool, baseIndent: Int = 0) {
        self.pretty = pretty
        self.baseIndent = baseIndent
    }

    /// The bytes written so far.
    public var bytes: [UInt8] { Array(storage[..<length]) }

    /// How many bytes are written and not yet flushed.
    public var count: Int { length }

    /// Passes the bytes written so far to `emit` and drops them, keeping the room: a large
    /// document written out piece by piece needs no buffer of its whole size.
    public mutating func flush(_ emit: (UnsafeRawBufferPointer) -> Void) {
        storage.withUnsafeBytes { emit(UnsafeRawBufferPointer(rebasing: $0[..<length])) }
        length = 0
    }

    /// Room for `count` more bytes, made at once: a large report grown by doubling touched
    /// about twice its size in fresh pages.
    public mutating func reserve(_ count: Int) {
        if storage.count - length < count { storage += repeatElement(0, count: length + count - storage.count) }
    }

    /// The bytes written, moved out (a large report is not copied to trim its room).
    public mutating func takeBytes() -> [UInt8] {
        storage.removeLast(storage.count - length)
        var taken: [UInt8] = []
        swap(&taken, &storage)
        length = 0
        return taken
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// A key. Keys are the contract's literal names, read in place (and escaped like any
    /// string) without making a String of each.
    public mutating func key(_ name: StaticString) {
        startValue()
        let pretty = self.pretty
        name.withUTF8Buffer { name in
            store(atMost: Self.escapedSize(name) + 2) { output in
                var written = Self.storeString(name, at: output)
                output[written] = UInt8(ascii: ":")
                written += 1
                if pretty {
                    output[written] = UInt8(ascii: " ")
                    written += 1
                }
                return written
            }
        }
        afterKey = true
    }

    public mutating func string(_ value: String) {
        startValue()
        var value = value
        value.withUTF8 { value in store(atMost: Self.escapedSize(value)) { Self.storeString(value, at: $0) } }
    }

    public mutating func int(_ value: Int) {
        startValue()
        store(atMost: 20) { Self.storeInt(value, at: $0) }
    }

    public mutating func null() {
        startValue()
        storeLiteral("null")
    }

    public mutating func bool(_ value: Bool) {
        startValue()
        storeLiteral(value ? "true" : "false")
    }

    public mutating func member(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    public mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }

    /// Calls `body` with a pointer to room for `maximum` bytes at the end of the output;
    /// `body` returns how many it stored.
    @inline(__always)
    private mutating func store(atMost maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if storage.count - length < maximum { grow(maximum) }
        let start = length
        length += storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
    }

    private mutating func grow(_ needed: Int) {
        storage += repeatElement(0, count: max(needed, storage.count, 256))
    }

    private mutating func storeLiteral(_ literal: StaticString) {
        literal.withUTF8Buffer { literal in
            store(atMost: literal.count) { output in
                output.update(from: literal.baseAddress!, count: literal.count)
                return literal.count
            }
        }
    }

    private mutating func startValue() {
        if afterKey {
            afterKey = false
            return
        }
        if depth > 0 {
            let comma = !empty
            let indent = pretty ? (depth + baseIndent) * 2 : -1
            store(atMost: 2 + max(indent, 0)) { output in
                var written = 0
                if comma {
                    output[0] = UInt8(ascii: ",")
                    written = 1
                }
                return written + Self.storeNewline(indent: indent, at: output + written)
            }
        }
        empty = false
    }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        store(atMost: 1) { output in
            output[0] = bracket
            return 1
        }
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        let indent = !empty && pretty ? (depth + baseIndent) * 2 : -1
        store(atMost: 2 + max(indent, 0)) { output in
            let written = Self.storeNewline(indent: indent, at: output)
            output[written] = bracket
            return written + 1
        }
        empty = false
    }

    /// A line feed and `indent` spaces; nothing for a negative `indent`.
    @inline(__always)
    private static func storeNewline(indent: Int, at output: UnsafeMutablePointer<UInt8>) -> Int {
        guard indent >= 0 else { return 0 }
        output[0] = 0x0A
        (output + 1).update(repeating: UInt8(ascii: " "), count: indent)
        return indent + 1
    }

    /// The decimal digits of `value`, written back to front.
    private static func storeInt(_ value: Int, at output: UnsafeMutablePointer<UInt8>) -> Int {
        var magnitude = value.magnitude
        var digits = 0
        repeat {
            digits += 1
            magnitude /= 10
        } while magnitude > 0
        let sign = value < 0 ? 1 : 0
        if sign == 1 { output[0] = UInt8(ascii: "-") }
        magnitude = value.magnitude
        for position in stride(from: sign + digits - 1, through: sign, by: -1) {
            output[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        }
        return sign + digits
    }

    /// The most bytes `bytes` can take as a string literal: six for each byte (`\u001f`),
    /// and two quotes.
    @inline(__always)
    private static func escapedSize(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        6 * bytes.count + 2
    }

    /// `value` as a JSON string literal, escaped for JSON and for JavaScript (U+2028 and U+2029
    /// end a JavaScript string literal).
    static func writeString(_ value: String, into output: inout [UInt8]) {
        var value = value
        value.withUTF8 { value in
            let start = output.count
            output += repeatElement(0, count: escapedSize(value))
            let written = output.withUnsafeMutableBufferPointer { storeString(value, at: $0.baseAddress! + start) }
            output.removeLast(output.count - start - written)
        }
    }

    /// UTF-8 `bytes` as a JSON string literal; returns how many bytes it stored. Runs that
    /// need no escape are copied whole.
    private static func storeString(_ bytes: UnsafeBufferPointer<UInt8>, at output: UnsafeMutablePointer<UInt8>) -> Int {
        output[0] = UInt8(ascii: "\"")
        guard let base = bytes.baseAddress else {
            output[1] = UInt8(ascii: "\"")
            return 2
        }
        var written = 1
        var runStart = 0
        var index = 0
        while index < bytes.count {
            // On to the next control, quote, backslash, DEL or lead byte of U+2028 and U+2029:
            // sixteen bytes at a time, or for fewer (keys, severities, check ids: most of a
            // report's strings) byte by byte here, where the call cost more than the scan.
            if bytes.count - index < 16 {
                while index < bytes.count && mtl_is_json_special(bytes[index]) == 0 { index += 1 }
            } else {
                index = mtl_first_json_special(base, index, bytes.count)
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            let separator = byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
            if byte == 0xE2 && !separator {
                index += 1
                continue
            }
            (output + written).update(from: base + runStart, count: index - runStart)
            written += index - runStart
            let escape: StaticString = switch byte {
            case UInt8(ascii: "\""): "\\\""
            case UInt8(ascii: "\\"): "\\\\"
            case 0x0A: "\\n"
            case 0x0D: "\\r"
            case 0x09: "\\t"
            case 0xE2: bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
            default: "\\u00"
            }
            (output + written).update(from: escape.utf8Start, count: escape.utf8CodeUnitCount)
            written += escape.utf8CodeUnitCount
            if byte == 0xE2 {
                index += 2
            } else if byte < 0x20 || byte == 0x7F, byte != 0x0A, byte != 0x0D, byte != 0x09 {
                output[written] = hexDigit(byte >> 4)
                output[written + 1] = hexDigit(byte & 0xF)
                written += 2
            }
            index += 1
            runStart = index
        }
        (output + written).update(from: base + runStart, count: bytes.count - runStart)
        written += bytes.count - runStart
        output[written] = UInt8(ascii: "\"")
        return written + 1
    }

    @inline(__always)
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
