import Foundation

extension Schema {
    /// `CREATE TABLE` statements for every table, in schema order, with primary keys and
    /// foreign-key `REFERENCES` clauses (composite keys as table constraints).
    public func createTableStatements() -> [String] {
        createTableSQL().map(\.text)
    }

    /// ``createTableStatements()`` as ``SQL``: every name quoted where it needs it, every type kept
    /// only when it follows ``SQLTypeName``'s grammar (quoted as one name otherwise).
    public func createTableSQL() -> [SQL] {
        tables.map { table in
            var lines = table.columns.map { column -> SQL in
                "    \(identifier: column.name) \(SQL.typeName(column.type))\(SQL(rendered: column.nullable ? "" : " NOT NULL"))"
            }
            if !table.primaryKey.isEmpty {
                lines.append("    PRIMARY KEY (\(identifiers: table.primaryKey))")
            }
            for key in foreignKeys where key.childTable.lowercased() == table.name.lowercased() {
                lines.append("    FOREIGN KEY (\(identifiers: key.childColumns)) REFERENCES \(identifier: key.parentTable) (\(identifiers: key.parentColumns))")
            }
            return "CREATE TABLE \(identifier: table.name) (\n\(SQL.joined(lines, separator: ",\n"))\n)"
        }
    }

    /// The whole DDL script, statements separated by `;` and a blank line.
    public func ddlScript() -> String {
        createTableStatements().map { $0 + ";\n" }.joined(separator: "\n")
    }
}
