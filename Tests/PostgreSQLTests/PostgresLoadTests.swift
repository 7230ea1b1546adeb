import Foundation
import Model
import PostgreSQL
import SQLite
import SyntheticData
import Testing
import TestSupport

/// `db load`: the synthetic rows in PostgreSQL are those of the SQLite build of the same seed.
@Suite(.enabled(if: PostgresTestServer.isEnabled, "needs the PostgreSQL server programs (Debian: postgresql)"))
struct PostgresLoadTests {
    /// The rows of `table` as sorted text lines: numbers to four decimals (SQLite keeps a whole decimal
    /// as an integer), fixed-width char values without their padding.
    static func lines(_ rows: [[String]]) -> [String] {
        rows.map { $0.joined(separator: "|") }.sorted()
    }

    static func text(_ value: SQLValue) -> String {
        switch value {
        case .null: return "NULL"
        case .integer(let number): return String(format: "%.4f", Double(number))
        case .real(let number): return String(format: "%.4f", number)
        case .text(let text): return text.replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        case .blob(let bytes): return bytes.description
        }
    }

    static func text(_ value: PostgresValue) -> String {
        switch value {
        case .null: return "NULL"
        case .integer(let number): return String(format: "%.4f", Double(number))
        case .real(let number): return String(format: "%.4f", number)
        case .text(let text): return text.replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        case .boolean(let flag): return flag ? "1" : "0"
        case .bytes(let bytes): return bytes.description
        }
    }

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
            var expected: [[String]] = []
            while try statement.step() { expected.append(statement.row().map(PostgresLoadTests.text)) }
            let loaded = try postgres.query("SELECT \(names) FROM \"\(table.name)\"").rows.map { $0.map(PostgresLoadTests.text) }
            let same = PostgresLoadTests.lines(loaded) == PostgresLoadTests.lines(expected)
            #expect(same, "table \(table.name) differs")
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
