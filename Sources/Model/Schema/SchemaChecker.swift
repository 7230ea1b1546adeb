/// Semantic checks of a ``Schema`` that go beyond its JSON shape: names, keys, descriptions, vocabulary
/// and the semantic model.
public enum SchemaChecker {
    /// Appends a diagnostic for every semantic problem of `schema`, located by JSON path.
    public static func check(_ schema: Schema, into diagnostics: inout [Diagnostic]) {
        var tableIndex: [String: Int] = [:]
        for (index, table) in schema.tables.enumerated() {
            let path = "$.tables[\(index)]"
            checkName(table.name, what: "table name", at: "\(path).name", into: &diagnostics)
            let key = table.name.lowercased()
            if let first = tableIndex[key] {
                diagnostics.append(Diagnostic(.error, at: "\(path).name",
                                              "duplicate table name \"\(table.name)\" (first at $.tables[\(first)])"))
            } else {
                tableIndex[key] = index
            }
            checkTable(table, at: path, into: &diagnostics)
        }
        for (index, foreignKey) in schema.foreignKeys.enumerated() {
            checkForeignKey(foreignKey, in: schema, at: "$.foreign_keys[\(index)]", into: &diagnostics)
        }
        checkVocabulary(schema, into: &diagnostics)
        checkSemantics(schema, into: &diagnostics)
    }

    /// Returns every diagnostic of `schema` (convenience for schemas built in code).
    public static func diagnostics(of schema: Schema) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        check(schema, into: &diagnostics)
        return diagnostics
    }

    private static func checkTable(_ table: Table, at path: String, into diagnostics: inout [Diagnostic]) {
        if table.columns.isEmpty {
            diagnostics.append(Diagnostic(.error, at: "\(path).columns", "table \"\(table.name)\" has no columns"))
        }
        if table.description.trimmingCharacters(in: .whitespaces).isEmpty {
            diagnostics.append(Diagnostic(.warning, at: "\(path).description", "missing description of table \"\(table.name)\""))
        }
        if table.subjectArea.trimmingCharacters(in: .whitespaces).isEmpty {
            diagnostics.append(Diagnostic(.warning, at: "\(path).subject_area", "missing subject area of table \"\(table.name)\" (its name is used)"))
        }
        var columnIndex: [String: Int] = [:]
        for (index, column) in table.columns.enumerated() {
            let columnPath = "\(path).columns[\(index)]"
            let key = column.name.lowercased()
            if let first = columnIndex[key] {
                diagnostics.append(Diagnostic(.error, at: "\(columnPath).name",
                                              "duplicate column name \"\(column.name)\" in table \"\(table.name)\" (first at \(path).columns[\(first)])"))
            } else {
                columnIndex[key] = index
            }
            checkName(column.name, what: "column name", at: "\(columnPath).name", into: &diagnostics)
            if column.type.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.append(Diagnostic(.error, at: "\(columnPath).type", "missing SQL type of column \"\(table.name).\(column.name)\""))
            } else if !SQLTypeName.isValid(column.type) {
                diagnostics.append(Diagnostic(.error, at: "\(columnPath).type",
                                              "SQL type \"\(column.type.debugDescription.dropFirst().dropLast())\" of column \"\(table.name).\(column.name)\" is not a type name: expected words such as integer or character varying, optionally followed by (n) or (p, s)"))
            }
            if column.description.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.append(Diagnostic(.warning, at: "\(columnPath).description",
                                              "missing description of column \"\(table.name).\(column.name)\""))
            }
        }
        for (index, name) in table.primaryKey.enumerated() where table.column(named: name) == nil {
            diagnostics.append(Diagnostic(.error, at: "\(path).primary_key[\(index)]",
                                          "primary key names unknown column \"\(name)\" of table \"\(table.name)\""))
        }
    }

    /// Longest table or column name accepted, in UTF-8 bytes (PostgreSQL's limit is 63, Oracle's
    /// 128, SQL Server's 128 characters): a name past it is refused where the schema is read.
    public static let maxIdentifierBytes = 128

    /// A name must be non-empty, at most ``maxIdentifierBytes`` long and free of control characters
    /// (a NUL would cut it short in C APIs).
    private static func checkName(_ name: String, what: String, at path: String, into diagnostics: inout [Diagnostic]) {
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            diagnostics.append(Diagnostic(.error, at: path, "empty \(what)"))
        } else if name.utf8.count > maxIdentifierBytes {
            diagnostics.append(Diagnostic(.error, at: path, "\(what) \(String(name.prefix(40)).debugDescription)... is \(name.utf8.count) bytes long; names may be at most \(maxIdentifierBytes) bytes (UTF-8)"))
        } else if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            diagnostics.append(Diagnostic(.error, at: path, "\(what) \(name.debugDescription) holds a control character"))
        }
    }

    private static func checkForeignKey(_ key: ForeignKey, in schema: Schema, at path: String,
                                        into diagnostics: inout [Diagnostic]) {
        let child = schema.table(named: key.childTable)
        let parent = schema.table(named: key.parentTable)
        if child == nil {
            diagnostics.append(Diagnostic(.error, at: "\(path).child_table", "unknown table \"\(key.childTable)\""))
        }
        if parent == nil {
            diagnostics.append(Diagnostic(.error, at: "\(path).parent_table", "unknown table \"\(key.parentTable)\""))
        }
        if key.childColumns.isEmpty {
            diagnostics.append(Diagnostic(.error, at: "\(path).child_columns", "a foreign key needs at least one column"))
        }
        if key.childColumns.count != key.parentColumns.count {
            diagnostics.append(Diagnostic(.error, at: "\(path).parent_columns",
                                          "\(key.childColumns.count) child column(s) but \(key.parentColumns.count) parent column(s)"))
        }
        var childColumns: [Column?] = []
        for (index, name) in key.childColumns.enumerated() {
            let column = child?.column(named: name)
            if let child, column == nil {
                diagnostics.append(Diagnostic(.error, at: "\(path).child_columns[\(index)]",
                                              "unknown column \"\(name)\" in table \"\(child.name)\""))
            }
            childColumns.append(column)
        }
        for (index, name) in key.parentColumns.enumerated() {
            let column = parent?.column(named: name)
            if let parent, column == nil {
                diagnostics.append(Diagnostic(.error, at: "\(path).parent_columns[\(index)]",
                                              "unknown column \"\(name)\" in table \"\(parent.name)\""))
            }
            if index < childColumns.count, let childColumn = childColumns[index], let column,
               !childColumn.typeFamily.isCompatible(with: column.typeFamily) {
                diagnostics.append(Diagnostic(.error, at: "\(path).child_columns[\(index)]",
                                              "type mismatch: \(key.childTable).\(childColumn.name) is \(childColumn.type) but \(key.parentTable).\(column.name) is \(column.type)"))
            }
        }
    }
}
