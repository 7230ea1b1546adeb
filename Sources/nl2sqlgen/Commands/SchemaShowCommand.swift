import ArgumentParser
import Model

/// `nl2sqlgen schema show FILE`.
struct SchemaShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a schema's tables, columns, foreign-key graph and semantic model (docs/semantic-model.md).")

    @Argument(help: "The schema file.")
    var file: String

    @Flag(help: "List every column with its type, role, semantic role and description.")
    var columns = false

    func run() throws {
        let schema = try Loading.schema(file).schema
        print("schema \(schema.name): \(schema.tables.count) tables, \(schema.columnCount) columns, \(schema.foreignKeys.count) foreign keys")
        let graph = SchemaGraph(schema: schema)
        let model = SemanticModel(schema: schema)
        for table in schema.tables {
            let parents = graph.parents(of: table.name).joined(separator: ", ")
            let children = graph.children(of: table.name).joined(separator: ", ")
            print("\n\(table.name) [\(table.kind.rawValue), \(table.subjectArea)] \(table.columns.count) columns, key (\(table.primaryKey.joined(separator: ", ")))")
            if !table.description.isEmpty { print("  \(table.description)") }
            if !parents.isEmpty { print("  references: \(parents)") }
            if !children.isEmpty { print("  referenced by: \(children)") }
            for line in model.summaryLines(of: table) { print("  \(line)") }
            if columns {
                for column in table.columns {
                    let semantic = model.role(of: ColumnRef(table: table.name, column: column.name))?.rawValue ?? "-"
                    print("    \(column.name) \(column.type) \(column.role.rawValue) \(semantic)\(column.nullable ? "" : " not null")  \(column.description)")
                }
            }
        }
        let summary = graph.summary
        print("\nforeign-key graph: \(summary.edges) edges (\(summary.compositeEdges) composite), \(summary.components) connected component(s), largest \(summary.largestComponent) tables, \(summary.isolatedTables.count) isolated table(s)\(summary.isolatedTables.isEmpty ? "" : ": " + summary.isolatedTables.joined(separator: ", "))")
        print("roles: " + ColumnRole.allCases.map { role in
            "\(role.rawValue) \(schema.tables.flatMap(\.columns).filter { $0.role == role }.count)"
        }.joined(separator: ", "))
        print("semantic roles: \(model.roleCounts(of: schema))")
        print("semantic model: \(model.provenance.describe(metricCount: model.metrics.count))")
        for metric in model.metrics { print("  metric \(SemanticModel.describe(metric))") }
    }
}
