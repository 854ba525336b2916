import ArgumentParser
import MTLint

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Work with glossaries (TSV or TBX).",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate glossaries and print their entry counts.",
            discussion: "Reports unreadable rows and duplicate or contradictory entries as FILE:LINE: message. Exit status 0 when all are valid, 2 otherwise."
        )

        @Argument(help: "Glossary files; without any, the shipped default glossary.")
        var files: [String] = []

        func run() throws {
            var paths = files
            if paths.isEmpty {
                guard let directory = GlossaryLoader.defaultDirectory() else {
                    Terminal.warn("mtlint: no glossary given and no shipped glossary found")
                    throw ExitCode(2)
                }
                paths = GlossaryLoader.files(in: directory)
            }
            var failed = false
            var all: [GlossaryConcept] = []
            for path in paths {
                do {
                    let concepts = try GlossaryLoader.concepts(at: path)
                    all += concepts
                    print("\(path): \(concepts.count) \(concepts.count == 1 ? "entry" : "entries")")
                } catch {
                    Terminal.warn("mtlint: \(error)")
                    failed = true
                }
            }
            for problem in GlossaryValidator.problems(in: all) {
                Terminal.warn("mtlint: \(problem)")
                failed = true
            }
            if failed { throw ExitCode(2) }
        }
    }
}
