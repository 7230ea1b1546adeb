import ArgumentParser
import Model

/// `nl2sqlgen schema check FILE`.
struct SchemaCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a schema file and list every problem with its JSON path.",
        discussion: "Errors (invalid JSON, duplicate names, unknown or mistyped foreign keys, tables without columns) exit with status 2; warnings (missing descriptions, missing entities, labels or roles with the derived value used) are listed and exit 0.")

    @Argument(help: "The schema file (JSON, see docs/schema-format.md).")
    var file: String

    func run() throws {
        let loaded = try Loading.schema(file)
        let schema = loaded.schema
        for line in DiagnosticGroups.lines(loaded.warnings) { print(line) }
        print("\(file): ok: \(schema.tables.count) tables, \(schema.columnCount) columns, \(schema.foreignKeys.count) foreign keys, \(loaded.warnings.count) warning(s)")
    }
}
