import CXML

/// Reads XML (or forgiving HTML) with libxml2's pull reader and hands each element and
/// text to a visitor, with line numbers. Never touches the network or external entities.
public enum XMLReader {
    /// Calls `visit` for every element start and close and every text node, in document
    /// order. Throws ``XMLSyntaxError`` for malformed XML (never for HTML) and rethrows
    /// what `visit` throws.
    public static func read(_ bytes: [UInt8], path: String, html: Bool = false, visit: (XMLEvent) throws -> Void) throws {
        // libxml2 reads from the buffer while we pull, so all reading happens inside.
        try bytes.withUnsafeBufferPointer { buffer in
            guard let reader = mtl_xml_open(buffer.baseAddress, Int32(buffer.count), path, html ? 1 : 0) else {
                throw XMLSyntaxError(path: path, line: 0, message: "out of memory")
            }
            defer { mtl_xml_close(reader) }
            while true {
                let status = mtl_xml_next(reader)
                switch status {
                case Int32(MTL_XML_START):
                    let count = mtl_xml_attribute_count(reader)
                    let attributes = (0..<count).map {
                        (name: String(cString: mtl_xml_attribute_name(reader, $0)), value: String(cString: mtl_xml_attribute_value(reader, $0)))
                    }
                    try visit(XMLEvent(kind: .start, name: String(cString: mtl_xml_name(reader)), namespace: Self.namespace(reader),
                                       attributes: attributes, line: Int(mtl_xml_line(reader))))
                case Int32(MTL_XML_CLOSE):
                    try visit(XMLEvent(kind: .close, name: String(cString: mtl_xml_name(reader)), namespace: Self.namespace(reader),
                                       line: Int(mtl_xml_line(reader))))
                case Int32(MTL_XML_TEXT):
                    try visit(XMLEvent(kind: .text, text: String(cString: mtl_xml_text(reader)), line: Int(mtl_xml_line(reader))))
                case Int32(MTL_XML_END):
                    return
                default:
                    throw XMLSyntaxError(path: path, line: Int(mtl_xml_error_line(reader)),
                                         message: String(cString: mtl_xml_error_message(reader)))
                }
            }
        }
    }

    private static func namespace(_ reader: OpaquePointer) -> String? {
        mtl_xml_namespace(reader).map { String(cString: $0) }
    }
}
