import ArgumentParser
import Model

/// `nl2sqlgen schema check FILE`.
struct SchemaCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a schema file and list every problem with its JSON path.",
        discussion: "Errors (invalid JSON, duplicate names, unknown or mistyped foreign keys, tables without columns) exit with status 2; warnings (missing descriptions, missing entities, labels or roles with the derived value used, flags without phrases) are listed and exit 0. The semantic model (docs/semantic-model.md) is checked too (an event date that is not a foreign key to the calendar, a metric over unknown columns or a non-measure: errors), and a line counts what the file states and what is derived.")

    @Argument(help: "The schema file (JSON, see docs/schema-format.md).")
    var file: String

    func run() throws {
        let loaded = try Loading.schema(file)
        let schema = loaded.schema
        for line in DiagnosticGroups.lines(loaded.warnings) { print(line) }
        let model = SemanticModel(schema: schema)
        print("semantic model: \(model.provenance.describe(metricCount: model.metrics.count)); roles: \(model.roleCounts(of: schema))")
        print("\(file): ok: \(schema.tables.count) tables, \(schema.columnCount) columns, \(schema.foreignKeys.count) foreign keys, \(loaded.warnings.count) warning(s)")
    }
}
