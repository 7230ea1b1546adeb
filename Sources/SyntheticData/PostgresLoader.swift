import Model
import PostgreSQL
import SQLite

/// Loads the synthetic database of a schema, seed and scale into an empty PostgreSQL database:
/// the rows are those ``SyntheticDatabaseBuilder`` writes into SQLite (built in memory, then
/// copied with `COPY`), so the same seed gives the same rows on both engines. Tables, then their
/// primary keys and foreign keys, are created in one transaction: a failed load leaves nothing.
public struct PostgresLoader {
    public let builder: SyntheticDatabaseBuilder

    public init(builder: SyntheticDatabaseBuilder) { self.builder = builder }

    /// What a load wrote, and the foreign keys PostgreSQL could not declare (their parent
    /// columns are not the parent's primary key).
    public struct Report: Sendable {
        public var synthetic: SyntheticDatabaseReport
        public var skippedForeignKeys: [ForeignKey]
    }

    /// Loads into the database at `url` (a libpq URL), which must not hold any of the schema's tables.
    public func load(url: String) throws -> Report {
        let schema = builder.schema
        let source = try Connection(path: ":memory:")
        let synthetic = try builder.build(into: source)
        let target = try PostgresConnection(url: url)
        let existing = try target.query("SELECT lower(table_name::text) FROM information_schema.tables WHERE table_schema = current_schema()").firstColumnTexts
        if let clash = schema.tables.first(where: { existing.contains($0.name.lowercased()) }) {
            throw PostgresLoadError(message: "\(PostgresURL.redacted(url)) is not empty: table \(clash.name) exists (load into an empty database)")
        }
        try target.execute("BEGIN")
        do {
            for table in schema.tables {
                let columns = table.columns.map { "\(PostgresConnection.quoteIdentifier($0.name)) \(PostgresLoader.type(of: $0))\($0.nullable ? "" : " NOT NULL")" }
                try target.execute("CREATE TABLE \(PostgresConnection.quoteIdentifier(table.name)) (\(columns.joined(separator: ", ")))")
                try copy(table, from: source, to: target)
            }
            for table in schema.tables where !table.primaryKey.isEmpty {
                try target.execute("ALTER TABLE \(PostgresConnection.quoteIdentifier(table.name)) ADD PRIMARY KEY (\(table.primaryKey.map(PostgresConnection.quoteIdentifier).joined(separator: ", ")))")
            }
            var skipped: [ForeignKey] = []
            for key in schema.foreignKeys {
                guard let parent = schema.table(named: key.parentTable),
                      parent.primaryKey.map({ $0.lowercased() }) == key.parentColumns.map({ $0.lowercased() }) else {
                    skipped.append(key)
                    continue
                }
                let child = key.childColumns.map(PostgresConnection.quoteIdentifier).joined(separator: ", ")
                let parentColumns = key.parentColumns.map(PostgresConnection.quoteIdentifier).joined(separator: ", ")
                try target.execute("ALTER TABLE \(PostgresConnection.quoteIdentifier(key.childTable)) ADD FOREIGN KEY (\(child)) REFERENCES \(PostgresConnection.quoteIdentifier(key.parentTable)) (\(parentColumns))")
            }
            try target.execute("COMMIT")
            _ = try? target.execute("ANALYZE")
            return Report(synthetic: synthetic, skippedForeignKeys: skipped)
        } catch {
            _ = try? target.execute("ROLLBACK")
            throw error
        }
    }

    private func copy(_ table: Table, from source: Connection, to target: PostgresConnection) throws {
        let names = table.columns.map { PostgresConnection.quoteIdentifier($0.name) }.joined(separator: ", ")
        let order = table.primaryKey.isEmpty ? "rowid" : table.primaryKey.map(PostgresConnection.quoteIdentifier).joined(separator: ", ")
        let statement = try source.prepare("SELECT \(names) FROM \(PostgresConnection.quoteIdentifier(table.name)) ORDER BY \(order)")
        var lines: [String] = []
        while try statement.step() {
            lines.append(statement.row().map(PostgresLoader.copyText).joined(separator: "\t") + "\n")
        }
        let columns = table.columns.map { PostgresConnection.quoteIdentifier($0.name) }.joined(separator: ", ")
        try target.copyIn("COPY \(PostgresConnection.quoteIdentifier(table.name)) (\(columns)) FROM STDIN", lines: lines)
    }

    /// A value in `COPY` text format: `\N` for NULL, backslash, tab and line breaks escaped.
    static func copyText(_ value: SQLValue) -> String {
        switch value {
        case .null: return "\\N"
        case .integer(let number): return String(number)
        case .real(let number): return String(number)
        case .text(let text):
            var escaped = ""
            for character in text.unicodeScalars {
                switch character {
                case "\\": escaped += "\\\\"
                case "\t": escaped += "\\t"
                case "\n": escaped += "\\n"
                case "\r": escaped += "\\r"
                default: escaped.unicodeScalars.append(character)
                }
            }
            return escaped
        case .blob(let bytes):
            return "\\\\x" + bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }

    /// The PostgreSQL type of a column: its declared type, except for names PostgreSQL lacks.
    static func type(of column: Column) -> String {
        let declared = column.type.lowercased()
        let base = declared.prefix { $0 != "(" }.trimmingCharacters(in: .whitespaces)
        switch base {
        case "datetime": return "timestamp"
        case "double": return "double precision"
        case "tinyint", "mediumint": return "smallint"
        case "blob", "longblob": return "bytea"
        case "clob", "string", "longtext", "mediumtext", "tinytext": return "text"
        case "float": return "double precision"
        default: return declared
        }
    }
}
