import ArgumentParser
import Model

/// `nl2sqlgen schema show FILE`.
struct SchemaShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a schema's tables, columns and foreign-key graph.")

    @Argument(help: "The schema file.")
    var file: String

    @Flag(help: "List every column with its type, role and description.")
    var columns = false

    func run() throws {
        let schema = try Loading.schema(file).schema
        print("schema \(schema.name): \(schema.tables.count) tables, \(schema.columnCount) columns, \(schema.foreignKeys.count) foreign keys")
        let graph = SchemaGraph(schema: schema)
        for table in schema.tables {
            let parents = graph.parents(of: table.name).joined(separator: ", ")
            let children = graph.children(of: table.name).joined(separator: ", ")
            print("\n\(table.name) [\(table.kind.rawValue), \(table.subjectArea)] \(table.columns.count) columns, key (\(table.primaryKey.joined(separator: ", ")))")
            if !table.description.isEmpty { print("  \(table.description)") }
            if !parents.isEmpty { print("  references: \(parents)") }
            if !children.isEmpty { print("  referenced by: \(children)") }
            if columns {
                for column in table.columns {
                    print("    \(column.name) \(column.type) \(column.role.rawValue)\(column.nullable ? "" : " not null")  \(column.description)")
                }
            }
        }
        let summary = graph.summary
        print("\nforeign-key graph: \(summary.edges) edges (\(summary.compositeEdges) composite), \(summary.components) connected component(s), largest \(summary.largestComponent) tables, \(summary.isolatedTables.count) isolated table(s)\(summary.isolatedTables.isEmpty ? "" : ": " + summary.isolatedTables.joined(separator: ", "))")
        print("roles: " + ColumnRole.allCases.map { role in
            "\(role.rawValue) \(schema.tables.flatMap(\.columns).filter { $0.role == role }.count)"
        }.joined(separator: ", "))
    }
}
