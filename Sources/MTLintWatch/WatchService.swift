import Logging
import ServiceLifecycle
import UnixSignals

/// Runs a `WatchEngine` as a swift-service-lifecycle service: graceful shutdown (SIGTERM,
/// SIGINT) stops it; SIGHUP reloads its configuration.
public struct WatchService: Service {
    let engine: WatchEngine

    public init(engine: WatchEngine) {
        self.engine = engine
    }

    public func run() async throws {
        let engine = self.engine
        try await withGracefulShutdownHandler {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await _ in await UnixSignalsSequence(trapping: .sighup) {
                        if Task.isCancelled { break }
                        engine.reload()
                    }
                }
                try await engine.run()
                group.cancelAll()
            }
        } onGracefulShutdown: {
            engine.stop()
        }
    }
}
