// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "mtlint",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "mtlint", targets: ["mtlint"]),
        .library(name: "MTLint", targets: ["MTLint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // The only place that sees ICU headers; exposes plain-C functions to Swift.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        // The only place that sees libxml2 (Debian libxml2-dev): a pull reader with line numbers
        // (glossaries) and SAX events with input positions (HTML, XLIFF and TMX input).
        .target(
            name: "CXML",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        // The only place that sees libstemmer (Debian libstemmer-dev): Snowball stemmers.
        .target(
            name: "CStemmer",
            linkerSettings: [.linkedLibrary("stemmer")]
        ),
        // The word segmenter's inner loop over ASCII text: SSE2 compares give bit masks of
        // 64 bytes, which Swift has no portable way to ask for.
        .target(name: "CWordScan"),
        // Mapped inputs under a read lease (fcntl F_SETLEASE, which Glibc does not import), so
        // that no other process truncates a file under its mapping: a lease break has the
        // mapping replaced by a private copy (a signal handler and a thread, in C).
        .target(name: "CFileLease"),
        .target(
            name: "MTLint",
            dependencies: ["CICU", "CXML", "CStemmer", "CWordScan", "CFileLease", .product(name: "Logging", package: "swift-log")]
        ),
        // Plain-C wrappers for the few system calls Glibc does not import (renameat2).
        .target(name: "CWatchSystem"),
        // The folder-watching daemon: folder protocol, inotify/polling, workers, sd_notify.
        .target(
            name: "MTLintWatch",
            dependencies: [
                "MTLint", "CWatchSystem",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "mtlint",
            dependencies: [
                "MTLint", "MTLintWatch",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release builds link the Swift runtime and libraries statically: resolving their
            // ~6,000 symbols at every start took 40% of a one-file `mtlint check` (see
            // Benchmarks/NOTES.md, "Start-up"). `-static-stdlib` alone does not name Foundation
            // Essentials' own static dependencies, hence the two libraries.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-l_FoundationCShims", "-l_FoundationCollections"], .when(configuration: .release))]
        ),
        .testTarget(
            name: "MTLintTests",
            dependencies: [
                "MTLint", "MTLintWatch", "mtlint",
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
            ],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
