import MTLint

/// The glossary a run uses: the files named with `--glossary`, or else the shipped default.
enum GlossaryOption {
    static func load(_ paths: [String]) throws(GlossaryError) -> Glossary? {
        if !paths.isEmpty { return try GlossaryLoader.glossary(paths: paths) }
        guard let directory = GlossaryLoader.defaultDirectory() else { return nil }
        return try GlossaryLoader.glossary(paths: GlossaryLoader.files(in: directory))
    }
}
