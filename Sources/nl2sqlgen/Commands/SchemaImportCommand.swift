import ArgumentParser
import Foundation
import MetricFlow
import Model
import Validation

/// `nl2sqlgen schema import --ddl FILE.sql | --sqlite DB | --metricflow DIR [--ddl FILE.sql | --sqlite DB] --out FILE`.
struct SchemaImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write a schema file from a DDL script, an SQLite database or dbt MetricFlow semantic models.",
        discussion: "Primary and foreign keys are imported (ALTER TABLE ... ADD FOREIGN KEY too); table kinds, column roles and the vocabulary (entities, labels, foreign-key roles) are inferred from names; descriptions are left empty and listed as missing so that you can fill them in. The semantic model (docs/semantic-model.md) is written into the file, derived where the input does not state it, for you to correct. With --metricflow the semantic models and metrics of a MetricFlow project's YAML become the file's semantic model; --ddl or --sqlite then gives the tables' declared columns and types, else columns are made from the YAML.")

    @Option(help: "A DDL script of CREATE TABLE statements.")
    var ddl: String?

    @Option(help: "An existing SQLite database file.")
    var sqlite: String?

    @Option(help: "dbt MetricFlow YAML: a file, or a directory searched for .yml/.yaml files (semantic_models and metrics).")
    var metricflow: String?

    @Flag(inversion: .prefixedNo, help: "Write the semantic model (derived where the input does not state it) into the file's semantic objects and metrics list.")
    var semantic = true

    @Option(help: "Name of the schema (default: the input file's base name).")
    var name: String?

    @Option(help: "Where to write the schema file.")
    var out: String

    func validate() throws {
        if ddl != nil, sqlite != nil { throw ValidationError("give at most one of --ddl and --sqlite") }
        if ddl == nil, sqlite == nil, metricflow == nil { throw ValidationError("give one of --ddl, --sqlite and --metricflow") }
    }

    func run() throws {
        let input = ddl ?? sqlite ?? metricflow ?? ""
        let schemaName = name ?? URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
        var schema: Schema?
        do {
            if let ddl {
                schema = try SchemaImporter.importDDL(try CLI.readText(ddl), name: schemaName)
            } else if let sqlite {
                schema = try SchemaImporter.importSQLite(path: sqlite, name: schemaName)
            }
        } catch let error as SchemaImportError {
            throw CLI.fail("\(input): \(error.message)")
        }
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
        print("wrote \(out): \(schema.tables.count) tables, \(schema.columnCount) columns, \(schema.foreignKeys.count) foreign keys, \(errors) error(s), \(diagnostics.count - errors) warning(s)")
        if errors > 0 { throw ExitCode(2) }
    }
}
