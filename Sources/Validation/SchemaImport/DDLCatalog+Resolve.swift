import Model

extension DDLCatalog {
    /// The schema the statements declare: names resolved case-insensitively, primary keys added by
    /// `ALTER TABLE` applied, every foreign key checked against its tables and columns (an
    /// unknown table or column is an error, never a dropped key), comments attached.
    func resolve(name: String) throws(SchemaImportError) -> (schema: Schema, warnings: [SchemaImportWarning]) {
        var warnings = self.warnings
        var tables: [Table] = []
        var lines: [String: Int] = [:]
        for entry in self.tables {
            let key = entry.table.name.lowercased()
            if let first = lines[key] {
                throw SchemaImportError(message: "table \(entry.table.name) is declared twice (lines \(first) and \(entry.line)); import one database schema at a time")
            }
            lines[key] = entry.line
            tables.append(entry.table)
        }
        if tables.isEmpty { throw SchemaImportError(message: "no tables found") }
        func tableIndex(_ name: String, line: Int, what: String) throws(SchemaImportError) -> Int {
            guard let index = tables.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw SchemaImportError(message: "statement at line \(line): \(what) names unknown table \(name)")
            }
            return index
        }
        func columnNames(_ names: [String], of table: Table, line: Int, what: String) throws(SchemaImportError) -> [String] {
            var resolved: [String] = []
            for name in names {
                guard let column = table.column(named: name) else {
                    throw SchemaImportError(message: "statement at line \(line): \(what) names unknown column \(table.name).\(name)")
                }
                resolved.append(column.name)
            }
            return resolved
        }
        for entry in primaryKeys {
            let index = try tableIndex(entry.table, line: entry.line, what: "PRIMARY KEY")
            tables[index].primaryKey = try columnNames(entry.columns, of: tables[index], line: entry.line, what: "PRIMARY KEY")
        }
        for index in tables.indices {
            let line = lines[tables[index].name.lowercased()] ?? 0
            tables[index].primaryKey = try columnNames(tables[index].primaryKey, of: tables[index], line: line, what: "PRIMARY KEY of \(tables[index].name)")
            for position in tables[index].columns.indices where tables[index].primaryKey.contains(tables[index].columns[position].name) {
                tables[index].columns[position].nullable = false
            }
        }
        var foreignKeys: [ForeignKey] = []
        for entry in self.foreignKeys {
            let what = "FOREIGN KEY \(entry.key.childTable)(\(entry.key.childColumns.joined(separator: ", "))) REFERENCES \(entry.key.parentTable)"
            let child = tables[try tableIndex(entry.key.childTable, line: entry.line, what: what)]
            let parent = tables[try tableIndex(entry.key.parentTable, line: entry.line, what: what)]
            let childColumns = try columnNames(entry.key.childColumns, of: child, line: entry.line, what: what)
            var parentColumns = try columnNames(entry.key.parentColumns, of: parent, line: entry.line, what: what)
            if parentColumns.isEmpty { parentColumns = parent.primaryKey }
            guard parentColumns.count == childColumns.count else {
                throw SchemaImportError(message: "statement at line \(entry.line): \(what) has \(childColumns.count) column(s) but \(parent.name)'s referenced key has \(parentColumns.count)")
            }
            let key = ForeignKey(childTable: child.name, childColumns: childColumns, parentTable: parent.name, parentColumns: parentColumns)
            if !foreignKeys.contains(key) { foreignKeys.append(key) }
        }
        for comment in comments {
            guard let index = tables.firstIndex(where: { $0.name.lowercased() == comment.table.lowercased() }) else {
                warnings.append(SchemaImportWarning(line: comment.line, message: "comment on unknown table \(comment.table) not imported"))
                continue
            }
            guard let columnName = comment.column else {
                tables[index].description = comment.text
                continue
            }
            guard let position = tables[index].columns.firstIndex(where: { $0.name.lowercased() == columnName.lowercased() }) else {
                warnings.append(SchemaImportWarning(line: comment.line, message: "comment on unknown column \(comment.table).\(columnName) not imported"))
                continue
            }
            tables[index].columns[position].description = comment.text
        }
        return (Schema(name: name, tables: tables, foreignKeys: foreignKeys), warnings)
    }
}
