// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "nl2sqlgen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nl2sqlgen", targets: ["nl2sqlgen"]),
        // The test server as a program of its own (`bench llm` starts it); not linked into nl2sqlgen.
        .executable(name: "openai-test-server", targets: ["openai-test-server"]),
        .library(name: "Model", targets: ["Model"]),
        .library(name: "Validation", targets: ["Validation"]),
        .library(name: "Planner", targets: ["Planner"]),
        .library(name: "SyntheticData", targets: ["SyntheticData"]),
        .library(name: "SchemaSynthesis", targets: ["SchemaSynthesis"]),
        .library(name: "Runs", targets: ["Runs"]),
        .library(name: "PostgreSQL", targets: ["PostgreSQL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        // SHA-256 (Crypto.SHA256) for schema, plan, file and database content hashes.
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // YAML of dbt MetricFlow semantic models (`schema import --metricflow`).
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // Thin C shims, one per system library.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CCurl", path: "Sources/CCurl", pkgConfig: "libcurl",
                       providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CGLPK", path: "Sources/CGLPK", providers: [.apt(["libglpk-dev"])]),
        .systemLibrary(name: "CPostgres", path: "Sources/CPostgres", pkgConfig: "libpq",
                       providers: [.apt(["libpq-dev"])]),

        // Shared model: schema, config, records, JSON, hashing.
        .target(name: "Model", dependencies: [.product(name: "Crypto", package: "swift-crypto")], swiftSettings: strict),
        // The one Swift wrapper around SQLite's C API.
        .target(name: "SQLite", dependencies: ["CSQLite"], swiftSettings: strict),
        // The one Swift wrapper around libpq: connections, results, the read-only session for untrusted SQL.
        .target(name: "PostgreSQL", dependencies: ["CPostgres"], swiftSettings: strict),
        // Sandboxed validator: verdicts, result fingerprints, SQL text and structure, schema import.
        .target(name: "Validation", dependencies: ["Model", "SQLite", "PostgreSQL"], swiftSettings: strict),
        // The synthetic database: seeded, schema-driven rows written into SQLite.
        .target(name: "SyntheticData", dependencies: ["Model", "SQLite", "PostgreSQL"], swiftSettings: strict),
        // The one Swift wrapper around GLPK's C API: LP and MIP solving.
        .target(name: "LinearProgramming", dependencies: ["CGLPK"], swiftSettings: strict),
        // Coverage planning.
        .target(name: "Planner", dependencies: ["Model", "LinearProgramming"], swiftSettings: strict),
        // Synthetic schemas of any size (benchmarks and tests of every stage).
        .target(name: "SchemaSynthesis", dependencies: ["Model"], swiftSettings: strict),
        // dbt MetricFlow semantic models (YAML) read into a schema file's semantic model.
        .target(name: "MetricFlow", dependencies: ["Model", .product(name: "Yams", package: "Yams")], swiftSettings: strict),
        // The one Swift wrapper around libcurl: a thread-safe blocking HTTP client.
        .target(name: "HTTP", dependencies: ["CCurl"], swiftSettings: strict),
        // Generation of a batch: the offline generator, the LLM provider, meaning checks, annotation,
        // paraphrases and negatives, the dataset writer.
        .target(name: "Generation", dependencies: ["Model", "Validation", "SQLite", "HTTP"],
                resources: [.copy("LLM/Prompts")], swiftSettings: strict),
        // The run of a plan into a dataset directory: ledger, resume, shards, workers, finalisation.
        // A library, so a Swift program runs a plan without the command line.
        .target(name: "Runs", dependencies: ["Model", "SQLite", "Validation", "SyntheticData", "Generation", "Reports", "PostgreSQL"], swiftSettings: strict),
        // Reports, human review and exports of a written dataset directory.
        .target(name: "Reports", dependencies: ["Model", "Validation", "Generation", "SQLite"], swiftSettings: strict),
        // An OpenAI-compatible chat-completions server on 127.0.0.1 with scriptable faults: a library
        // for the tests' in-process servers and the program below; never linked into nl2sqlgen.
        .target(name: "OpenAITestServer", dependencies: ["Model"], swiftSettings: strict),
        // The test server as a child process for `nl2sqlgen bench llm` (and to try --provider openai by hand).
        .executableTarget(
            name: "openai-test-server",
            dependencies: ["OpenAITestServer", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict),

        .executableTarget(
            name: "nl2sqlgen",
            dependencies: [
                "Model", "Validation", "SyntheticData",
                "Planner", "SchemaSynthesis", "Generation", "Reports", "Runs", "MetricFlow", "PostgreSQL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),

        // Paths and temporary folders shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "ModelTests", dependencies: ["Model", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "ValidationTests", dependencies: ["Validation", "SyntheticData", "Model", "SQLite", "PostgreSQL", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "LinearProgrammingTests", dependencies: ["LinearProgramming"], swiftSettings: strict),
        .testTarget(name: "PlannerTests", dependencies: ["Planner", "Model", "LinearProgramming", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "SchemaSynthesisTests", dependencies: ["SchemaSynthesis", "Model"], swiftSettings: strict),
        .testTarget(name: "MetricFlowTests", dependencies: ["MetricFlow", "Model", "TestSupport"], swiftSettings: strict),
        // Runs a plan from Swift, without the command line.
        .testTarget(name: "RunsTests", dependencies: ["Runs", "Planner", "SchemaSynthesis", "Model", "TestSupport"], swiftSettings: strict),
        // Runs the built command line as a user would.
        .testTarget(name: "CLITests", dependencies: ["nl2sqlgen", "openai-test-server", "Model", "SQLite", "TestSupport", "OpenAITestServer"], swiftSettings: strict),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Model", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "LLMTests", dependencies: ["Generation", "HTTP", "OpenAITestServer", "Model", "Validation", "SyntheticData", "SQLite", "TestSupport"], swiftSettings: strict),
        // Needs the PostgreSQL server programs (Debian: postgresql); starts its own server.
        .testTarget(name: "PostgreSQLTests", dependencies: ["PostgreSQL", "Validation", "SyntheticData", "Model", "SQLite", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "GenerationTests", dependencies: ["Generation", "Model", "Validation", "SyntheticData", "SQLite", "Planner", "SchemaSynthesis"], swiftSettings: strict),
    ]
)
