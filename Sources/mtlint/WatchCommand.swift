import ArgumentParser
import Glibc
import Logging
import MTLint
import MTLintWatch
import ServiceLifecycle

struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Run the daemon on a folder (default: ./watch).",
        discussion: """
        Drop articles into DIR/inbox/ (rename them in, or write them and close); each gets a report \
        in DIR/reports/ and moves to DIR/done/ or DIR/failed/. SIGTERM or SIGINT stops it (exit 0); \
        SIGHUP reloads the configuration. Exit status 1: the daemon had to stop (the inbox vanished); \
        2: bad configuration or folder.
        """
    )

    @Argument(help: "The folder to watch (default: watch.folder from --config, else ./watch).")
    var directory: String?

    @Option(help: "A configuration file (JSON with a watch section, see the README); re-read on SIGHUP.")
    var config: String?

    @Option(help: "Seconds a file closed by a writer must stay unchanged before it is taken.")
    var settle: Double?

    @Option(help: "Files checked in parallel (default: all cores).")
    var workers: Int?

    @Option(name: .customLong("max-size"), help: "Largest accepted input, in bytes (default 16 MiB).")
    var maxSize: Int?

    @Option(help: "Poll the inbox every INTERVAL seconds instead of using inotify.")
    var poll: Double?

    @Option(help: "A glossary (TSV or TBX); repeatable. Without it, watch.glossaries, else the shipped default glossary.")
    var glossary: [String] = []

    @Option(name: .customLong("format"), help: "A report format to write (json, html, markdown, text); repeatable.")
    var formats: [String] = []

    @Flag(help: "Log debug messages too.")
    var verbose = false

    func validate() throws {
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
        if let poll, poll <= 0 { throw ValidationError("--poll must be a number of seconds > 0") }
        if let settle, settle < 0 { throw ValidationError("--settle must be ≥ 0") }
        if let maxSize, maxSize < 1 { throw ValidationError("--max-size must be at least 1") }
    }

    func run() async throws {
        let environment = Self.environment
        MemoryTuning.returnLargeBuffersToTheSystem()
        let logger = Logger(label: "mtlint.watch") { label in
            JournalLogHandler(label: label, journald: environment["JOURNAL_STREAM"] != nil, level: verbose ? .debug : .info)
        }
        let load: @Sendable () throws -> WatchSettings = { [self] in try self.settings() }
        let settings: WatchSettings
        do {
            settings = try load()
        } catch {
            logger.critical("\(error)")
            throw ExitCode(2)
        }
        let folder = directory ?? settings.watch.folder ?? "./watch"
        let engine: WatchEngine
        do {
            engine = try WatchEngine(
                folder: folder, settings: settings,
                options: WatchOptions(
                    workers: workers ?? settings.watch.workers ?? System.coreCount, poll: poll, environment: environment,
                    dashboard: settings.watch.dashboard ? DashboardBatcher(reportsFolder: "\(folder)/reports") : nil),
                logger: logger, reload: load)
        } catch {
            logger.critical("\(error)")
            throw ExitCode(2)
        }
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: WatchService(engine: engine))],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: Logger(label: "mtlint.lifecycle") { _ in SwiftLogNoOpLogHandler() }))
        do {
            try await group.run()
        } catch {
            throw ExitCode(1)
        }
    }

    /// Reads the configuration file (if any) and applies the command-line overrides.
    func settings() throws -> WatchSettings {
        var configuration = try config.map(ConfigurationFile.load) ?? Configuration()
        if let settle { configuration.watch.settle = settle }
        if let maxSize { configuration.watch.maxSize = maxSize }
        if !formats.isEmpty { configuration.watch.formats = formats }
        // Glossaries are re-read on every reload, like the configuration; a bad one fails the
        // reload and the old settings stay.
        let paths = glossary.isEmpty ? configuration.watch.glossaries : glossary
        let loaded: Glossary?
        do {
            loaded = try GlossaryOption.load(paths)
        } catch {
            throw InputError(path: error.path, line: error.line > 0 ? error.line : nil, message: error.message)
        }
        configuration.watch.glossaries = paths.isEmpty ? GlossaryLoader.defaultDirectory().map(GlossaryLoader.files(in:)) ?? [] : paths
        let checker: Checker
        do {
            checker = try Checker(configuration: configuration, glossary: loaded)
        } catch {
            throw InputError(path: config ?? "configuration", message: "\(error)")
        }
        do {
            return try WatchSettings(checker: checker, watch: configuration.watch)
        } catch {
            throw InputError(path: config ?? "command line", message: error.description)
        }
    }

    static var environment: [String: String] {
        var result: [String: String] = [:]
        var pointer = Glibc.environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }
}
