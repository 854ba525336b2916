import CXML

/// Runs libxml2's SAX parser (XML, or forgiving HTML) over decoded UTF-8 text.
enum MarkupParser {
    private final class Sink {
        let visit: (MarkupEvent) -> Void
        init(_ visit: @escaping (MarkupEvent) -> Void) { self.visit = visit }
    }

    /// Calls `visit` for each event in document order. Throws for malformed XML (HTML is
    /// always repaired), naming the file and line.
    static func parse(_ bytes: [UInt8], html: Bool, path: String, visit: (MarkupEvent) -> Void) throws(InputError) {
        var message = [CChar](repeating: 0, count: 512)
        var line: Int32 = 0
        let status = withoutActuallyEscaping(visit) { escapable in
            let sink = Sink(escapable)
            return withExtendedLifetime(sink) {
                bytes.withBytes { pointer, length in
                    mtl_markup_parse(pointer, length, html ? 1 : 0, { context, event in
                        guard let context, let event else { return }
                        Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue().visit(MarkupEvent(event.pointee))
                    }, Unmanaged.passUnretained(sink).toOpaque(), &message, Int32(message.count), &line)
                }
            }
        }
        if status != 0 {
            let text = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw InputError(path: path, line: line > 0 ? Int(line) : nil, message: "malformed XML: \(text)")
        }
    }
}
