import ArgumentParser
import Foundation
import Model
import Validation

/// `nl2sqlgen bench ...`: measurements behind the README's figures (use a release build).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks (build with -c release; see bench/).",
        subcommands: [ValidationBenchCommand.self, LLMBenchCommand.self])
}

/// `nl2sqlgen bench validation`.
struct ValidationBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validation",
        abstract: "Validation rate (prepare + column annotation, no execution) over SQL files repeated to a count.",
        discussion: "Only statements that compile are used. --emit writes them NUL-separated for bench/prepare_loop.c, the plain C loop of sqlite3_prepare_v2/sqlite3_finalize it is compared with.")

    @Option(help: "The schema file.")
    var schema: String

    @Option(help: "The database to compile against (schema only is enough).")
    var database: String

    @Option(help: "A folder of .sql files (e.g. ../shared/tpcds/queries).")
    var queries: String

    @Option(help: "Statements to validate in total.")
    var count = 10_000

    @Option(help: "Write the compiling statements here, NUL-separated.")
    var emit: String?

    func run() throws {
        let loaded = try Loading.schema(schema)
        let validator: Validator
        do {
            validator = try Validator(databasePath: database, schema: loaded.schema)
        } catch {
            throw CLI.fail(error.message)
        }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: queries)) ?? []).filter { $0.hasSuffix(".sql") }.sorted()
        var statements: [String] = []
        for file in files {
            for piece in SQLScriptSplitter.split(try CLI.readText(queries + "/" + file)) where validator.analyze(piece.sql).verdict == .ok {
                statements.append(piece.sql)
            }
        }
        guard !statements.isEmpty else { throw CLI.fail("no statement in \(queries) compiles") }
        if let emit {
            try CLI.write(Data(statements.joined(separator: "\u{0}").utf8), to: emit)
        }
        let clock = ContinuousClock()
        var columns = 0
        let elapsed = clock.measure {
            for index in 0..<count {
                columns &+= validator.analyze(statements[index % statements.count]).columns.count
            }
        }
        let seconds = elapsed.inSeconds
        print("statements: \(statements.count) distinct, \(count) validated in \(String(format: "%.3f", seconds)) s: \(String(format: "%.0f", Double(count) / seconds)) statements/s (\(columns) column reads annotated)")
    }
}
