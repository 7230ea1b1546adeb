import Foundation
import Model
import SQLite

/// Builds a schema file from a DDL script or an existing SQLite database, with primary and
/// foreign keys. Descriptions are left empty (the loader lists them as missing); table kinds,
/// column roles and the vocabulary (entities, labels, foreign-key roles derived from names) are
/// inferred and worth reviewing.
public enum SchemaImporter {
    /// Imports the `CREATE TABLE` statements of a DDL script (warnings dropped: see
    /// ``importDDLReporting(_:name:)``).
    public static func importDDL(_ script: String, name: String) throws(SchemaImportError) -> Schema {
        try importDDLReporting(script, name: name).schema
    }

    /// Imports a DDL script written for SQLite, PostgreSQL (pg_dump output: schema-qualified names,
    /// `DEFAULT now()`, serial and identity columns, sequences, `::` casts, `ALTER TABLE ONLY ...
    /// ADD CONSTRAINT` primary and foreign keys, `COMMENT ON`) or MySQL (mysqldump: backticks,
    /// `ENGINE=`, `AUTO_INCREMENT`, `KEY idx (...)`, `enum(...)`, `COMMENT '...'`). A foreign key
    /// naming an unknown table or column is an error; a constraint or table it cannot read is a
    /// warning.
    public static func importDDLReporting(_ script: String, name: String) throws(SchemaImportError) -> ImportedSchema {
        var parser = DDLParser()
        for statement in DDLScript.split(script) {
            try parser.read(statement)
        }
        var (schema, warnings) = try parser.catalog.resolve(name: name)
        let schemas = Set(parser.catalog.tables.compactMap(\.schemaName)).sorted()
        if schemas.count > 1 {
            warnings.append(SchemaImportWarning(line: 0, message: "tables of several schemas (\(schemas.joined(separator: ", "))) imported together under their bare names"))
        }
        RoleInference.apply(to: &schema)
        return ImportedSchema(schema: schema.withDerivedVocabulary(), warnings: warnings)
    }

    /// Imports the tables of schema `namespace` of a live PostgreSQL database (a libpq URL) from
    /// its catalog, column comments included.
    public static func importPostgres(url: String, namespace: String = "public", name: String) throws(SchemaImportError) -> ImportedSchema {
        let catalog = try PostgresCatalogImport.read(url: url, namespace: namespace)
        if catalog.tables.isEmpty { throw SchemaImportError(message: "no tables found in schema \(namespace)") }
        var (schema, warnings) = try catalog.resolve(name: name)
        RoleInference.apply(to: &schema)
        return ImportedSchema(schema: schema.withDerivedVocabulary(), warnings: warnings)
    }

    /// Imports the tables of an SQLite database file.
    public static func importSQLite(path: String, name: String) throws(SchemaImportError) -> Schema {
        guard FileManager.default.fileExists(atPath: path) else {
            throw SchemaImportError(message: "database \(path) does not exist")
        }
        let connection: Connection
        do {
            connection = try Connection(path: path, mode: .readOnly)
        } catch {
            throw SchemaImportError(message: "cannot open \(path): \(error.message)")
        }
        var schema = try read(connection, name: name)
        RoleInference.apply(to: &schema)
        return schema.withDerivedVocabulary()
    }

    private static func read(_ connection: Connection, name: String) throws(SchemaImportError) -> Schema {
        do {
            let tableNames = try strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
            if tableNames.isEmpty { throw SchemaImportError(message: "no tables found") }
            var tables: [Table] = []
            var foreignKeys: [ForeignKey] = []
            for tableName in tableNames {
                let info = try connection.prepare("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid")
                try info.bind([.text(tableName)])
                var columns: [Column] = []
                var keyParts: [(Int64, String)] = []
                while try info.step() {
                    guard case .text(let columnName) = info.value(at: 0) else { continue }
                    let type: String
                    if case .text(let declared) = info.value(at: 1), !declared.isEmpty { type = declared.lowercased() } else { type = "text" }
                    let notNull = info.value(at: 2) == .integer(1)
                    var pk: Int64 = 0
                    if case .integer(let position) = info.value(at: 3) { pk = position }
                    if pk > 0 { keyParts.append((pk, columnName)) }
                    columns.append(Column(name: columnName, type: type, nullable: !notNull && pk == 0))
                }
                tables.append(Table(name: tableName, kind: .dimension, subjectArea: "", description: "",
                                    primaryKey: keyParts.sorted { $0.0 < $1.0 }.map(\.1), columns: columns))
                foreignKeys += try readForeignKeys(connection, table: tableName, tables: tables)
            }
            return Schema(name: name, tables: tables, foreignKeys: foreignKeys)
        } catch let error as SchemaImportError {
            throw error
        } catch let error as SQLiteError {
            throw SchemaImportError(message: error.message)
        } catch {
            throw SchemaImportError(message: "\(error)")
        }
    }

    private static func readForeignKeys(_ connection: Connection, table: String, tables: [Table]) throws -> [ForeignKey] {
        let list = try connection.prepare("SELECT id, seq, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq")
        try list.bind([.text(table)])
        var grouped: [(id: Int64, key: ForeignKey)] = []
        while try list.step() {
            guard case .integer(let id) = list.value(at: 0), case .text(let parent) = list.value(at: 2),
                  case .text(let from) = list.value(at: 3) else { continue }
            var to = ""
            if case .text(let target) = list.value(at: 4) { to = target }
            if let index = grouped.firstIndex(where: { $0.id == id }) {
                grouped[index].key.childColumns.append(from)
                grouped[index].key.parentColumns.append(to)
            } else {
                grouped.append((id, ForeignKey(childTable: table, childColumns: [from], parentTable: parent, parentColumns: [to])))
            }
        }
        // SQLite lists the newest constraint first; keep declaration order. A missing parent column
        // list means "the parent's primary key".
        return grouped.reversed().map { entry in
            var key = entry.key
            if key.parentColumns.allSatisfy(\.isEmpty),
               let parent = tables.first(where: { $0.name.lowercased() == key.parentTable.lowercased() }) {
                key.parentColumns = parent.primaryKey
            }
            return key
        }
    }

    private static func strings(_ connection: Connection, _ sql: String) throws -> [String] {
        let statement = try connection.prepare(sql)
        var result: [String] = []
        while try statement.step() {
            if case .text(let text) = statement.value(at: 0) { result.append(text) }
        }
        return result
    }
}

/// An imported schema and what the importer could not read.
public struct ImportedSchema: Sendable {
    public var schema: Schema
    public var warnings: [SchemaImportWarning]
}

/// A schema that could not be imported.
public struct SchemaImportError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
