import ArgumentParser
import Glibc

@main
struct MTLintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mtlint",
        abstract: "Checks machine-translated Russian-to-English news for leftover Russian, look-alike letters, doublings and terminology drift.",
        version: "0.1.0",
        subcommands: [CheckCommand.self, ChecksCommand.self, WatchCommand.self, StatusCommand.self, DashboardCommand.self, GlossaryCommand.self]
    )

    /// `mtlint check …` with everyday arguments is read by ``CheckArgumentShortcut``; other
    /// arguments that parse are parsed as `check` alone: reflecting the whole command tree
    /// first cost ~10% of a one-file run. Anything else — help, version, completion scripts,
    /// usage errors — goes through the whole tree as before, so that its messages name
    /// `mtlint check`. Errors from running are reported as before (`exit(withError:)` of the
    /// root command in both cases).
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "check", let request = checkRequest(Array(arguments.dropFirst())) {
            do {
                try request.run()
            } catch let code as ExitCode {
                // What exit(withError:) does with an ExitCode, without first rendering the
                // root command's usage (which it builds for every error, ~0.5 ms).
                Glibc.exit(code.rawValue)
            } catch {
                exit(withError: error)
            }
            return
        }
        await main(nil)
    }

    /// The request of `check`'s arguments when they parse as `check` alone. A parse that
    /// yields anything but a CheckCommand (ArgumentParser answers `--help` with its own help
    /// command) is nil, and takes the long way.
    private static func checkRequest(_ arguments: [String]) -> CheckRequest? {
        if let request = CheckArgumentShortcut.request(arguments) { return request }
        return ((try? CheckCommand.parseAsRoot(arguments)) as? CheckCommand)?.request
    }
}
