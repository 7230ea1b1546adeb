import ArgumentParser
import Foundation
import Model
import PostgreSQL
import Validation

/// `nl2sqlgen schema import --ddl FILE.sql | --sqlite DB | --postgres URL [--schema NAME] --out FILE`.
struct SchemaImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write a schema file from a DDL script, an SQLite database or a PostgreSQL database.",
        discussion: "DDL may be SQLite, PostgreSQL (pg_dump --schema-only output) or MySQL (mysqldump --no-data output). Primary and foreign keys are imported (ALTER TABLE [ONLY] ... ADD [CONSTRAINT] PRIMARY KEY / FOREIGN KEY too; composite keys included), and column comments (COMMENT ON COLUMN, MySQL COMMENT '...') become descriptions; a key naming an unknown table or column is an error, a constraint or table the importer cannot read a warning. Table kinds, column roles and the vocabulary (entities, labels, foreign-key roles) are inferred from names; descriptions are left empty and listed as missing so that you can fill them in.")

    @Option(help: "A DDL script of CREATE TABLE statements.")
    var ddl: String?

    @Option(help: "An existing SQLite database file.")
    var sqlite: String?

    @Option(help: ArgumentHelp("A PostgreSQL database to read from its catalog (a libpq URL).", valueName: "url"))
    var postgres: String?

    @Option(name: .customLong("schema"), help: ArgumentHelp("With --postgres: the database schema (namespace) to read.", valueName: "name"))
    var namespace: String = "public"

    @Option(help: "Name of the schema (default: the input file's base name; with --postgres: the database schema's name).")
    var name: String?

    @Option(help: "Where to write the schema file.")
    var out: String

    func validate() throws {
        if [ddl, sqlite, postgres].compactMap({ $0 }).count != 1 { throw ValidationError("give exactly one of --ddl, --sqlite and --postgres") }
    }

    func run() throws {
        let input = ddl ?? sqlite ?? postgres.map(PostgresURL.redacted) ?? ""
        let schemaName = name ?? (postgres != nil ? namespace : URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent)
        let schema: Schema
        var warnings: [SchemaImportWarning] = []
        do {
            if let ddl {
                let imported = try SchemaImporter.importDDLReporting(try CLI.readText(ddl), name: schemaName)
                (schema, warnings) = (imported.schema, imported.warnings)
            } else if let postgres {
                let imported = try SchemaImporter.importPostgres(url: postgres, namespace: namespace, name: schemaName)
                (schema, warnings) = (imported.schema, imported.warnings)
            } else {
                schema = try SchemaImporter.importSQLite(path: input, name: schemaName)
            }
        } catch let error as SchemaImportError {
            throw CLI.fail("\(input): \(error.message)")
        }
        for warning in warnings { CLI.printError("warning: \(input): \(warning)") }
        let diagnostics = SchemaChecker.diagnostics(of: schema)
        try CLI.write(try CanonicalJSON.pretty(schema), to: out)
        for diagnostic in diagnostics { print(diagnostic) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        print("wrote \(out): \(schema.tables.count) tables, \(schema.columnCount) columns, \(schema.foreignKeys.count) foreign keys, \(errors) error(s), \(diagnostics.count - errors + warnings.count) warning(s)")
        if errors > 0 { throw ExitCode(2) }
    }
}
