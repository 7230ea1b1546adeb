import ArgumentParser
import Foundation
import MetricFlow
import Model
import PostgreSQL
import Validation

/// `nl2sqlgen schema import --ddl FILE.sql | --sqlite DB | --postgres URL [--schema NAME] | --metricflow DIR [--ddl FILE.sql | --sqlite DB] --out FILE`.
struct SchemaImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write a schema file from a DDL script, an SQLite or PostgreSQL database, or dbt MetricFlow semantic models.",
        discussion: "DDL may be SQLite, PostgreSQL (pg_dump --schema-only output) or MySQL (mysqldump --no-data output). Primary and foreign keys are imported (ALTER TABLE [ONLY] ... ADD [CONSTRAINT] PRIMARY KEY / FOREIGN KEY too; composite keys included), and column comments (COMMENT ON COLUMN, MySQL COMMENT '...') become descriptions; a key naming an unknown table or column is an error, a constraint or table the importer cannot read a warning. Table kinds, column roles and the vocabulary (entities, labels, foreign-key roles) are inferred from names; descriptions are left empty and listed as missing so that you can fill them in. The semantic model (docs/semantic-model.md) is written into the file, derived where the input does not state it, for you to correct. With --metricflow the semantic models and metrics of a MetricFlow project's YAML become the file's semantic model; --ddl or --sqlite then gives the tables' declared columns and types, else columns are made from the YAML.")

    @Option(help: "A DDL script of CREATE TABLE statements.")
    var ddl: String?

    @Option(help: "An existing SQLite database file.")
    var sqlite: String?

    @Option(help: ArgumentHelp("A PostgreSQL database to read from its catalog (a libpq URL).", valueName: "url"))
    var postgres: String?

    @Option(name: .customLong("schema"), help: ArgumentHelp("With --postgres: the database schema (namespace) to read.", valueName: "name"))
    var namespace: String = "public"

    @Option(help: "dbt MetricFlow YAML: a file, or a directory searched for .yml/.yaml files (semantic_models and metrics).")
    var metricflow: String?

    @Flag(inversion: .prefixedNo, help: "Write the semantic model (derived where the input does not state it) into the file's semantic objects and metrics list.")
    var semantic = true

    @Option(help: "Name of the schema (default: the input file's base name; with --postgres: the database schema's name).")
    var name: String?

    @Option(help: "Where to write the schema file.")
    var out: String

    func validate() throws {
        let sources = [ddl, sqlite, postgres].compactMap { $0 }.count
        if sources > 1 { throw ValidationError("give at most one of --ddl, --sqlite and --postgres") }
        if sources == 0, metricflow == nil { throw ValidationError("give one of --ddl, --sqlite, --postgres and --metricflow") }
        if postgres != nil, metricflow != nil { throw ValidationError("--metricflow takes its tables from --ddl or --sqlite, not --postgres") }
    }

    func run() throws {
        let input = ddl ?? sqlite ?? postgres.map(PostgresURL.redacted) ?? metricflow ?? ""
        let schemaName = name ?? (postgres != nil ? namespace : URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent)
        var schema: Schema?
        var warnings: [SchemaImportWarning] = []
        do {
            if let ddl {
                let imported = try SchemaImporter.importDDLReporting(try CLI.readText(ddl), name: schemaName)
                (schema, warnings) = (imported.schema, imported.warnings)
            } else if let postgres {
                let imported = try SchemaImporter.importPostgres(url: postgres, namespace: namespace, name: schemaName)
                (schema, warnings) = (imported.schema, imported.warnings)
            } else if let sqlite {
                schema = try SchemaImporter.importSQLite(path: sqlite, name: schemaName)
            }
        } catch let error as SchemaImportError {
            throw CLI.fail("\(input): \(error.message)")
        }
        for warning in warnings { CLI.printError("warning: \(input): \(warning)") }
        if let metricflow {
            do {
                let imported = try MetricFlowImporter.importProject(at: metricflow, name: schemaName, base: schema)
                for note in imported.notes { print("note: \(note)") }
                schema = imported.schema
            } catch {
                throw CLI.fail(error.message.hasPrefix(metricflow) ? error.message : "\(metricflow): \(error.message)")
            }
        }
        guard var schema else { throw CLI.fail("\(input): nothing imported") }
        if semantic { schema = schema.statingSemantics() }
        let diagnostics = SchemaChecker.diagnostics(of: schema)
        try CLI.write(try CanonicalJSON.pretty(schema), to: out)
        for line in DiagnosticGroups.lines(diagnostics) { print(line) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        print("wrote \(out): \(schema.tables.count) tables, \(schema.columnCount) columns, \(schema.foreignKeys.count) foreign keys, \(errors) error(s), \(diagnostics.count - errors + warnings.count) warning(s)")
        if errors > 0 { throw ExitCode(2) }
    }
}
