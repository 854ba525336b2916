import Glibc

/// One input to check, with the Russian original paired with it, if any.
public struct CheckInput: Sendable, Equatable {
    public var path: String
    public var source: String?

    public init(path: String, source: String? = nil) {
        self.path = path
        self.source = source
    }
}

/// Expands the paths a user gave into inputs: folders are walked recursively in sorted path
/// order (dot-files skipped), and `NAME.ru.EXT` beside `NAME.en.EXT` or `NAME.EXT` becomes
/// that file's source instead of an input.
public enum InputCollector {
    public static func collect(_ paths: [String]) throws(InputError) -> [CheckInput] {
        var inputs: [CheckInput] = []
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else {
                throw InputError(path: path, message: InputFile.systemError(errno))
            }
            if status.st_mode & S_IFMT == S_IFDIR {
                let files = try walk(path).sorted()
                let present = Set(files)
                for file in files where partner(ofSource: file, in: present) == nil {
                    inputs.append(CheckInput(path: file, source: source(for: file, exists: { present.contains($0) })))
                }
            } else {
                inputs.append(CheckInput(path: path, source: source(for: path, exists: fileExists)))
            }
        }
        return inputs
    }

    /// `NAME.ru.EXT` for `NAME.en.EXT` or `NAME.EXT`, when that file exists.
    public static func source(for path: String, exists: (String) -> Bool) -> String? {
        guard !isSourceName(path) else { return nil }
        let (stem, ext) = splitExtension(path)
        let base = stem.hasSuffix(".en") ? String(stem.dropLast(3)) : stem
        let candidate = base + ".ru" + ext
        return exists(candidate) ? candidate : nil
    }

    /// The translation a `NAME.ru.EXT` file belongs to, if one is present.
    public static func partner(ofSource path: String, in present: Set<String>) -> String? {
        guard isSourceName(path) else { return nil }
        let (stem, ext) = splitExtension(path)
        let base = String(stem.dropLast(3))
        return [base + ".en" + ext, base + ext].first { present.contains($0) }
    }

    static func isSourceName(_ path: String) -> Bool {
        splitExtension(path).stem.hasSuffix(".ru")
    }

    /// The path without and with its file name's last extension ("a/b.en.txt" -> "a/b.en",
    /// ".txt"); a name starting with its only dot has none. Found on the UTF-8 bytes ("/" and
    /// "." are ASCII): character-by-character String work cost more than reading the folder.
    static func splitExtension(_ path: String) -> (stem: String, ext: String) {
        let bytes = path.utf8
        let nameStart = bytes.lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
        guard let dot = bytes[nameStart...].lastIndex(of: UInt8(ascii: ".")), dot != nameStart else { return (path, "") }
        return (String(path[..<dot]), String(path[dot...]))
    }

    static func fileExists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    private static func walk(_ directory: String) throws(InputError) -> [String] {
        guard let handle = opendir(directory) else { throw InputError(path: directory, message: InputFile.systemError(errno)) }
        defer { closedir(handle) }
        var result: [String] = []
        var subdirectories: [String] = []
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        while let entry = readdir(handle) {
            if entry.pointee.d_name.0 == CChar(UInt8(ascii: ".")) { continue }
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            let path = prefix + name
            // The entry's type saves a stat per file; links and file systems that do not
            // fill it in are asked (a link counts as what it points to).
            var kind = entry.pointee.d_type == UInt8(DT_REG) ? S_IFREG : entry.pointee.d_type == UInt8(DT_DIR) ? S_IFDIR : 0
            if kind == 0 {
                var status = stat()
                guard stat(path, &status) == 0 else { continue }
                kind = status.st_mode & S_IFMT
            }
            switch kind {
            case S_IFDIR: subdirectories.append(path)
            case S_IFREG: result.append(path)
            default: continue
            }
        }
        for subdirectory in subdirectories {
            result += try walk(subdirectory)
        }
        return result
    }
}
