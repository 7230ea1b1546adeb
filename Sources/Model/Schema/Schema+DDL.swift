import Foundation

extension Schema {
    /// `CREATE TABLE` statements for every table, in schema order, with primary keys and
    /// foreign-key `REFERENCES` clauses (composite keys as table constraints).
    public func createTableStatements() -> [String] {
        tables.map { table in
            var lines = table.columns.map { column -> String in
                "    \(SQLIdentifier.quoteIfNeeded(column.name)) \(column.type)\(column.nullable ? "" : " NOT NULL")"
            }
            if !table.primaryKey.isEmpty {
                lines.append("    PRIMARY KEY (\(table.primaryKey.map(SQLIdentifier.quoteIfNeeded).joined(separator: ", ")))")
            }
            for key in foreignKeys where key.childTable.lowercased() == table.name.lowercased() {
                lines.append("    FOREIGN KEY (\(key.childColumns.map(SQLIdentifier.quoteIfNeeded).joined(separator: ", "))) REFERENCES \(SQLIdentifier.quoteIfNeeded(key.parentTable)) (\(key.parentColumns.map(SQLIdentifier.quoteIfNeeded).joined(separator: ", ")))")
            }
            return "CREATE TABLE \(SQLIdentifier.quoteIfNeeded(table.name)) (\n\(lines.joined(separator: ",\n"))\n)"
        }
    }

    /// The whole DDL script, statements separated by `;` and a blank line.
    public func ddlScript() -> String {
        createTableStatements().map { $0 + ";\n" }.joined(separator: "\n")
    }
}

/// Quoting of SQL identifiers.
public enum SQLIdentifier {
    private static let reserved: Set<String> = [
        "abort", "action", "add", "after", "all", "alter", "and", "as", "asc", "between", "by", "case", "cast",
        "check", "collate", "column", "commit", "constraint", "create", "cross", "current", "default", "delete",
        "desc", "distinct", "drop", "else", "end", "escape", "except", "exists", "filter", "foreign", "from",
        "full", "glob", "group", "having", "in", "index", "inner", "insert", "intersect", "into", "is", "join",
        "key", "left", "like", "limit", "natural", "not", "null", "of", "offset", "on", "or", "order", "outer",
        "over", "primary", "references", "right", "select", "set", "table", "then", "to", "union", "unique",
        "update", "using", "values", "when", "where", "window", "with",
    ]

    /// `name` as is when it is a plain identifier, otherwise in double quotes.
    public static func quoteIfNeeded(_ name: String) -> String {
        let plain = name.first.map { $0 == "_" || $0.isLetter } ?? false
            && name.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
        if plain && !reserved.contains(name.lowercased()) { return name }
        return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
