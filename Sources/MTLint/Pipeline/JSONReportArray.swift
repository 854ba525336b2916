/// The JSON array of reports that `mtlint check --format json` prints, from reports each
/// encoded on its own by a worker (``JSONReportWriter/encodeElement(_:)``): the same bytes as
/// encoding the array at once. The pieces go out as they are, small ones gathered into one
/// buffer and large ones without a copy: a 100 MB input's report is tens of megabytes.
public enum JSONReportArray {
    /// Passes the array's bytes, in order and in pieces, to `emit`.
    public static func write(_ elements: [[UInt8]], emit: (UnsafeRawBufferPointer) -> Void) {
        guard !elements.isEmpty else {
            Array("[]\n".utf8).withUnsafeBytes(emit)
            return
        }
        let gathered = 1 << 20
        var pending: [UInt8] = [UInt8(ascii: "[")]
        pending.reserveCapacity(min(gathered, elements.reduce(4) { $0 + $1.count + 4 }))
        for (index, element) in elements.enumerated() {
            if index > 0 { pending.append(UInt8(ascii: ",")) }
            pending.append(contentsOf: [0x0A, 0x20, 0x20])
            if element.count < gathered / 16 {
                pending.append(contentsOf: element)
            } else {
                pending.withUnsafeBytes(emit)
                pending.removeAll(keepingCapacity: true)
                element.withUnsafeBytes(emit)
            }
            if pending.count >= gathered {
                pending.withUnsafeBytes(emit)
                pending.removeAll(keepingCapacity: true)
            }
        }
        pending.append(contentsOf: [0x0A, UInt8(ascii: "]"), 0x0A])
        pending.withUnsafeBytes(emit)
    }

    /// The array's bytes in one buffer.
    public static func join(_ elements: [[UInt8]]) -> [UInt8] {
        var output: [UInt8] = []
        write(elements) { output.append(contentsOf: $0) }
        return output
    }
}
