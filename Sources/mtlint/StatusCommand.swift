import ArgumentParser
import FoundationEssentials
import MTLintWatch

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show what a watch folder holds: queued, in work, done, failed, and the last errors."
    )

    @Argument(help: "The watch folder (default: ./watch).")
    var directory: String = "./watch"

    func run() throws {
        let status: WatchStatus
        do {
            status = try WatchStatus.read(folder: directory)
        } catch {
            Terminal.warn("mtlint: \(error)")
            throw ExitCode(2)
        }
        print("\(directory):")
        print("  queued (inbox/): \(status.queued)")
        print("  in work:         \(status.inWork)")
        print("  done:            \(status.done)")
        print("  failed:          \(status.failed)")
        for instance in status.instances {
            var line = "  instance \(instance.slot): \(instance.running ? "running" : "stopped")"
            if let state = instance.state {
                line += " (pid \(state.pid), \(state.mode), since \(Self.time(state.started)); checked \(state.checked), failed \(state.failed)"
                line += state.retrying > 0 ? ", retrying \(state.retrying))" : ")"
            }
            if instance.inWork > 0 { line += ", \(instance.inWork) in its work folder" }
            print(line)
        }
        if status.instances.allSatisfy({ !$0.running }) { print("  no daemon is running on this folder") }
        if !status.lastErrors.isEmpty {
            print("last errors:")
            for entry in status.lastErrors {
                print("  \(Self.time(entry.time)) \(entry.file): \(entry.message)")
            }
        }
    }

    static func time(_ seconds: Double) -> String {
        Date(timeIntervalSince1970: seconds).formatted(.iso8601)
    }
}
