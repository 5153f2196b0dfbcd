// swift-tools-version:6.0
import PackageDescription

/// Gainsay: a terminal reader of contested news.
///
/// The split matters more than the names: `GainsayCore` and `GainsayUI` never import ncurses, so
/// the headless tests drive everything a user can do; `gainsay` is a thin adapter around them.
let package = Package(
    name: "Gainsay",
    products: [
        .executable(name: "gainsay", targets: ["gainsay"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C libraries, through pkg-config.
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

        // The seed articles, compiled into the binary by a build plugin so that `gainsay` with no
        // path works from any directory, also after the binary is copied elsewhere.
        .executableTarget(name: "SeedEmbedder"),
        .plugin(name: "EmbedSeeds", capability: .buildTool(), dependencies: ["SeedEmbedder"]),
        .target(name: "GainsaySeeds", plugins: ["EmbedSeeds"]),

        .target(name: "GainsayCore", dependencies: ["CLibXML2"]),
        .target(name: "GainsayUI", dependencies: ["GainsayCore"]),
        .executableTarget(
            name: "gainsay",
            dependencies: [
                "GainsayCore", "GainsayUI", "GainsaySeeds", "CNcursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "GainsayCoreTests", dependencies: ["GainsayCore", "GainsaySeeds"],
                    exclude: ["Gold"]),
        .testTarget(name: "GainsayUITests", dependencies: ["GainsayUI", "GainsayCore", "GainsaySeeds"],
                    exclude: ["__Snapshots__"]),
        // Runs the real binary in tmux; depending on `gainsay` makes `swift test` build it.
        .testTarget(name: "E2ETests", dependencies: ["gainsay"]),
    ]
)
