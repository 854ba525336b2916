import Glibc

/// Reads glossary files (TSV or TBX, told apart by extension, else by content) and finds
/// the shipped default glossary.
public enum GlossaryLoader {
    /// The concepts of one file.
    public static func concepts(at path: String) throws(GlossaryError) -> [GlossaryConcept] {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path: path, maximumSize: 64 << 20)
        } catch {
            throw GlossaryError(path: path, line: 0, message: error.message)
        }
        return try concepts(from: bytes, path: path)
    }

    /// The concepts of a file's bytes: TBX for `.tbx`/`.xml` or text starting with `<`, else TSV.
    public static func concepts(from bytes: [UInt8], path: String) throws(GlossaryError) -> [GlossaryConcept] {
        let lowered = path.lowercased()
        let firstByte = bytes.drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }.first
        if lowered.hasSuffix(".tbx") || lowered.hasSuffix(".xml") || (!lowered.hasSuffix(".tsv") && firstByte == UInt8(ascii: "<")) {
            return try GlossaryTBXReader.read(bytes, path: path)
        }
        return try GlossaryTSVReader.read(bytes, path: path)
    }

    /// One glossary from several files, in order.
    public static func glossary(paths: [String]) throws(GlossaryError) -> Glossary {
        var concepts: [GlossaryConcept] = []
        for path in paths { concepts += try Self.concepts(at: path) }
        return Glossary(concepts: concepts)
    }

    /// The glossary files (`*.tsv`, `*.tbx`) of a folder, sorted.
    public static func files(in directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            let lowered = name.lowercased()
            if !name.hasPrefix(".") && (lowered.hasSuffix(".tsv") || lowered.hasSuffix(".tbx")) { names.append(name) }
        }
        return names.sorted().map { "\(directory)/\($0)" }
    }

    /// Where the shipped glossary is: beside the binary (`<bindir>/../share/mtlint/glossary`,
    /// `<bindir>/glossary`), in the working directory (`./glossary`), or in the package that
    /// built the binary (for `swift run`). Nil when none of these holds a glossary file.
    public static func defaultDirectory(executable: String? = executablePath()) -> String? {
        var candidates: [String] = []
        if let executable, let slash = executable.lastIndex(of: "/") {
            let bin = String(executable[..<slash])
            candidates += ["\(bin)/../share/mtlint/glossary", "\(bin)/glossary"]
            candidates.append("glossary")
            // .build/<triple>/debug/mtlint: the package root holds Package.swift.
            var folder = bin
            for _ in 0..<4 {
                guard let up = folder.lastIndex(of: "/") else { break }
                folder = String(folder[..<up])
                if access("\(folder)/Package.swift", F_OK) == 0 { candidates.append("\(folder)/glossary"); break }
            }
        } else {
            candidates.append("glossary")
        }
        return candidates.first { !files(in: $0).isEmpty }
    }

    /// The running binary's path, from /proc/self/exe.
    public static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
