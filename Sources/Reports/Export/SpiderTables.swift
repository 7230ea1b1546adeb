import Model

/// One database entry of Spider's `tables.json`: tables, columns (index 0 is `*`), types, primary
/// keys and foreign keys as column-index pairs.
struct SpiderTables: Encodable {
    var dbID: String
    var tableNames: [String]
    var tableNamesOriginal: [String]
    var columnNames: [SpiderColumn]
    var columnNamesOriginal: [SpiderColumn]
    var columnTypes: [String]
    var primaryKeys: [Int]
    var foreignKeys: [[Int]]

    enum CodingKeys: String, CodingKey {
        case dbID = "db_id"
        case tableNames = "table_names"
        case tableNamesOriginal = "table_names_original"
        case columnNames = "column_names"
        case columnNamesOriginal = "column_names_original"
        case columnTypes = "column_types"
        case primaryKeys = "primary_keys"
        case foreignKeys = "foreign_keys"
    }

    /// `[table index, name]`, encoded as a two-element array.
    struct SpiderColumn: Encodable {
        var table: Int
        var name: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(table)
            try container.encode(name)
        }
    }

    init(schema: Schema, dbID: String) {
        self.dbID = dbID
        tableNamesOriginal = schema.tables.map(\.name)
        tableNames = schema.tables.map { Self.natural($0.name) }
        var names = [SpiderColumn(table: -1, name: "*")]
        var originals = [SpiderColumn(table: -1, name: "*")]
        var types = ["text"]
        var index: [ColumnRef: Int] = [:]
        var primary: [Int] = []
        for (tableIndex, table) in schema.tables.enumerated() {
            for column in table.columns {
                index[ColumnRef(table: table.name, column: column.name)] = originals.count
                if table.primaryKey.contains(column.name) { primary.append(originals.count) }
                originals.append(SpiderColumn(table: tableIndex, name: column.name))
                names.append(SpiderColumn(table: tableIndex, name: Self.natural(column.name)))
                types.append(Self.type(column.typeFamily))
            }
        }
        columnNames = names
        columnNamesOriginal = originals
        columnTypes = types
        primaryKeys = primary
        foreignKeys = schema.foreignKeys.flatMap { key in
            zip(key.childColumns, key.parentColumns).compactMap { child, parent in
                guard let from = index[ColumnRef(table: key.childTable, column: child)],
                      let to = index[ColumnRef(table: key.parentTable, column: parent)] else { return nil }
                return [from, to]
            }
        }
    }

    /// Spider's lower-case, space-separated name (`store_sales` → `store sales`).
    static func natural(_ name: String) -> String {
        name.replacingOccurrences(of: "_", with: " ").lowercased()
    }

    /// Spider's column type words.
    static func type(_ family: SQLTypeFamily) -> String {
        switch family {
        case .integer, .decimal: return "number"
        case .text: return "text"
        case .date, .time: return "time"
        case .other: return "others"
        }
    }
}
