import ArgumentParser

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Run the daemon on a folder (default: ./watch)."
    )

    @Argument(help: "The folder to watch.")
    var directory: String = "./watch"

    func run() throws {
        print("mtlint watch: the daemon is not built yet; use `mtlint check` on \(directory)/inbox for now.")
        throw ExitCode(2)
    }
}
