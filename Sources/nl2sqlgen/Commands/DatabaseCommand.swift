import ArgumentParser
import Foundation
import Model
import PostgreSQL
import SyntheticData
import Validation

/// `nl2sqlgen db ...`: the synthetic validation database.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Build the synthetic SQLite database that SQL is validated against, or load it into PostgreSQL.",
        subcommands: [DatabaseBuildCommand.self, DatabaseLoadCommand.self])
}

/// The options that choose the synthetic data of `db build` and `db load`.
struct SyntheticDataOptions: ParsableArguments {
    @Option(help: "The schema file.")
    var schema: String

    @Option(help: "Seed of the synthetic data (default: the config's seed, 42).")
    var seed: Int?

    @Option(help: "Size multiplier (default: the config's database.scale, 1.0; at most 1000; TPC-DS: 144 gives 2.88M store_sales rows, the size of scale factor 1).")
    var scale: Double?

    @Option(help: "A config file (JSON).")
    var config: String?

    /// The loaded schema, the chosen seed and scale, and the builder of their rows.
    func resolve() throws -> (loaded: SchemaLoader.Loaded, seed: Int, scale: Double, builder: SyntheticDatabaseBuilder) {
        let loaded = try Loading.schema(schema)
        let settings = try Loading.config(config)
        let chosenSeed = seed ?? settings.seed
        let chosenScale = scale ?? settings.database.scale
        guard chosenSeed >= 0 else { throw CLI.fail("--seed must be zero or positive") }
        guard chosenScale > 0, chosenScale <= 1000 else { throw CLI.fail("--scale must be in 0.01...1000") }
        return (loaded, chosenSeed, chosenScale, SyntheticDatabaseBuilder(schema: loaded.schema, seed: UInt64(chosenSeed), scale: chosenScale))
    }
}

/// `nl2sqlgen db build`.
struct DatabaseBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Create an SQLite database with the schema and deterministic synthetic rows.",
        discussion: "Every foreign-key value points at an existing parent row; TPC-DS tables get TPC-DS-shaped values, other tables values by what each column means (names, e-mails, statuses, prices, dates in 2023-2025; docs/validation.md). The same schema, seed and scale give the same bytes.")

    @OptionGroup var data: SyntheticDataOptions

    @Option(help: "Where to write the database (replaced if it exists).")
    var out: String

    func run() throws {
        let (loaded, chosenSeed, chosenScale, builder) = try data.resolve()
        let started = Date()
        let report: SyntheticDatabaseReport
        do {
            report = try builder.build(path: out)
        } catch {
            throw CLI.fail("cannot build \(out): \(error)")
        }
        let rows = report.rowCounts.values.reduce(0, +)
        for table in loaded.schema.tables {
            print("  \(table.name): \(report.rowCounts[table.name] ?? 0) rows")
        }
        print("wrote \(out): \(rows) rows in \(loaded.schema.tables.count) tables, seed \(chosenSeed), scale \(chosenScale), content sha256 \(report.contentSHA256) (\(String(format: "%.1f", Date().timeIntervalSince(started))) s)")
    }
}

/// `nl2sqlgen db load --database-url URL`.
struct DatabaseLoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load the deterministic synthetic rows into an empty PostgreSQL database.",
        discussion: "The rows are those `db build` writes into SQLite for the same schema, seed and scale (same content sha256), copied in one transaction with primary and foreign keys; the database must not hold any of the schema's tables (docs/postgresql.md).")

    @OptionGroup var data: SyntheticDataOptions

    @Option(help: ArgumentHelp("The PostgreSQL database to load (a libpq URL; a role that may create tables).", valueName: "url"))
    var databaseURL: String

    func run() throws {
        let (loaded, chosenSeed, chosenScale, builder) = try data.resolve()
        let started = Date()
        let report: PostgresLoader.Report
        do {
            report = try PostgresLoader(builder: builder).load(url: databaseURL)
        } catch {
            throw CLI.fail("cannot load \(PostgresURL.redacted(databaseURL)): \(error)")
        }
        for table in loaded.schema.tables {
            print("  \(table.name): \(report.synthetic.rowCounts[table.name] ?? 0) rows")
        }
        for key in report.skippedForeignKeys {
            print("  foreign key \(key.id) not declared: its parent columns are not the parent's primary key")
        }
        let rows = report.synthetic.rowCounts.values.reduce(0, +)
        print("loaded \(PostgresURL.redacted(databaseURL)): \(rows) rows in \(loaded.schema.tables.count) tables, seed \(chosenSeed), scale \(chosenScale), content sha256 \(report.synthetic.contentSHA256) (\(String(format: "%.1f", Date().timeIntervalSince(started))) s)")
    }
}
