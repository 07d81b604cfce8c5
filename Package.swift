// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "peacetalks",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "peacetalks", targets: ["peacetalks"]),
        .library(name: "PeaceTalksModel", targets: ["PeaceTalksModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(
            name: "PeaceTalksModel",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "PeaceTalksTUI",
            dependencies: ["PeaceTalksModel"]
        ),
        .systemLibrary(
            name: "CNCurses",
            providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
        ),
        // The explorer's signal handlers and their state: one C definition the optimizer cannot copy.
        .target(name: "CSignals"),
        .executableTarget(
            name: "peacetalks",
            dependencies: [
                "PeaceTalksModel",
                "PeaceTalksTUI",
                "CNCurses",
                "CSignals",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target for the parser and loaders: see docs/performance.md, "Fuzzing".
        .executableTarget(name: "PeaceTalksFuzz", dependencies: ["PeaceTalksModel"]),
        // Fixtures every test target shares: temporary folders, the repository's paths, the process runner.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PeaceTalksModelTests", dependencies: ["PeaceTalksModel", "TestSupport"]),
        // Screens/ holds the whole-screen comparisons the tests read by path (ScreenRecord.swift).
        .testTarget(
            name: "PeaceTalksTUITests", dependencies: ["PeaceTalksTUI", "PeaceTalksModel", "TestSupport"],
            exclude: ["Screens"]),
        .testTarget(name: "EndToEndTests", dependencies: ["peacetalks", "TestSupport"]),
    ]
)
