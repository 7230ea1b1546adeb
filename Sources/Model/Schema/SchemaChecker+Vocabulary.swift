extension SchemaChecker {
    /// The most words a column label should have; longer labels make long questions.
    public static let maximumLabelWords = VocabularyDerivation.maximumLabelWords

    /// Warnings for vocabulary the file leaves out (each naming the derived value used instead), for
    /// labels over ``maximumLabelWords`` words and for labels repeated within a table; an error for a
    /// declared foreign-key role repeated among the keys from one child table to the same parent
    /// (a warning when one of the two is derived), since questions could not tell them apart.
    static func checkVocabulary(_ schema: Schema, into diagnostics: inout [Diagnostic]) {
        let vocabulary = SchemaVocabulary(schema: schema)
        for (tableIndex, table) in schema.tables.enumerated() {
            let path = "$.tables[\(tableIndex)]"
            if !isDeclared(table.entity?.singular) || !isDeclared(table.entity?.plural) {
                let entity = vocabulary.entity(of: table.name)
                diagnostics.append(Diagnostic(.warning, at: "\(path).entity",
                                              "missing entity of table \"\(table.name)\" (using \"\(entity.singular)\" / \"\(entity.plural)\")"))
            }
            var labelIndex: [String: Int] = [:]
            for (columnIndex, column) in table.columns.enumerated() {
                let columnPath = "\(path).columns[\(columnIndex)]"
                let name = "\(table.name).\(column.name)"
                let label = vocabulary.label(of: ColumnRef(table: table.name, column: column.name))
                if !isDeclared(column.label) {
                    diagnostics.append(Diagnostic(.warning, at: "\(columnPath).label", "missing label of column \"\(name)\" (using \"\(label)\")"))
                } else if case let words = label.split(separator: " ").count, words > maximumLabelWords {
                    diagnostics.append(Diagnostic(.warning, at: "\(columnPath).label",
                                                  "label \"\(label)\" of column \"\(name)\" has \(words) words; use at most \(maximumLabelWords)"))
                }
                if let first = labelIndex[label.lowercased()] {
                    diagnostics.append(Diagnostic(.warning, at: "\(columnPath).label",
                                                  "label \"\(label)\" of column \"\(name)\" repeats the label of \(path).columns[\(first)]"))
                } else {
                    labelIndex[label.lowercased()] = columnIndex
                }
            }
        }
        var roleIndex: [String: Int] = [:]
        for (index, key) in schema.foreignKeys.enumerated() {
            let path = "$.foreign_keys[\(index)]"
            let role = vocabulary.role(of: key)
            if !isDeclared(key.role) {
                diagnostics.append(Diagnostic(.warning, at: "\(path).role", "missing role of foreign key \"\(key.id)\" (using \"\(role)\")"))
            }
            let pair = VocabularyDerivation.rolePair(key, role: role)
            if let first = roleIndex[pair] {
                let bothDeclared = isDeclared(key.role) && isDeclared(schema.foreignKeys[first].role)
                diagnostics.append(Diagnostic(bothDeclared ? .error : .warning, at: "\(path).role",
                                              "role \"\(role)\" repeats the role of $.foreign_keys[\(first)] from \"\(key.childTable)\" to \"\(key.parentTable)\"; give each key its own role"))
            } else {
                roleIndex[pair] = index
            }
        }
    }

    private static func isDeclared(_ text: String?) -> Bool {
        VocabularyDerivation.declared(text) != nil
    }
}
