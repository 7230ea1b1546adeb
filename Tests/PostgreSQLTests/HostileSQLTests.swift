import Foundation
import PostgreSQL
import Testing
import TestSupport

/// Untrusted SQL on PostgreSQL through the read-only session: every attempt is refused or stopped
/// and the database is unchanged afterwards.
@Suite(.enabled(if: PostgresTestServer.isEnabled, "needs the PostgreSQL server programs (Debian: postgresql)"))
struct HostileSQLTests {
    /// A database with one table and a reader role (SELECT only), its session and a way to read
    /// the table's content as the superuser.
    struct Fixture {
        let server: PostgresTestServer
        let database: String
        let session: ReadOnlySession
        let admin: PostgresConnection

        init(limits: ReadOnlyLimits = ReadOnlyLimits(timeoutMilliseconds: 1_500, maxRows: 1_000)) throws {
            server = try PostgresTestServer.shared()
            database = try server.createDatabase()
            admin = try PostgresConnection(url: server.url(database: database))
            try admin.execute("CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL); INSERT INTO item SELECT g, 'item ' || g FROM generate_series(1, 50) g; CREATE SEQUENCE counter")
            let reader = try server.createReader(database: database)
            session = try ReadOnlySession(url: server.url(database: database, role: reader), limits: limits)
        }

        /// Row count and a digest of the table, the sequence's state and the roles: what a write would change.
        func state() throws -> [[PostgresValue]] {
            try admin.query("SELECT (SELECT count(*) FROM item), (SELECT md5(string_agg(id || name, ',' ORDER BY id)) FROM item), (SELECT last_value FROM counter), (SELECT count(*) FROM pg_largeobject_metadata), (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace)").rows
        }
    }

    @Test func selectsRun() throws {
        let fixture = try Fixture()
        let result = try fixture.session.run("SELECT id, name FROM item WHERE id <= 2 ORDER BY id;")
        #expect(result.rows == [[.integer(1), .text("item 1")], [.integer(2), .text("item 2")]])
        #expect(try fixture.session.run("WITH x AS (SELECT count(*) AS n FROM item) SELECT n FROM x -- count").rows == [[.integer(50)]])
    }

    @Test(arguments: [
        "DELETE FROM item",
        "UPDATE item SET name = 'x'",
        "INSERT INTO item VALUES (99, 'new')",
        "WITH gone AS (DELETE FROM item RETURNING id) SELECT count(*) FROM gone",
        "SELECT 1; DELETE FROM item",
        "SELECT 1; COMMIT; DELETE FROM item",
        "DROP TABLE item",
        "CREATE TABLE other (a int)",
        "TRUNCATE item",
        "COPY (SELECT 1) TO PROGRAM 'touch /tmp/nl2sqlgen-hostile-copy'",
        "COPY item TO '/tmp/nl2sqlgen-hostile-copy'",
        "SELECT pg_read_file('/etc/passwd')",
        "SELECT lo_import('/etc/passwd')",
        "SET ROLE postgres",
        "SELECT set_config('role', 'postgres', false)",
        "SELECT set_config('transaction_read_only', 'off', true), count(*) FROM item",
        "SELECT nextval('counter')",
        "SELECT setval('counter', 100)",
        "SET statement_timeout = 0",
        "RESET ALL",
        "ALTER ROLE CURRENT_USER SET temp_file_limit = -1",
    ])
    func writesAndEscapesAreRefused(sql: String) throws {
        let fixture = try Fixture()
        let before = try fixture.state()
        #expect(throws: PostgresError.self) { try fixture.session.run(sql) }
        #expect(try fixture.state() == before)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/nl2sqlgen-hostile-copy"))
        // The session stays usable and read-only.
        #expect(try fixture.session.run("SELECT count(*) FROM item").rows == [[.integer(50)]])
    }

    @Test func sleepingIsStoppedByTheTimeout() throws {
        let fixture = try Fixture()
        let started = Date()
        do {
            _ = try fixture.session.run("SELECT pg_sleep(30)")
            Issue.record("pg_sleep should be stopped")
        } catch {
            #expect(error.isTimeout)
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func aHugeSeriesIsStopped() throws {
        let fixture = try Fixture()
        let before = try fixture.state()
        let started = Date()
        // Too many rows: refused by the result limit after reading a little more than it.
        #expect { try fixture.session.run("SELECT g FROM generate_series(1, 5000) g") } throws: { error in
            (error as? PostgresError)?.kind == .limit
        }
        // Ten billion rows: the function's rows are gathered before the first is sent; stopped by the timeout.
        #expect { try fixture.session.run("SELECT g FROM generate_series(1, 10000000000) g") } throws: { error in
            (error as? PostgresError)?.isTimeout == true
        }
        // Aggregated: nothing to read, stopped by the timeout.
        #expect { try fixture.session.run("SELECT count(*) FROM generate_series(1, 10000000000) g") } throws: { error in
            (error as? PostgresError)?.isTimeout == true
        }
        // Sorted beyond work_mem: spills to temporary files, stopped by the timeout or temp_file_limit.
        #expect(throws: PostgresError.self) { try fixture.session.run("SELECT g FROM generate_series(1, 100000000) g ORDER BY g DESC LIMIT 1") }
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(try fixture.state() == before)
    }

    @Test func advisoryLocksAreReleased() throws {
        let fixture = try Fixture()
        _ = try fixture.session.run("SELECT pg_advisory_lock(42)")
        let held = try fixture.admin.query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")
        #expect(held.rows == [[.integer(0)]])
    }

    @Test func aSuperuserIsRefused() throws {
        let server = try PostgresTestServer.shared()
        #expect { _ = try ReadOnlySession(url: server.url()) } throws: { error in
            let error = error as? PostgresError
            return error?.kind == .unsafeConnection && error?.message.contains("superuser") == true
        }
    }

    @Test func aRoleWithoutTempFileLimitIsRefused() throws {
        let server = try PostgresTestServer.shared()
        let database = try server.createDatabase()
        let role = "loose_" + UUID().uuidString.prefix(8).lowercased()
        try server.psql("CREATE ROLE \(role) LOGIN")
        #expect { _ = try ReadOnlySession(url: server.url(database: database, role: role)) } throws: { error in
            (error as? PostgresError)?.message.contains("temp_file_limit") == true
        }
    }
}
