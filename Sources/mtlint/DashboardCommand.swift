import ArgumentParser
import MTLint

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Rebuild a reports folder's dashboard (index.json, index.html) from its NAME.json reports.",
        discussion: """
        `mtlint watch` and `mtlint check --format html --output DIR` keep the dashboard up to date \
        themselves; this rebuilds it from scratch, dating each report by its file's modification time.
        """
    )

    @Argument(help: "The reports folder.")
    var folder: String = "./watch/reports"

    func run() throws {
        do {
            let dashboard = Dashboard(reportsFolder: folder)
            try dashboard.regenerate()
            print("\(folder)/\(Dashboard.pageFileName): \(try dashboard.entries().count) reports")
        } catch {
            Terminal.warn("mtlint: \(error)")
            throw ExitCode(2)
        }
    }
}
