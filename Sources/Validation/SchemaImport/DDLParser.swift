import Model

/// Reads the statements of a DDL script written for SQLite, PostgreSQL (pg_dump) or MySQL
/// (mysqldump) into a ``DDLCatalog``. Statements that declare no table, column, key or comment
/// (`SET`, `CREATE INDEX`, `CREATE SEQUENCE`, `GRANT`, `OWNER TO`, data) are passed over; a
/// constraint or table form it cannot read is a warning, a malformed table an error.
struct DDLParser {
    private(set) var catalog = DDLCatalog()

    mutating func read(_ statement: DDLScript.Statement) throws(SchemaImportError) {
        var tokens = DDLTokens(statement.sql)
        let line = statement.line
        if tokens.take("CREATE") {
            _ = tokens.take("OR", "REPLACE")
            _ = tokens.take("GLOBAL") || tokens.take("LOCAL")
            _ = tokens.take("TEMPORARY") || tokens.take("TEMP") || tokens.take("UNLOGGED")
            if tokens.take("TABLE") {
                try createTable(&tokens, line: line)
            } else if tokens.take("TYPE") {
                createType(&tokens)
            } else if tokens.at("VIEW") || tokens.at("MATERIALIZED", "VIEW") {
                _ = tokens.take("MATERIALIZED")
                tokens.index += 1
                _ = tokens.take("IF", "NOT", "EXISTS")
                let name = tokens.qualifiedName()?.last ?? "?"
                catalog.warn(line, "view \(name) not imported (a schema file holds tables only)")
            }
        } else if tokens.take("ALTER", "TABLE") {
            try alterTable(&tokens, line: line)
        } else if tokens.take("COMMENT", "ON") {
            comment(&tokens, line: line)
        }
    }

    // MARK: CREATE TABLE

    private mutating func createTable(_ tokens: inout DDLTokens, line: Int) throws(SchemaImportError) {
        _ = tokens.take("IF", "NOT", "EXISTS")
        guard let name = tokens.qualifiedName(), let tableName = name.last else {
            throw SchemaImportError(message: "statement at line \(line): CREATE TABLE without a table name")
        }
        if tokens.at("AS") || tokens.at("PARTITION", "OF") || tokens.at("OF") {
            catalog.warn(line, "table \(tableName) is declared without its columns (AS, OF or PARTITION OF): not imported")
            return
        }
        guard tokens.takeSymbol("(") else {
            throw SchemaImportError(message: "statement at line \(line): expected ( after CREATE TABLE \(tableName)")
        }
        var table = Table(name: tableName, kind: .dimension, subjectArea: "", description: "", primaryKey: [], columns: [])
        while !tokens.takeSymbol(")") {
            guard !tokens.isAtEnd else {
                throw SchemaImportError(message: "statement at line \(line): CREATE TABLE \(tableName) ends before its closing )")
            }
            if isTableConstraint(tokens) {
                try tableConstraint(&tokens, table: &table, line: line)
            } else {
                try column(&tokens, table: &table, line: line)
            }
            tokens.skipToElementEnd()
            if !tokens.takeSymbol(","), !tokens.atSymbol(")") {
                throw SchemaImportError(message: "statement at line \(line): unexpected \(tokens.current?.text ?? "end") in CREATE TABLE \(tableName)")
            }
        }
        if table.columns.isEmpty {
            throw SchemaImportError(message: "statement at line \(line): table \(tableName) has no columns")
        }
        tableOptions(&tokens, table: &table, line: line)
        let schemaName = name.count > 1 ? name[name.count - 2] : nil
        catalog.tables.append(DDLCatalog.TableEntry(table: table, schemaName: schemaName, line: line))
    }

    private func isTableConstraint(_ tokens: DDLTokens) -> Bool {
        guard let first = tokens.current, first.kind == .word else { return false }
        switch first.upper {
        case "CONSTRAINT", "PRIMARY", "FOREIGN", "CHECK", "EXCLUDE", "LIKE", "FULLTEXT", "SPATIAL":
            return true
        case "UNIQUE", "KEY", "INDEX":
            // `KEY idx (a)`, `UNIQUE KEY u (a)`, `INDEX (a)`; not a column named key with a type.
            var offset = 1
            if tokens.peek(offset)?.isWord("KEY") == true || tokens.peek(offset)?.isWord("INDEX") == true { offset += 1 }
            if tokens.peek(offset)?.text == "(" { return true }
            guard tokens.peek(offset + 1)?.text == "(", let inside = tokens.peek(offset + 2) else { return false }
            return inside.kind == .word || inside.kind == .quotedIdentifier
        default:
            return false
        }
    }

    private mutating func tableConstraint(_ tokens: inout DDLTokens, table: inout Table, line: Int) throws(SchemaImportError) {
        if tokens.take("CONSTRAINT") { _ = tokens.identifier() }
        if tokens.take("PRIMARY", "KEY") {
            if !tokens.atSymbol("(") { _ = tokens.identifier() }
            guard let columns = tokens.identifierList() else {
                throw SchemaImportError(message: "statement at line \(line): cannot read the PRIMARY KEY of \(table.name)")
            }
            table.primaryKey = columns
        } else if tokens.take("FOREIGN", "KEY") {
            if !tokens.atSymbol("(") { _ = tokens.identifier() }
            guard let columns = tokens.identifierList(), let key = references(&tokens, child: table.name, columns: columns) else {
                throw SchemaImportError(message: "statement at line \(line): cannot read a FOREIGN KEY of \(table.name)")
            }
            catalog.foreignKeys.append(DDLCatalog.KeyEntry(key: key, line: line))
        } else if tokens.take("EXCLUDE") {
            catalog.warn(line, "EXCLUDE constraint of \(table.name) not imported")
        } else if tokens.take("LIKE") {
            throw SchemaImportError(message: "statement at line \(line): CREATE TABLE \(table.name) (LIKE ...) is not supported: write its columns")
        } else if tokens.at("UNIQUE") || tokens.at("CHECK") || tokens.at("KEY") || tokens.at("INDEX") || tokens.at("FULLTEXT") || tokens.at("SPATIAL") {
            // Understood; the schema file has no place for unique keys, checks or indexes.
        } else {
            catalog.warn(line, "constraint of \(table.name) not read: \(tokens.current?.text ?? "")")
        }
    }

    /// `REFERENCES parent [(columns)]` and its `ON DELETE`, `MATCH`, `DEFERRABLE` clauses (skipped).
    private mutating func references(_ tokens: inout DDLTokens, child: String, columns: [String]) -> ForeignKey? {
        guard tokens.take("REFERENCES"), let parent = tokens.qualifiedName()?.last else { return nil }
        var parentColumns: [String] = []
        if tokens.atSymbol("(") {
            guard let list = tokens.identifierList() else { return nil }
            parentColumns = list
        }
        return ForeignKey(childTable: child, childColumns: columns, parentTable: parent, parentColumns: parentColumns)
    }

    private static let columnConstraintWords: Set<String> = [
        "NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE", "REFERENCES", "CHECK", "COLLATE", "GENERATED", "CONSTRAINT",
        "AUTO_INCREMENT", "AUTOINCREMENT", "COMMENT", "ON", "AS", "IDENTITY", "KEY", "CHARSET", "VISIBLE", "INVISIBLE",
        "STORAGE", "COMPRESSION", "COLUMN_FORMAT",
    ]

    private mutating func column(_ tokens: inout DDLTokens, table: inout Table, line: Int) throws(SchemaImportError) {
        guard let name = tokens.identifier() else {
            throw SchemaImportError(message: "statement at line \(line): expected a column name in CREATE TABLE \(table.name), found \(tokens.current?.text ?? "end")")
        }
        let typeTokens = tokens.collect { token, tokens in
            token.kind == .word && (DDLParser.columnConstraintWords.contains(token.upper)
                || (token.isWord("CHARACTER") && tokens.peek(1)?.isWord("SET") == true))
        }
        var normalized = DDLTypeName.normalize(typeTokens)
        if let values = catalog.enumTypes[normalized.type] {
            normalized = DDLTypeName.Normalized(type: "text", values: values)
        }
        if let note = normalized.note { catalog.warn(line, "\(table.name).\(name): \(note)") }
        var column = Column(name: name, type: normalized.type)
        if !normalized.values.isEmpty {
            column.description = "One of " + normalized.values.map { "'\($0)'" }.joined(separator: ", ") + "."
        }
        var isPrimaryKey = false
        while let token = tokens.current, !(token.kind == .symbol && (token.text == "," || token.text == ")")) {
            if tokens.take("NOT", "NULL") {
                column.nullable = false
            } else if tokens.take("PRIMARY", "KEY") {
                isPrimaryKey = true
            } else if tokens.at("REFERENCES") {
                guard let key = references(&tokens, child: table.name, columns: [name]) else {
                    throw SchemaImportError(message: "statement at line \(line): cannot read the REFERENCES of \(table.name).\(name)")
                }
                catalog.foreignKeys.append(DDLCatalog.KeyEntry(key: key, line: line))
            } else if tokens.take("DEFAULT") {
                skipExpression(&tokens)
            } else if tokens.take("COMMENT") {
                _ = tokens.takeSymbol("=")
                if let current = tokens.current, let text = DDLTokens.stringValue(current) {
                    column.description = text
                    tokens.index += 1
                }
            } else if tokens.take("CONSTRAINT") || tokens.take("COLLATE") || tokens.take("CHARSET") || tokens.take("CHARACTER", "SET") {
                _ = tokens.qualifiedName()
            } else if tokens.take("ON", "UPDATE") {
                skipExpression(&tokens)
            } else if token.kind == .symbol, token.text == "(" {
                tokens.skipParenthesised()
            } else {
                tokens.index += 1 // NULL, UNIQUE, CHECK, GENERATED ... AS IDENTITY, AUTO_INCREMENT, AS, STORED ...
            }
        }
        if isPrimaryKey {
            table.primaryKey = [name]
            column.nullable = false
        }
        table.columns.append(column)
    }

    /// Skips a `DEFAULT` (or `ON UPDATE`) expression: at least one token, then up to the next
    /// column constraint, `,` or `)` at depth 0 (`DEFAULT 'a'::character varying NOT NULL`).
    private func skipExpression(_ tokens: inout DDLTokens) {
        _ = tokens.collect(atLeastOne: true) { token, _ in
            token.kind == .word && ["NOT", "PRIMARY", "UNIQUE", "REFERENCES", "CHECK", "COLLATE", "GENERATED", "CONSTRAINT",
                                    "AUTO_INCREMENT", "COMMENT", "ON", "NULL"].contains(token.upper)
        }
    }

    /// Options after the closing `)`: MySQL's `COMMENT='...'` becomes the description;
    /// `INHERITS (...)` is a warning (inherited columns are not imported).
    private mutating func tableOptions(_ tokens: inout DDLTokens, table: inout Table, line: Int) {
        while let token = tokens.current {
            if token.isWord("COMMENT") {
                tokens.index += 1
                _ = tokens.takeSymbol("=")
                if let current = tokens.current, let text = DDLTokens.stringValue(current) { table.description = text }
            } else if token.isWord("INHERITS") {
                catalog.warn(line, "\(table.name) INHERITS columns of another table: inherited columns not imported")
            }
            tokens.index += 1
        }
    }

    private mutating func createType(_ tokens: inout DDLTokens) {
        guard let name = tokens.qualifiedName()?.last, tokens.take("AS", "ENUM"), tokens.takeSymbol("(") else { return }
        var values: [String] = []
        while let token = tokens.next(), !(token.kind == .symbol && token.text == ")") {
            if let text = DDLTokens.stringValue(token) { values.append(text) }
        }
        catalog.enumTypes[name.lowercased()] = values
    }

    // MARK: ALTER TABLE, COMMENT ON

    private mutating func alterTable(_ tokens: inout DDLTokens, line: Int) throws(SchemaImportError) {
        _ = tokens.take("IF", "EXISTS")
        _ = tokens.take("ONLY")
        guard let table = tokens.qualifiedName()?.last else {
            throw SchemaImportError(message: "statement at line \(line): ALTER TABLE without a table name")
        }
        repeat {
            try alterAction(&tokens, table: table, line: line)
            tokens.skipToElementEnd()
        } while tokens.takeSymbol(",")
    }

    private mutating func alterAction(_ tokens: inout DDLTokens, table: String, line: Int) throws(SchemaImportError) {
        guard tokens.take("ADD") else { return } // OWNER TO, ALTER COLUMN ... SET DEFAULT, ENABLE ..., REPLICA IDENTITY ...
        let named = tokens.take("CONSTRAINT")
        if named { _ = tokens.identifier() }
        if tokens.take("PRIMARY", "KEY") {
            guard let columns = tokens.identifierList() else {
                throw SchemaImportError(message: "statement at line \(line): cannot read the PRIMARY KEY added to \(table)")
            }
            catalog.primaryKeys.append(DDLCatalog.PrimaryKeyEntry(table: table, columns: columns, line: line))
        } else if tokens.take("FOREIGN", "KEY") {
            if !tokens.atSymbol("(") { _ = tokens.identifier() }
            guard let columns = tokens.identifierList(), let key = references(&tokens, child: table, columns: columns) else {
                throw SchemaImportError(message: "statement at line \(line): cannot read the FOREIGN KEY added to \(table)")
            }
            catalog.foreignKeys.append(DDLCatalog.KeyEntry(key: key, line: line))
        } else if tokens.at("UNIQUE") || tokens.at("CHECK") || tokens.at("KEY") || tokens.at("INDEX") || tokens.at("FULLTEXT") || tokens.at("SPATIAL") {
            // Understood; not part of a schema file.
        } else if !named, tokens.take("COLUMN") || (tokens.current.map { $0.kind == .quotedIdentifier || ($0.kind == .word && !["EXCLUDE", "PARTITION"].contains($0.upper)) } ?? false) {
            guard let index = catalog.tables.lastIndex(where: { $0.table.name.lowercased() == table.lowercased() }) else {
                throw SchemaImportError(message: "statement at line \(line): ALTER TABLE \(table) ADD COLUMN: no such table")
            }
            var entry = catalog.tables[index].table
            try column(&tokens, table: &entry, line: line)
            catalog.tables[index].table = entry
        } else {
            catalog.warn(line, "ALTER TABLE \(table) ADD ... not read: \(tokens.current?.text ?? "end")")
        }
    }

    private mutating func comment(_ tokens: inout DDLTokens, line: Int) {
        let onColumn = tokens.take("COLUMN")
        guard onColumn || tokens.take("TABLE"), let name = tokens.qualifiedName(), tokens.take("IS") else { return }
        guard let token = tokens.current, let text = DDLTokens.stringValue(token) else { return } // IS NULL
        if onColumn {
            guard name.count >= 2 else { return }
            catalog.comments.append(DDLCatalog.CommentEntry(table: name[name.count - 2], column: name[name.count - 1], text: text, line: line))
        } else if let table = name.last {
            catalog.comments.append(DDLCatalog.CommentEntry(table: table, column: nil, text: text, line: line))
        }
    }
}
