import Foundation
import PostgreSQL
import Testing
import TestSupport

@Suite(.enabled(if: PostgresTestServer.isEnabled, "needs the PostgreSQL server programs (Debian: postgresql)"))
struct ConnectionTests {
    @Test func readsTypedValuesAndColumnNames() throws {
        let server = try PostgresTestServer.shared()
        let connection = try PostgresConnection(url: server.url())
        let result = try connection.query("SELECT 1::int AS a, 2.5::numeric AS b, 'x'::text AS c, NULL::int AS d, true AS e, '\\x0aff'::bytea AS f, DATE '2024-01-02' AS g")
        #expect(result.columns == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(result.rows == [[.integer(1), .real(2.5), .text("x"), .null, .boolean(true), .bytes([0x0a, 0xff]), .text("2024-01-02")]])
        #expect(connection.serverVersion.first?.isNumber == true)
    }

    @Test func bindsParametersAsText() throws {
        let server = try PostgresTestServer.shared()
        let connection = try PostgresConnection(url: server.url())
        let result = try connection.query("SELECT $1::text || '!', $2::int IS NULL", ["it's", nil])
        #expect(result.rows == [[.text("it's!"), .boolean(true)]])
    }

    @Test func errorsCarrySQLState() throws {
        let server = try PostgresTestServer.shared()
        let connection = try PostgresConnection(url: server.url())
        do {
            try connection.query("SELECT * FROM no_such_table")
            Issue.record("the query should fail")
        } catch {
            #expect(error.sqlState == "42P01")
            #expect(error.kind == .statement)
            #expect(error.message.contains("no_such_table"))
        }
        // The connection stays usable after an error.
        #expect(try connection.query("SELECT 2").rows == [[.integer(2)]])
    }

    @Test func theExtendedProtocolTakesOneStatement() throws {
        let server = try PostgresTestServer.shared()
        let connection = try PostgresConnection(url: server.url())
        #expect(throws: PostgresError.self) { try connection.query("SELECT 1; SELECT 2") }
    }

    @Test func aBadURLIsAConnectionErrorWithoutThePassword() throws {
        do {
            _ = try PostgresConnection(url: "postgresql://someone:secret@/nodb?host=/nonexistent-dir")
            Issue.record("the connection should fail")
        } catch {
            #expect(error.kind == .connection)
            #expect(!error.description.contains("secret"))
            #expect(error.description.contains("someone:***@"))
        }
    }

    @Test func copyInLoadsRows() throws {
        let server = try PostgresTestServer.shared()
        let database = try server.createDatabase()
        let connection = try PostgresConnection(url: server.url(database: database))
        try connection.execute("CREATE TABLE t (a int, b text)")
        try connection.copyIn("COPY t (a, b) FROM STDIN", lines: ["1\tone\n", "2\t\\N\n"])
        #expect(try connection.query("SELECT a, b FROM t ORDER BY a").rows == [[.integer(1), .text("one")], [.integer(2), .null]])
    }
}
