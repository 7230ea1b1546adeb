import Model
import PostgreSQL

/// Reads a schema from a live PostgreSQL database's catalog: the tables of one namespace (default
/// `public`), their columns with types, `NOT NULL` and comments (`COMMENT ON`), primary and
/// foreign keys (composite included). A foreign key to a table outside the namespace is a warning.
enum PostgresCatalogImport {
    private static let separator = "\u{1F}"

    static func read(url: String, namespace: String) throws(SchemaImportError) -> DDLCatalog {
        do {
            let connection = try PostgresConnection(url: url)
            try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { _ = try? connection.execute("ROLLBACK") }
            let found = try connection.query("SELECT count(*) FROM pg_namespace WHERE nspname = $1", [namespace])
            guard found.rows.first?.first == .integer(1) else {
                throw SchemaImportError(message: "schema \(namespace) does not exist in the database at \(PostgresURL.redacted(url))")
            }
            var catalog = DDLCatalog()
            let tables = try connection.query("""
                SELECT c.oid::bigint, c.relname::text, coalesce(obj_description(c.oid, 'pg_class'), '')
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                ORDER BY c.relname
                """, [namespace])
            for row in tables.rows {
                guard case .integer(let oid) = row[0], case .text(let name) = row[1] else { continue }
                var table = Table(name: name, kind: .dimension, subjectArea: "", description: row[2].description, primaryKey: [], columns: [])
                let columns = try connection.query("""
                    SELECT a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                           coalesce(col_description(a.attrelid, a.attnum), ''),
                           (SELECT string_agg(e.enumlabel::text, E'\\x1f' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = a.atttypid)
                    FROM pg_attribute a
                    WHERE a.attrelid = $1::oid AND a.attnum > 0 AND NOT a.attisdropped
                    ORDER BY a.attnum
                    """, [String(oid)])
                for column in columns.rows {
                    guard case .text(let columnName) = column[0], case .text(let typeText) = column[1] else { continue }
                    let normalized = DDLTypeName.normalize(SQLLexer.tokens(in: typeText))
                    if let note = normalized.note { catalog.warn(0, "\(name).\(columnName): \(note)") }
                    var imported = Column(name: columnName, type: normalized.type, nullable: column[2] != .boolean(true),
                                          description: column[3].description)
                    if case .text(let labels) = column[4] {
                        imported.type = "text"
                        if imported.description.isEmpty {
                            imported.description = "One of " + labels.components(separatedBy: separator).map { "'\($0)'" }.joined(separator: ", ") + "."
                        }
                    }
                    table.columns.append(imported)
                }
                catalog.tables.append(DDLCatalog.TableEntry(table: table, schemaName: namespace, line: 0))
            }
            let constraints = try connection.query("""
                SELECT con.contype::text, c.relname::text, con.conname::text,
                       (SELECT string_agg(a.attname::text, E'\\x1f' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                        JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num),
                       coalesce(ref.relname::text, ''), coalesce(refn.nspname::text, ''),
                       (SELECT string_agg(a.attname::text, E'\\x1f' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                        JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num)
                FROM pg_constraint con
                JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_class ref ON ref.oid = con.confrelid LEFT JOIN pg_namespace refn ON refn.oid = ref.relnamespace
                WHERE n.nspname = $1 AND con.contype IN ('p', 'f') AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                ORDER BY c.relname, con.contype DESC, con.conname
                """, [namespace])
            for row in constraints.rows {
                guard case .text(let kind) = row[0], case .text(let table) = row[1] else { continue }
                let columns = row[3].description.components(separatedBy: separator)
                if kind == "p" {
                    catalog.primaryKeys.append(DDLCatalog.PrimaryKeyEntry(table: table, columns: columns, line: 0))
                    continue
                }
                guard case .text(let parent) = row[4], case .text(let parentNamespace) = row[5] else { continue }
                guard parentNamespace == namespace else {
                    catalog.warn(0, "foreign key \(row[2]) of \(table) references \(parentNamespace).\(parent), outside schema \(namespace): not imported")
                    continue
                }
                let key = ForeignKey(childTable: table, childColumns: columns, parentTable: parent,
                                     parentColumns: row[6].description.components(separatedBy: separator))
                catalog.foreignKeys.append(DDLCatalog.KeyEntry(key: key, line: 0))
            }
            return catalog
        } catch let error as SchemaImportError {
            throw error
        } catch {
            throw SchemaImportError(message: "\(error)")
        }
    }
}
