import CWordScan

/// Writes JSON text straight into bytes, members in the order they are written, so reports
/// read in the contract's order (file, encoding, findings, summary) and are byte-for-byte
/// reproducible. Pretty output indents with two spaces and puts ": " after keys.
///
/// Reports are written as they are walked: building a tree of values first cost as much as
/// writing it, and as much again to free it. Each piece (a separator with a key, a value, a
/// bracket with its line break) is stored through one pointer into room at the end of the
/// output. The output is memory of the writer's own, not an array: reaching an array's
/// storage checked its uniqueness and swapped it out and back for every piece, some hundred
/// instructions a member of a finding. Not copyable, as a copy would share that memory.
public struct JSONWriter: ~Copyable {
    /// The output (its first `length` bytes), then room.
    private var output: UnsafeMutablePointer<UInt8>
    private var capacity: Int
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
        capacity = 256
        output = .allocate(capacity: capacity)
    }

    deinit {
        output.deallocate()
    }

    /// The bytes written so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: output, count: length)) }

    /// How many bytes are written and not yet flushed.
    public var count: Int { length }

    /// Passes the bytes written so far to `emit` and drops them, keeping the room: a large
    /// document written out piece by piece needs no buffer of its whole size.
    public mutating func flush(_ emit: (UnsafeRawBufferPointer) -> Void) {
        emit(UnsafeRawBufferPointer(start: output, count: length))
        length = 0
    }

    /// Room for `count` more bytes, made at once: a large report grown by doubling touched
    /// about twice its size in fresh pages.
    public mutating func reserve(_ count: Int) {
        if capacity - length < count { resize(to: length + count) }
    }

    /// The bytes written, handed over; the writer starts again empty.
    public mutating func takeBytes() -> [UInt8] {
        defer { length = 0 }
        return bytes
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// A key. Keys are the contract's literal names, read in place (and escaped like any
    /// string) without making a String of each; stored with the separator before it in one go.
    public mutating func key(_ name: StaticString) {
        let separator = takeSeparator()
        let pretty = self.pretty
        name.withUTF8Buffer { name in
            store(atMost: separator.maximum + Self.escapedSize(name) + 2) { output in
                var written = Self.storeSeparator(separator, at: output)
                written += Self.storeString(name, at: output + written)
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

    /// A key that needs no escape, checked once when it is made (a report's keys, made once
    /// each): written by copying it whole.
    public struct PlainKey: Sendable {
        let name: StaticString

        public init(_ name: StaticString) {
            precondition(name.withUTF8Buffer { $0.allSatisfy { mtl_is_json_special($0) == 0 } }, "the key \(name) needs escaping")
            self.name = name
        }
    }

    /// A key that needs no escape, stored with the separator before it and the colon after it
    /// in one go. (A key scanned for escapes byte by byte cost some 250 instructions, and a
    /// report has a dozen a finding.)
    public mutating func key(_ key: PlainKey) {
        let pretty = self.pretty
        storeAfterSeparator(room: Self.keyRoom(key)) { Self.storeKey(key, pretty: pretty, at: $0) }
        afterKey = true
    }

    /// The most bytes ``storeKey(_:pretty:at:)`` stores.
    @inline(__always)
    private static func keyRoom(_ key: PlainKey) -> Int { key.name.utf8CodeUnitCount + 5 }

    /// `key` quoted, and the colon (and a space if `pretty`) after it. The closing quote, the
    /// colon and the space go in one 32-bit store, of which ``keyRoom(_:)`` has the fourth
    /// byte to spare.
    @inline(__always)
    private static func storeKey(_ key: PlainKey, pretty: Bool, at output: UnsafeMutablePointer<UInt8>) -> Int {
        let count = key.name.utf8CodeUnitCount
        output[0] = UInt8(ascii: "\"")
        (output + 1).update(from: key.name.utf8Start, count: count)
        UnsafeMutableRawPointer(output + count + 1).storeBytes(of: pretty ? colonAndSpace : colonAlone, as: UInt32.self)
        return count + (pretty ? 4 : 3)
    }

    /// `"` `:` and a space, and `"` `:`, as the bytes of a little-endian 32-bit value.
    private static let colonAndSpace = UInt32(0x22) | UInt32(0x3A) << 8 | UInt32(0x20) << 16
    private static let colonAlone = UInt32(0x22) | UInt32(0x3A) << 8

    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { value in
            storeAfterSeparator(room: Self.escapedSize(value)) { Self.storeString(value, at: $0) }
        }
    }

    public mutating func int(_ value: Int) {
        storeAfterSeparator(room: Self.intRoom) { Self.storeInt(value, at: $0) }
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

    /// A member whose key needs no escape, stored with the separator before it in one go (a
    /// key and its value stored apart took the separator's state and the room twice: a
    /// finding has a dozen members).
    public mutating func member(_ key: PlainKey, _ value: String) {
        let pretty = self.pretty
        var value = value
        value.withUTF8 { value in
            storeAfterSeparator(room: Self.keyRoom(key) + Self.escapedSize(value)) { output in
                let keyCount = Self.storeKey(key, pretty: pretty, at: output)
                return keyCount + Self.storeString(value, at: output + keyCount)
            }
        }
    }

    public mutating func member(_ key: PlainKey, _ value: Int) {
        let pretty = self.pretty
        storeAfterSeparator(room: Self.keyRoom(key) + Self.intRoom) { output in
            let keyCount = Self.storeKey(key, pretty: pretty, at: output)
            return keyCount + Self.storeInt(value, at: output + keyCount)
        }
    }

    /// The separator the writer's state asks for (if any), then what `body` stores (it
    /// returns how many bytes), in room for the separator and `room` bytes more: a value or a
    /// member stored in one go.
    @inline(__always)
    private mutating func storeAfterSeparator(room: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        let separator = takeSeparator()
        store(atMost: separator.maximum + room) { output in
            let written = Self.storeSeparator(separator, at: output)
            return written + body(output + written)
        }
    }

    /// The most bytes ``storeInt(_:at:)`` stores: a sign and nineteen digits.
    private static let intRoom = 20

    /// Calls `body` with a pointer to room for `maximum` bytes at the end of the output;
    /// `body` returns how many it stored.
    @inline(__always)
    private mutating func store(atMost maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if capacity - length < maximum { resize(to: length + max(maximum, capacity)) }
        length += body(output + length)
    }

    private mutating func resize(to newCapacity: Int) {
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: output, count: length)
        output.deallocate()
        output = grown
        capacity = newCapacity
    }

    private mutating func storeLiteral(_ literal: StaticString) {
        literal.withUTF8Buffer { literal in
            store(atMost: literal.count) { output in
                output.update(from: literal.baseAddress!, count: literal.count)
                return literal.count
            }
        }
    }

    /// What goes before a value: a comma after an earlier element, and in pretty output a line
    /// break and indentation (none right after a key).
    struct Separator {
        var comma: Bool
        /// Spaces after the line break; negative for no line break.
        var indent: Int
        /// The most bytes ``storeSeparator(_:at:)`` stores: the spaces go eight at a time.
        var maximum: Int { 2 + max(indent, 0) + 8 }
    }

    /// The separator the next value needs, and the state after it.
    @inline(__always)
    private mutating func takeSeparator() -> Separator {
        if afterKey {
            afterKey = false
            return Separator(comma: false, indent: -1)
        }
        defer { empty = false }
        guard depth > 0 else { return Separator(comma: false, indent: -1) }
        return Separator(comma: !empty, indent: pretty ? (depth + baseIndent) * 2 : -1)
    }

    @inline(__always)
    private static func storeSeparator(_ separator: Separator, at output: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        if separator.comma {
            output[0] = UInt8(ascii: ",")
            written = 1
        }
        return written + storeNewline(indent: separator.indent, at: output + written)
    }

    private mutating func startValue() {
        let separator = takeSeparator()
        store(atMost: separator.maximum) { Self.storeSeparator(separator, at: $0) }
    }

    private mutating func open(_ bracket: UInt8) {
        let separator = takeSeparator()
        store(atMost: separator.maximum + 1) { output in
            let written = Self.storeSeparator(separator, at: output)
            output[written] = bracket
            return written + 1
        }
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        let indent = !empty && pretty ? (depth + baseIndent) * 2 : -1
        store(atMost: 2 + max(indent, 0) + 8) { output in
            let written = Self.storeNewline(indent: indent, at: output)
            output[written] = bracket
            return written + 1
        }
        empty = false
    }

    /// A line feed and `indent` spaces; nothing for a negative `indent`. The spaces are
    /// stored eight at a time, so up to seven more may follow them in the room (overwritten by
    /// what comes next, or beyond the output): the room asked for has eight bytes to spare.
    /// (A `memset` call for each line of a report cost more than the spaces.)
    @inline(__always)
    private static func storeNewline(indent: Int, at output: UnsafeMutablePointer<UInt8>) -> Int {
        guard indent >= 0 else { return 0 }
        output[0] = 0x0A
        let spaces = UnsafeMutableRawPointer(output + 1)
        var offset = 0
        while offset < indent {
            spaces.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        return indent + 1
    }

    /// The decimal digits of `value`, written back to front two at a time from a table of the
    /// pairs "00" to "99". (Reports are mostly numbers: lines, columns, offsets; a digit at a
    /// time with a separate pass to count them cost some 120 instructions a number.)
    @inline(__always)
    private static func storeInt(_ value: Int, at output: UnsafeMutablePointer<UInt8>) -> Int {
        var magnitude = value.magnitude
        let sign = value < 0 ? 1 : 0
        if sign == 1 { output[0] = UInt8(ascii: "-") }
        var digits = 1
        var bound: UInt = 10
        while digits < 20 && magnitude >= bound {
            digits += 1
            // Past 10^19 a twentieth digit is the only one left: the bound stops growing.
            bound = bound.multipliedReportingOverflow(by: 10).overflow ? .max : bound * 10
        }
        var position = sign + digits
        digitPairs.withUTF8Buffer { pairs in
            while magnitude >= 10 {
                let pair = Int(magnitude % 100) * 2
                magnitude /= 100
                position -= 2
                output[position] = pairs[pair]
                output[position + 1] = pairs[pair + 1]
            }
            if position > sign {
                output[sign] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude)
            }
        }
        return sign + digits
    }

    /// "00", "01", … "99", back to back (a literal: an array made on first use was looked up
    /// through a once-check for every number).
    private static var digitPairs: StaticString {
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
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
        // A short string (keys, severities, check ids: most of a report's strings) is copied
        // byte by byte as it is scanned, and is done if no byte needs an escape; otherwise it
        // is written again below from its start. (Scanning, then copying with a `memcpy` call,
        // cost more than the bytes: some 130 instructions a key.)
        if bytes.count < 16 {
            var copied = 0
            while copied < bytes.count {
                let byte = base[copied]
                guard mtl_is_json_special(byte) == 0 else { break }
                output[1 + copied] = byte
                copied += 1
            }
            if copied == bytes.count {
                output[1 + copied] = UInt8(ascii: "\"")
                return copied + 2
            }
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
