import ArgumentParser
import Glibc

/// A folder `mtlint check` writes files into (`--output`, `--xliff-notes`): created if
/// missing, with each input given its own file name there, however many inputs share one.
struct OutputFolder {
    let path: String
    private var used: Set<String> = []

    /// Creates the folder if it does not exist; exit status 2 if it cannot.
    init(_ path: String) throws {
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            Terminal.warn("mtlint: \(path): cannot create folder")
            throw ExitCode(2)
        }
        self.path = path
    }

    /// A name for `inputPath`'s file not given out before: the input's file name, or
    /// `variant(name, 2)`, `variant(name, 3)`… when it is taken.
    mutating func uniqueName(for inputPath: String, variant: (String, Int) -> String) -> String {
        let base = inputPath.split(separator: "/").last.map(String.init) ?? inputPath
        var name = base
        var counter = 2
        while used.contains(name) {
            name = variant(base, counter)
            counter += 1
        }
        used.insert(name)
        return name
    }
}
