import Foundation
import Testing
import TestSupport

/// `generate --database PATH`: a populated SQLite database of the user's instead of the synthetic one.
@Suite struct UserDatabaseTests {
    @Test func generateRunsOnTheUsersDatabaseAndNeverWritesIt() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        #expect(try runner.run("db", "build", "--schema", Fixtures.tpcdsSchema, "--out", "mine.sqlite", "--scale", "0.3", "--seed", "5").status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: runner.path("mine.sqlite")))
        let result = try runner.run("generate", "--schema", Fixtures.tpcdsSchema, "--out", "ds", "--database", "mine.sqlite", "--quiet")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: runner.path("mine.sqlite"))) == before)
        #expect(!FileManager.default.fileExists(atPath: runner.path("ds/database.sqlite")))
        let manifest = try String(contentsOfFile: runner.path("ds/manifest.json"), encoding: .utf8)
        #expect(manifest.contains(#""engine" : "sqlite""#), "\(manifest)")
        #expect(manifest.contains(#""schema_sha256""#))
        #expect(manifest.contains(#""store_sales" : "#))
        let plan = try String(contentsOfFile: runner.path("ds/plan.json"), encoding: .utf8)
        #expect(plan.contains(#""path" : "mine.sqlite""#))
    }

    @Test func aMissingOrForeignDatabaseIsRefused() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let missing = try runner.run("generate", "--schema", Fixtures.tpcdsSchema, "--out", "ds", "--database", "nope.sqlite", "--quiet")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.sqlite") && missing.stderr.contains("does not exist"), "\(missing.stderr)")
        try runner.write("CREATE TABLE other (x integer);", to: "other.sql")
        #expect(try runner.run("db", "build", "--schema", Fixtures.tpcdsSchema, "--out", "small.sqlite", "--scale", "0.1").status == 0)
        let empty = try runner.run("schema", "import", "--ddl", "other.sql", "--out", "other.json")
        #expect(empty.status == 0, "\(empty.stderr)")
        let foreign = try runner.run("generate", "--schema", "other.json", "--out", "ds2", "--database", "small.sqlite", "--quiet")
        #expect(foreign.status != 0)
        #expect(foreign.stderr.contains("has no table other"), "\(foreign.stderr)")
    }
}

/// The PostgreSQL commands as a user runs them, on the throwaway test server.
@Suite(.enabled(if: PostgresTestServer.isEnabled, "needs the PostgreSQL server programs (Debian: postgresql)"))
struct PostgresCommandTests {
    @Test func dbLoadThenSchemaImportPostgres() throws {
        let server = try PostgresTestServer.shared()
        let database = try server.createDatabase()
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let load = try runner.run("db", "load", "--schema", Fixtures.tpcdsSchema, "--database-url", server.url(database: database), "--scale", "0.05")
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stdout.contains("content sha256"))
        let again = try runner.run("db", "load", "--schema", Fixtures.tpcdsSchema, "--database-url", server.url(database: database), "--scale", "0.05")
        #expect(again.status == 2)
        #expect(again.stderr.contains("is not empty"), "\(again.stderr)")
        let imported = try runner.run("schema", "import", "--postgres", server.url(database: database), "--out", "s.json")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("24 tables, 425 columns, 107 foreign keys"), "\(imported.stdout)")
        // validate --also-on: the same seed and scale in SQLite, each statement run on both engines.
        let reader = try server.createReader(database: database)
        #expect(try runner.run("db", "build", "--schema", Fixtures.tpcdsSchema, "--out", "db.sqlite", "--scale", "0.05").status == 0)
        try runner.write("""
            SELECT count(*), sum(ss_net_paid) FROM store_sales;
            SELECT s_store_sk, NULLIF(s_store_sk, 1) AS n FROM store ORDER BY n;
            SELECT strftime('%Y', d_date) FROM date_dim WHERE d_date_sk = 2451545;
            """, to: "q.sql")
        let both = try runner.run("validate", "--schema", Fixtures.tpcdsSchema, "--database", "db.sqlite", "--also-on", server.url(database: database, role: reader), "q.sql")
        #expect(both.status == 0, "\(both.stderr)")
        let lines = both.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first?.contains(#""also_on":{"engine":"postgresql","outcome":"agree"}"#) == true, "\(both.stdout)")
        #expect(lines.dropFirst().first?.contains(#""outcome":"differ""#) == true, "\(both.stdout)")
        #expect(lines.last?.contains(#""outcome":"failed""#) == true && lines.last?.contains("strftime") == true, "\(both.stdout)")
        #expect(both.stderr.contains("1 agree, 1 differ, 1 failed there"), "\(both.stderr)")
        let superuser = try runner.run("validate", "--schema", Fixtures.tpcdsSchema, "--database", "db.sqlite", "--also-on", server.url(database: database), "q.sql")
        #expect(superuser.status == 2)
        #expect(superuser.stderr.contains("superuser"), "\(superuser.stderr)")
        let pgDump = try runner.run("schema", "import", "--postgres", "postgresql://x:secret@/nodb?host=/nonexistent", "--out", "t.json")
        #expect(pgDump.status == 2)
        #expect(!pgDump.stderr.contains("secret"))
    }
}
