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
    ],
    targets: [
        // The only place that sees ICU headers; exposes plain-C functions to Swift.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        // The only place that sees libxml2 (Debian libxml2-dev): a pull reader with line numbers.
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
        .target(
            name: "MTLint",
            dependencies: ["CICU", "CXML", "CStemmer", .product(name: "Logging", package: "swift-log")]
        ),
        .executableTarget(
            name: "mtlint",
            dependencies: [
                "MTLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "MTLintTests",
            dependencies: ["MTLint", "mtlint"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
