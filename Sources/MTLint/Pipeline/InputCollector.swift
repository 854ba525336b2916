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

    static func splitExtension(_ path: String) -> (stem: String, ext: String) {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (path, "") }
        let ext = String(name[dot...])
        return (String(path.dropLast(ext.count)), ext)
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
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
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
