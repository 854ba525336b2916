import Glibc

/// Joins reports that were encoded one by one (`JSONReportWriter.encode(_: Report)`, e.g. by
/// the workers that checked them) into the bytes `JSONReportWriter.encode(_: [Report])`
/// writes for all of them: serializing every report after the batch was a serial tail that
/// kept the second core idle.
///
/// A pretty array puts each element on its own line, indented by two spaces more than a lone
/// report; newlines in the output only ever start an indented line (strings escape theirs),
/// so each line of a lone report gains two spaces.
public enum JSONReportArray {
    /// The array of `encoded` reports (each as `JSONReportWriter.encode(_: Report)` returns
    /// it, with its final newline), followed by a newline.
    public static func join(_ encoded: [[UInt8]]) -> [UInt8] {
        guard !encoded.isEmpty else { return Array("[]\n".utf8) }
        var output: [UInt8] = []
        output.reserveCapacity(encoded.reduce(3) { $0 + $1.count + $1.count / 16 + 4 })
        output.append(UInt8(ascii: "["))
        for (index, report) in encoded.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            output.append(contentsOf: [0x0A, 0x20, 0x20])
            // The report's own final newline belongs to a lone document, not to the array.
            let length = report.last == 0x0A ? report.count - 1 : report.count
            report.withUnsafeBufferPointer { buffer in
                var start = 0
                // Whole lines at a time: memchr finds the newlines.
                while start < length {
                    let found = memchr(buffer.baseAddress! + start, 0x0A, length - start)
                    let end = found.map { UnsafeRawPointer(buffer.baseAddress!).distance(to: UnsafeRawPointer($0)) + 1 } ?? length
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<end]))
                    if found != nil { output.append(contentsOf: [0x20, 0x20]) }
                    start = end
                }
            }
        }
        output.append(contentsOf: [0x0A, UInt8(ascii: "]"), 0x0A])
        return output
    }
}
