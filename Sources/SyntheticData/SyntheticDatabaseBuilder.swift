import Foundation
import Model
import SQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds a deterministic synthetic SQLite database for a schema: tables filled parents first,
/// every non-null foreign-key value pointing at an existing parent row, primary keys unique.
/// Tables of TPC-DS (by table and column name) get TPC-DS-shaped values; any other table gets
/// values that look like its domain, by what each column means (``ColumnRecipes``).
///
/// The same schema, seed and scale give the same content hash and the same file bytes.
public struct SyntheticDatabaseBuilder: Sendable {
    /// The schema whose tables are created and filled.
    public let schema: Schema
    /// The seed of every random choice; each table draws from its own named stream.
    public let seed: UInt64
    /// Size multiplier: about 100 rows per dimension and 3,000 per fact table at 1.0 (TPC-DS
    /// tables have their own sizes; the calendar tables do not scale).
    public let scale: Double

    public init(schema: Schema, seed: UInt64, scale: Double = 1.0) {
        self.schema = schema
        self.seed = seed
        self.scale = scale
    }

    /// Creates the tables (`schema.createTableStatements()`) and fills them, inside one transaction.
    public func build(into connection: Connection) throws -> SyntheticDatabaseReport {
        let (data, plan) = try generate()
        try DatabaseWriter.write(schema: schema, data: data, order: plan.order, into: connection)
        let hash: String
        do {
            hash = try DatabaseContentHash.sha256(of: connection, schema: schema)
        } catch let error as SQLiteError {
            throw SyntheticDataError.sqlite(context: "hashing the content", error: error)
        }
        var counts: [String: Int] = [:]
        for table in schema.tables { counts[table.name] = data.table(table.name)?.count ?? 0 }
        return SyntheticDatabaseReport(rowCounts: counts, contentSHA256: hash)
    }

    /// Creates a new database file at `path` (replacing any existing file atomically: it is
    /// written to `path + ".tmp"`, then renamed) and fills it.
    public func build(path: String) throws -> SyntheticDatabaseReport {
        let temporary = path + ".tmp"
        let files = FileManager.default
        for stale in [temporary, temporary + "-journal"] where files.fileExists(atPath: stale) {
            do { try files.removeItem(atPath: stale) } catch {
                throw SyntheticDataError.fileSystem(path: stale, message: "cannot remove the leftover file: \(error.localizedDescription)")
            }
        }
        let report: SyntheticDatabaseReport
        do {
            report = try buildFile(at: temporary)
        } catch {
            try? files.removeItem(atPath: temporary)
            try? files.removeItem(atPath: temporary + "-journal")
            throw error
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? files.removeItem(atPath: temporary)
            throw SyntheticDataError.fileSystem(path: path, message: "cannot move \(temporary) into place: \(reason)")
        }
        return report
    }

    /// Builds into a fresh file; the connection is closed when this returns.
    private func buildFile(at path: String) throws -> SyntheticDatabaseReport {
        let connection: Connection
        do {
            connection = try Connection(path: path, mode: .create)
            try connection.execute("PRAGMA synchronous = OFF")
        } catch {
            throw SyntheticDataError.fileSystem(path: path, message: error.message)
        }
        return try build(into: connection)
    }

    /// Generates every table in memory, in fill order.
    func generate() throws(SyntheticDataError) -> (GeneratedData, FillPlan) {
        guard scale.isFinite, scale > 0 else { throw .invalidScale(scale) }
        let plan = try FillPlan(schema: schema)
        let data = GeneratedData(schema: schema, scale: scale)
        let window = DateWindow.of(schema)
        for position in plan.order {
            let table = schema.tables[position]
            let name = table.name.lowercased()
            let deferred = Set(plan.deferred.filter { $0.child == name }.flatMap(\.childPositions))
            let generator = TableGenerator(table: table, keys: plan.immediate[name] ?? [], deferredPositions: deferred, seed: seed,
                                           window: window)
            data.store(try generator.generate(data: data, profile: TPCDSProfiles.profile(for: table)))
        }
        try DeferredKeyFiller.fill(plan: plan, data: data, seed: seed)
        return (data, plan)
    }
}
