import ArgumentParser
import Foundation
import Model
import PostgreSQL
import SQLite
import SyntheticData
import Validation

/// `nl2sqlgen validate --schema FILE INPUT`.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate SQL in the sandboxed database: verdict, tables and columns read, result shape.",
        discussion: """
        INPUT is a .sql file (statements separated by ';') or a .jsonl file with a "sql" field per line.
        Prints one JSON line per statement on standard output and a summary on standard error.
        Exit status 1 when any statement is invalid (an empty result is valid but counted).
        """)

    @Option(help: "The schema file.")
    var schema: String

    @Argument(help: "A .sql or .jsonl file.")
    var input: String

    @Option(help: "Validate against this database (default: build the synthetic one in memory).")
    var database: String?

    @Option(help: ArgumentHelp("Validate on this PostgreSQL database (database.url; a libpq URL, a role with SELECT only, docs/postgresql.md): each statement is compiled in the sandbox against the schema and run there.", valueName: "url"))
    var databaseURL: String?

    @Option(help: "A config file (JSON); its seed, database.scale and validation.* apply.")
    var config: String?

    @Flag(help: "Only compile each statement (verdict, tables, columns); do not run it.")
    var noExecute = false

    @Option(help: ArgumentHelp("Also run each valid statement on this PostgreSQL database (a libpq URL; a role with SELECT only, docs/postgresql.md) and record whether the results agree.", valueName: "url"))
    var alsoOn: String?

    func run() throws {
        let loaded = try Loading.schema(schema)
        let settings = try Loading.config(config)
        let statements = try ValidationInput.read(input)
        let validator = try makeValidator(schema: loaded.schema, settings: settings)
        if alsoOn != nil, noExecute { throw CLI.fail("--also-on runs the statements; it cannot go with --no-execute") }
        var second: ReadOnlySession?
        if let alsoOn {
            do {
                second = try ReadOnlySession(url: alsoOn, limits: ReadOnlyLimits(maxRows: settings.validation.maxResultRows))
            } catch {
                throw CLI.fail("--also-on: \(error)")
            }
        }
        var agreement: [CrossEngineCheck.Outcome: Int] = [:]
        var counts: [SQLVerdict: Int] = [:]
        for statement in statements {
            let result = noExecute ? validator.analyze(statement.sql)
                : validator.validate(statement.sql, minRows: settings.generation.minResultRows)
            counts[result.verdict, default: 0] += 1
            var line = ValidationLine(source: statement.source, sql: statement.sql, result: result)
            if let second, result.verdict == .ok || result.verdict == .emptyResult {
                let check = CrossEngineRun.check(statement.sql, validator: validator, session: second, maxRows: settings.validation.maxResultRows)
                agreement[check.outcome, default: 0] += 1
                line.alsoOn = check
            }
            FileHandle.standardOutput.write(try CanonicalJSON.line(line) + Data([0x0A]))
        }
        let invalid = statements.count - (counts[.ok] ?? 0) - (counts[.emptyResult] ?? 0)
        let breakdown = SQLVerdict.allCases.compactMap { verdict in counts[verdict].map { "\(verdict.rawValue) \($0)" } }
        CLI.printError("\(statements.count) statement(s): \(breakdown.joined(separator: ", ")); \(invalid) invalid")
        if let second {
            CLI.printError("also on PostgreSQL \(second.serverVersion): \(agreement[.agree] ?? 0) agree, \(agreement[.differ] ?? 0) differ, \(agreement[.failed] ?? 0) failed there")
        }
        if invalid > 0 { throw ExitCode(1) }
    }

    private func makeValidator(schema: Schema, settings: Config) throws(ExitCode) -> Validator {
        if database != nil, databaseURL != nil { throw CLI.fail("give --database (SQLite) or --database-url (PostgreSQL), not both") }
        do {
            if let url = databaseURL ?? (database == nil ? settings.database.userURL : nil) {
                return try Validator(postgresURL: url, schema: schema, settings: settings.validation)
            }
            if let database = database ?? settings.database.userPath {
                return try Validator(databasePath: database, schema: schema, settings: settings.validation)
            }
            let connection = try Connection(path: ":memory:")
            _ = try SyntheticDatabaseBuilder(schema: schema, seed: UInt64(settings.seed), scale: settings.database.scale)
                .build(into: connection)
            return try Validator(sandboxing: connection, schema: schema, settings: settings.validation)
        } catch let error as ValidatorError {
            throw CLI.fail(error.message)
        } catch {
            throw CLI.fail("cannot build the synthetic database: \(error)")
        }
    }
}

/// One output line of `validate`.
struct ValidationLine: Encodable {
    var source: String
    var sql: String
    var result: ValidationResult
    /// The second engine's verdict (`--also-on`).
    var alsoOn: CrossEngineCheck?

    func encode(to encoder: any Encoder) throws {
        try result.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(source, forKey: .source)
        try container.encode(sql, forKey: .sql)
        try container.encodeIfPresent(alsoOn, forKey: .alsoOn)
    }

    enum Keys: String, CodingKey {
        case source, sql
        case alsoOn = "also_on"
    }
}

/// Reads the statements of a `.sql` or `.jsonl` file.
enum ValidationInput {
    struct Statement {
        var source: String
        var sql: String
    }

    static func read(_ path: String) throws(ExitCode) -> [Statement] {
        let text = try CLI.readText(path)
        if path.hasSuffix(".jsonl") {
            var statements: [Statement] = []
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { continue }
                let value: JSONValue
                do {
                    value = try JSONParser.parse(trimmed)
                } catch {
                    throw CLI.fail("\(path):\(index + 1): \(error.description)")
                }
                guard let sql = value["sql"]?.stringValue else {
                    throw CLI.fail("\(path):\(index + 1): expected an object with a string field \"sql\"")
                }
                statements.append(Statement(source: "\(path):\(index + 1)", sql: sql))
            }
            return statements
        }
        return SQLScriptSplitter.split(text).map { Statement(source: "\(path):\($0.line)", sql: $0.sql) }
    }
}

/// One statement on the second engine of `validate --also-on`.
enum CrossEngineRun {
    static func check(_ sql: String, validator: Validator, session: ReadOnlySession, maxRows: Int) -> CrossEngineCheck {
        let engine = "postgresql"
        guard let rows = validator.rows(of: sql, limit: maxRows) else {
            return CrossEngineCheck(engine: engine, outcome: .failed, message: "SQLite gave no rows to compare")
        }
        do {
            let other = try session.run(sql)
            return CrossEngineCheck.compare(sql: sql, sqlite: rows, other: other.rows, engine: engine)
        } catch {
            return CrossEngineCheck(engine: engine, outcome: .failed, message: error.description)
        }
    }
}
