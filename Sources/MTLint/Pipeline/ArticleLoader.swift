/// Reads an input file into a document: bytes -> decoded text -> NFC document.
public struct ArticleLoader: Sendable {
    public var encoding: String?
    public var maximumSize: Int

    public init(encoding: String? = nil, maximumSize: Int = InputFile.defaultMaximumSize) {
        self.encoding = encoding
        self.maximumSize = maximumSize
    }

    public func load(path: String, displayPath: String? = nil) throws(InputError) -> Document {
        let bytes = try InputFile.read(path: path, maximumSize: maximumSize)
        return try document(from: bytes, path: displayPath ?? path)
    }

    public func document(from bytes: [UInt8], path: String) throws(InputError) -> Document {
        do {
            let decoded = try TextDecoder(explicitEncoding: encoding).decode(bytes)
            return Document(path: path, decoded: decoded)
        } catch {
            throw InputError(path: path, message: error.description)
        }
    }
}
