import ArgumentParser
import MTLint

struct ChecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checks",
        abstract: "List the checks, or show one with its examples."
    )

    @Argument(help: "A check id to show in full.")
    var id: String?

    func validate() throws {
        if let id, CheckRegistry.check(withID: id) == nil {
            throw ValidationError("unknown check '\(id)'; known: \(CheckRegistry.allIDs.joined(separator: ", "))")
        }
    }

    func run() throws {
        guard let id, let type = CheckRegistry.check(withID: id) else {
            for type in CheckRegistry.all {
                let description = type.description
                let ids = ([description.id] + description.alsoReports).joined(separator: ", ")
                print("\(ids) [\(description.family.rawValue), \(description.defaultSeverity.rawValue)]")
                print("    \(description.summary)")
                if let example = description.failing.first {
                    print("    e.g. \(TextReportWriter.oneLine(example.markedText))")
                }
            }
            return
        }
        let description = type.description
        print("\(description.id): \(description.summary)")
        if !description.alsoReports.isEmpty { print("Also reports: \(description.alsoReports.joined(separator: ", "))") }
        print("Family: \(description.family.rawValue); default severity: \(description.defaultSeverity.rawValue)")
        print("\nFlagged (⟦…⟧ marks each finding):")
        for example in description.failing {
            print("  ✗ \(TextReportWriter.oneLine(example.markedText))")
            if let source = example.source { print("      source: \(TextReportWriter.oneLine(source))") }
        }
        print("\nNot flagged:")
        for example in description.passing {
            print("  ✓ \(TextReportWriter.oneLine(example.markedText))")
            if let source = example.source { print("      source: \(TextReportWriter.oneLine(source))") }
        }
    }
}
