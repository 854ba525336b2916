import ArgumentParser

@main
struct MTLintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mtlint",
        abstract: "Checks machine-translated Russian-to-English news for leftover Russian, look-alike letters, doublings and terminology drift.",
        version: "0.1.0",
        subcommands: [CheckCommand.self, ChecksCommand.self, WatchCommand.self, StatusCommand.self, DashboardCommand.self, GlossaryCommand.self]
    )
}
