import Foundation
import Model
import PostgreSQL
import SQLite
import SyntheticData
import Testing
import TestSupport
import Validation

/// `db load`: the synthetic rows in PostgreSQL are those of the SQLite build of the same seed.
@Suite(.enabled(if: PostgresTestServer.isEnabled, "needs the PostgreSQL server programs (Debian: postgresql)"))
struct PostgresLoadTests {
    @Test func theSameSeedGivesTheSameRowsOnBothEngines() throws {
        let server = try PostgresTestServer.shared()
        let database = try server.createDatabase()
        let schema = try SchemaLoader.load(path: Fixtures.tpcdsSchema).schema
        let builder = SyntheticDatabaseBuilder(schema: schema, seed: 7, scale: 0.05)
        let report = try PostgresLoader(builder: builder).load(url: server.url(database: database))
        #expect(report.skippedForeignKeys.isEmpty)
        let sqlite = try Connection(path: ":memory:")
        #expect(try builder.build(into: sqlite) == report.synthetic)
        let postgres = try PostgresConnection(url: server.url(database: database))
        for table in schema.tables {
            let names = table.columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
            let statement = try sqlite.prepare("SELECT \(names) FROM \"\(table.name)\"")
            var expected: [[SQLValue]] = []
            while try statement.step() { expected.append(statement.row()) }
            let loaded = try postgres.query("SELECT \(names) FROM \"\(table.name)\"").rows
            // Compared as multisets: numbers rounded (a whole decimal is an integer in SQLite), char(n) without padding.
            let check = CrossEngineCheck.compare(sql: "SELECT", sqlite: expected, other: loaded, engine: "postgresql")
            #expect(check.outcome == .agree, "table \(table.name): \(check.message ?? "")")
            #expect(loaded.count == report.synthetic.rowCounts[table.name])
        }
        let keys = try postgres.query("SELECT count(*) FROM pg_constraint WHERE contype = 'f'").rows
        #expect(keys == [[.integer(Int64(schema.foreignKeys.count))]])
        // A second load into the same database is refused and changes nothing.
        #expect { try PostgresLoader(builder: builder).load(url: server.url(database: database)) } throws: { error in
            "\(error)".contains("is not empty")
        }
    }
}
