import Foundation
import Model
import PostgreSQL

/// A populated PostgreSQL database of the user's (`--database-url URL`, `database.url`),
/// generated on instead of the synthetic one through a ``ReadOnlySession`` only. Its fingerprint
/// (the columns of the connection's current schema as the catalog lists them, and the row count of
/// every schema table) goes into the manifest; every table and column of the schema must be in it
/// and readable by the role.
enum UserPostgresDatabase {
    static func source(url: String, schema: Schema) throws(RunError) -> DatabaseSource {
        let place = "the PostgreSQL database \(PostgresURL.redacted(url)) (--database-url, database.url)"
        let session: ReadOnlySession
        do {
            session = try ReadOnlySession(url: url)
        } catch {
            throw RunError("cannot use \(place): \(error.message)")
        }
        do {
            let catalog = try session.run("""
                SELECT table_name::text, column_name::text, data_type::text, is_nullable::text
                FROM information_schema.columns WHERE table_schema = current_schema()
                ORDER BY table_name, ordinal_position
                """)
            var present: [String: Set<String>] = [:]
            for row in catalog.rows {
                present[row[0].description.lowercased(), default: []].insert(row[1].description.lowercased())
            }
            var counts: [String: Int] = [:]
            for table in schema.tables {
                guard let columns = present[table.name.lowercased()] else {
                    throw RunError("\(place) has no table \(table.name) of the schema that the role may read (in its current schema; GRANT SELECT, docs/postgresql.md)")
                }
                if let missing = table.columns.first(where: { !columns.contains($0.name.lowercased()) }) {
                    throw RunError("\(place): table \(table.name) has no column \(missing.name) of the schema")
                }
                let count = try session.run("SELECT count(*) FROM \(PostgresConnection.quoteIdentifier(table.name))")
                if case .integer(let rows)? = count.rows.first?.first { counts[table.name] = Int(rows) }
            }
            let lines = catalog.rows.map { $0.map(\.description).joined(separator: " ") }
            return DatabaseSource(engine: "postgresql", version: session.serverVersion,
                                  schemaSHA256: SHA256.hex(of: Array(lines.joined(separator: "\n").utf8)), rowCounts: counts)
        } catch let error as RunError {
            throw error
        } catch {
            throw RunError("cannot read \(place): \(error)")
        }
    }
}
