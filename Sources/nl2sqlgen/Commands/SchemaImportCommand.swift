import ArgumentParser
import Foundation
import Model
import Validation

/// `nl2sqlgen schema import --ddl FILE.sql | --sqlite DB --out FILE`.
struct SchemaImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write a schema file from a DDL script or an SQLite database.",
        discussion: "Primary and foreign keys are imported (ALTER TABLE ... ADD FOREIGN KEY too); table kinds, column roles and the vocabulary (entities, labels, foreign-key roles) are inferred from names; descriptions are left empty and listed as missing so that you can fill them in.")

    @Option(help: "A DDL script of CREATE TABLE statements.")
    var ddl: String?

    @Option(help: "An existing SQLite database file.")
    var sqlite: String?

    @Option(help: "Name of the schema (default: the input file's base name).")
    var name: String?

    @Option(help: "Where to write the schema file.")
    var out: String

    func validate() throws {
        if (ddl == nil) == (sqlite == nil) { throw ValidationError("give exactly one of --ddl and --sqlite") }
    }

    func run() throws {
        let input = ddl ?? sqlite ?? ""
        let schemaName = name ?? URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
        let schema: Schema
        do {
            if let ddl {
                schema = try SchemaImporter.importDDL(try CLI.readText(ddl), name: schemaName)
            } else {
                schema = try SchemaImporter.importSQLite(path: input, name: schemaName)
            }
        } catch let error as SchemaImportError {
            throw CLI.fail("\(input): \(error.message)")
        }
        let diagnostics = SchemaChecker.diagnostics(of: schema)
        try CLI.write(try CanonicalJSON.pretty(schema), to: out)
        for line in DiagnosticGroups.lines(diagnostics) { print(line) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        print("wrote \(out): \(schema.tables.count) tables, \(schema.columnCount) columns, \(schema.foreignKeys.count) foreign keys, \(errors) error(s), \(diagnostics.count - errors) warning(s)")
        if errors > 0 { throw ExitCode(2) }
    }
}
