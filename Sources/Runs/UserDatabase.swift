import Foundation
import Model
import SQLite

/// A populated SQLite database of the user's, generated on instead of the synthetic one
/// (`--database PATH`, `database.path`): opened read-only, never written. Its fingerprint (schema
/// and row counts) goes into the manifest; every table and column of the schema must be in it.
enum UserDatabase {
    static func source(path: String, schema: Schema) throws(RunError) -> DatabaseSource {
        guard FileManager.default.fileExists(atPath: path) else {
            throw RunError("database \(path) (--database, database.path) does not exist")
        }
        do {
            let connection = try Connection(path: path, mode: .readOnly)
            try connection.execute("PRAGMA query_only = 1")
            let statements = try connection.prepare("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
            var ddl: [String] = []
            while try statements.step() { ddl.append(statements.value(at: 0).description) }
            var counts: [String: Int] = [:]
            for table in schema.tables {
                let columns = try connection.prepare("SELECT lower(name) FROM pragma_table_info(?)")
                try columns.bind([.text(table.name)])
                var present: Set<String> = []
                while try columns.step() { present.insert(columns.value(at: 0).description) }
                if present.isEmpty { throw RunError("database \(path) has no table \(table.name) of the schema") }
                if let missing = table.columns.first(where: { !present.contains($0.name.lowercased()) }) {
                    throw RunError("database \(path): table \(table.name) has no column \(missing.name) of the schema")
                }
                let count = try connection.prepare("SELECT count(*) FROM \"\(table.name.replacingOccurrences(of: "\"", with: "\"\""))\"")
                if try count.step(), case .integer(let rows) = count.value(at: 0) { counts[table.name] = Int(rows) }
            }
            return DatabaseSource(engine: "sqlite", version: Connection.libraryVersion,
                                  schemaSHA256: SHA256.hex(of: Array(ddl.joined(separator: "\n").utf8)), rowCounts: counts)
        } catch let error as RunError {
            throw error
        } catch {
            throw RunError("cannot read database \(path): \(error)")
        }
    }

    /// The fingerprint recorded as the identity's content hash: schema hash and row counts, sorted by table.
    static func fingerprint(_ source: DatabaseSource) -> String {
        let counts = source.rowCounts.keys.sorted().map { "\($0)=\(source.rowCounts[$0] ?? 0)" }
        return SHA256.hex(of: Array(([source.schemaSHA256] + counts).joined(separator: "\n").utf8))
    }
}
