// swift-tools-version: 6.1
// The modules and their one job are described in Documentation/Modules.md.
// A module may import only modules listed before it here (ArchitectureTests checks it).
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "cli-input-ls",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "cli-input-ls", targets: ["cli-input-ls"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // System libraries: a module map and a shim header each.
        .systemLibrary(name: "CJansson", pkgConfig: "jansson", providers: [.apt(["libjansson-dev"])]),
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // Text, offsets and position encodings.
        .target(name: "TextModel", swiftSettings: swiftSettings),
        .testTarget(name: "TextModelTests", dependencies: ["TextModel", "TestSupport"], swiftSettings: swiftSettings),

        // The format-neutral syntax tree.
        .target(name: "InputSyntax", dependencies: ["TextModel"], swiftSettings: swiftSettings),

        // JSON: the error-tolerant parser and the jansson-backed value codec.
        .target(name: "JSONSyntax", dependencies: ["TextModel", "InputSyntax", "CJansson"], swiftSettings: swiftSettings),
        .testTarget(
            name: "JSONSyntaxTests", dependencies: ["JSONSyntax", "TestSupport"], swiftSettings: swiftSettings),

        // YAML: libyaml events to the tree, scalars resolved as the AWS CLI v2 reads them.
        .target(
            name: "YAMLSyntax", dependencies: ["TextModel", "InputSyntax", "CYAML"], swiftSettings: swiftSettings),
        .testTarget(
            name: "YAMLSyntaxTests", dependencies: ["YAMLSyntax", "TestSupport"], swiftSettings: swiftSettings),

        // Shorthand: the AWS CLI's shorthand grammar with the CLI's own error positions.
        .target(name: "ShorthandSyntax", dependencies: ["TextModel", "InputSyntax"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ShorthandSyntaxTests", dependencies: ["ShorthandSyntax", "JSONSyntax", "TestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: swiftSettings),

        // botocore service models: shapes, names, the catalog and search path.
        .target(name: "ServiceModel", dependencies: ["JSONSyntax", "CZlib"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ServiceModelTests", dependencies: ["ServiceModel", "TestSupport"], exclude: ["Fixtures"],
            swiftSettings: swiftSettings),

        // The analysis: association, validation, completion, hover, skeletons. Pure; no I/O.
        .target(
            name: "InputAnalysis", dependencies: ["TextModel", "InputSyntax", "JSONSyntax", "YAMLSyntax", "ShorthandSyntax",
                "ServiceModel",
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "InputAnalysisTests", dependencies: ["InputAnalysis", "TestSupport"], swiftSettings: swiftSettings),

        // JSON-RPC 2.0 over LSP's base protocol: framing, ids, cancellation, ordered reading and writing.
        .target(name: "JSONRPC", dependencies: ["JSONSyntax"], swiftSettings: swiftSettings),
        .testTarget(name: "JSONRPCTests", dependencies: ["JSONRPC"], swiftSettings: swiftSettings),

        // The language server: the only module that knows LSP; maps analysis results to protocol messages.
        .target(
            name: "LanguageServer",
            dependencies: [
                "TextModel", "InputSyntax", "JSONSyntax", "YAMLSyntax", "ShorthandSyntax", "ServiceModel",
                "InputAnalysis", "JSONRPC",
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LanguageServerTests", dependencies: ["LanguageServer", "JSONRPC", "TestSupport"],
            swiftSettings: swiftSettings),

        // The executable: argument parsing, wiring and exit codes.
        .executableTarget(
            name: "cli-input-ls",
            dependencies: [
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "TextModel", "InputSyntax", "JSONSyntax", "YAMLSyntax", "ShorthandSyntax", "ServiceModel",
                "InputAnalysis", "LanguageServer", "JSONRPC",
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "CLIInputLSTests", dependencies: ["cli-input-ls", "JSONSyntax"],
            swiftSettings: swiftSettings),

        // Benchmarks: `swift run -c release shorthand-benchmark` prints timings, asserts nothing.
        .executableTarget(
            name: "shorthand-benchmark", dependencies: ["ShorthandSyntax"], path: "Benchmarks/ShorthandBenchmark",
            swiftSettings: swiftSettings),

        // Benchmarks: `swift run -c release jsonrpc-benchmark` prints timings, asserts nothing.
        .executableTarget(
            name: "jsonrpc-benchmark", dependencies: ["JSONRPC", "JSONSyntax"], path: "Benchmarks/JSONRPCBenchmark",
            swiftSettings: swiftSettings),

        // Test-only helpers: position markers, golden files.
        .target(
            name: "TestSupport",
            dependencies: ["TextModel", "InputSyntax", "JSONSyntax", "JSONRPC", "LanguageServer"],
            path: "Tests/TestSupport",
            swiftSettings: swiftSettings),
    ]
)
