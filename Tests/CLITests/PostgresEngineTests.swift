import Foundation
import Testing
import TestSupport

/// `generate`, `run` and `validate` with `--database-url`: PostgreSQL as the run's engine.
@Suite(.enabled(if: PostgresTestServer.isEnabled, "needs the PostgreSQL server programs (Debian: postgresql)"))
struct PostgresEngineTests {
    /// The README's main job on the synthetic data loaded with `db load`: every example ran on
    /// PostgreSQL, the gold SQL PostgreSQL refuses is counted as `engine_error` (a slot left
    /// uncovered for it makes the run partial: `--allow-partial`), the same seed gives the same
    /// dataset, and no file holds the password of the URL.
    @Test func theDefaultTPCDSRunOnPostgreSQL() throws {
        let server = try PostgresTestServer.shared()
        let database = try server.createDatabase()
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let load = try runner.run("db", "load", "--schema", Fixtures.tpcdsSchema, "--database-url", server.url(database: database), "--seed", "7")
        #expect(load.status == 0, "\(load.stderr)")
        let reader = try server.createReader(database: database)
        let url = server.url(database: database, role: reader + ":secret")
        let first = try runner.run("generate", "--schema", Fixtures.tpcdsSchema, "--out", "pg", "--seed", "7", "--database-url", url, "--allow-partial")
        #expect(first.status == 0, "\(first.stderr)")
        let manifest = try runner.read("pg/manifest.json")
        #expect(manifest.contains(#""engine" : "postgresql""#), "\(manifest)")
        #expect(manifest.contains(#""store_sales" : 20"#), "\(manifest)")
        #expect(!FileManager.default.fileExists(atPath: runner.path("pg/database.sqlite")))
        for file in ["plan.json", "manifest.json", "report.json", "examples.jsonl"] {
            #expect(try !runner.read("pg/\(file)").contains("secret"), "\(file) holds the password")
        }
        let summary = first.stdout + first.stderr
        #expect(summary.contains("measured coverage: columns 4"), "\(summary)")
        #expect(summary.contains("s inside PostgreSQL"), "\(summary)")
        let rejections = try runner.read("pg/rejections.jsonl").split(separator: "\n")
        let refused = rejections.filter { $0.contains(#""reason":"engine_error""#) || $0.contains(#""reason" : "engine_error""#) }.count
        let engineLine = summary.split(separator: "\n").first { $0.contains("engine: postgresql") }
        #expect(engineLine?.contains("\(refused) rejections for it") == true, "\(summary)")
        // A gold SQL that PostgreSQL refuses never becomes an example: every example ran there.
        #expect(try !runner.read("pg/examples.jsonl").contains("engine_error"))
        // The SQL is written for PostgreSQL, so it refuses none: no gold draw and no negative
        // candidate (a bare column would be one; those are never executed: `ungrouped_column`).
        #expect(engineLine?.contains("0 draws refused by it (engine_error), 0 rejections for it") == true, "\(summary)")
        #expect(manifest.contains(#""sql_dialect" : "postgresql""#), "\(manifest)")
        let examples = try runner.read("pg/examples.jsonl").split(separator: "\n")
        #expect(!examples.contains { $0.contains("negative_engine_error") }, "a negative PostgreSQL refused")
        #expect(examples.filter { $0.contains(#""kind":"missing_grouping""#) }.count > 0)
        #expect(examples.filter { $0.contains("NULLS LAST") || $0.contains("NULLS FIRST") }.count > 0)
        // Rendered for PostgreSQL: quotients in double precision (its REAL is a 4-byte float).
        #expect(examples.contains { $0.contains("AS DOUBLE PRECISION)") } && !examples.contains { $0.contains(" AS REAL)") })
        // `export` and `review` work on the dataset: previews and edits run on PostgreSQL.
        let hf = try runner.run("export", runner.path("pg"), "--format", "hf", "--out", "pg-hf")
        #expect(hf.status == 0, "\(hf.stderr)")
        #expect(try runner.read("pg-hf/train.jsonl").contains(#""sql_dialect":"postgresql""#))
        #expect(try runner.read("pg-hf/README.md").contains("Every SQL is one PostgreSQL"))
        let spider = try runner.run("export", runner.path("pg"), "--format", "spider", "--out", "pg-spider")
        #expect(spider.status != 0 && spider.stderr.contains("this dataset's SQL is PostgreSQL"), "\(spider.stderr)")
        let sheet = try runner.run("review", "export", runner.path("pg"), "--sample", "4", "--out", runner.path("review.csv"))
        #expect(sheet.status == 0 && !sheet.stdout.contains("no result preview"), "\(sheet.stdout)\(sheet.stderr)")
        let csv = try runner.read("review.csv")
        #expect(csv.contains("rows in all") || csv.contains(" | "), "\(csv.prefix(600))")
        let lines = csv.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n")
        let firstID = String(lines[1].split(separator: ",")[0])
        try runner.write("\(lines[0])\n\(firstID),,,,,,,reject,,,\n", to: "decisions.csv")
        let apply = try runner.run("review", "apply", runner.path("pg"), runner.path("decisions.csv"))
        #expect(apply.status == 0 && apply.stdout.contains("1 rejected"), "\(apply.stdout)\(apply.stderr)")
        let again = try runner.run("run", "--plan", runner.path("pg/plan.json"), "--out", "pg2", "--quiet", "--allow-partial")
        #expect(again.status == 0, "\(again.stderr)")
        for file in ["examples.jsonl", "pairs.jsonl", "rejections.jsonl", "coverage.json"] {
            #expect(try runner.read("pg/\(file)") == runner.read("pg2/\(file)"), "\(file) differs between two runs of the same seed")
        }
    }

    @Test func badDatabaseURLsAreErrorsAUserCanActOn() throws {
        let server = try PostgresTestServer.shared()
        let empty = try server.createDatabase()
        let reader = try server.createReader(database: empty)
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        func generate(_ url: String, out: String) throws -> CommandRunner.Result {
            try runner.run("generate", "--schema", Fixtures.tpcdsSchema, "--out", out, "--database-url", url, "--quiet")
        }
        let unreachable = try generate("postgresql://x:secret@/nodb?host=/nonexistent", out: "a")
        #expect(unreachable.status != 0)
        #expect(unreachable.stderr.contains("cannot use the PostgreSQL database"), "\(unreachable.stderr)")
        #expect(unreachable.stderr.contains("/nonexistent") && !unreachable.stderr.contains("secret"), "\(unreachable.stderr)")
        let malformed = try generate("not a url", out: "b")
        #expect(malformed.status != 0)
        #expect(malformed.stderr.contains("cannot use the PostgreSQL database"), "\(malformed.stderr)")
        let superuser = try generate(server.url(database: empty), out: "c")
        #expect(superuser.status != 0)
        #expect(superuser.stderr.contains("superuser") && superuser.stderr.contains("SELECT privileges only"), "\(superuser.stderr)")
        let missing = try generate(server.url(database: empty, role: reader), out: "d")
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("has no table customer_address of the schema"), "\(missing.stderr)")
        for result in [unreachable, malformed, superuser, missing] {
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"), "\(result.stderr)")
        }
        let both = try runner.run("generate", "--schema", Fixtures.tpcdsSchema, "--out", "e", "--database", "x.sqlite",
                                  "--database-url", server.url(database: empty, role: reader), "--quiet")
        #expect(both.status != 0)
        #expect(both.stderr.contains("not both"), "\(both.stderr)")
    }

    @Test func validateOnPostgreSQL() throws {
        let server = try PostgresTestServer.shared()
        let database = try server.createDatabase()
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let load = try runner.run("db", "load", "--schema", Fixtures.tpcdsSchema, "--database-url", server.url(database: database), "--scale", "0.05")
        #expect(load.status == 0, "\(load.stderr)")
        let reader = try server.createReader(database: database)
        try runner.write("""
            SELECT count(*) FROM store WHERE s_store_sk > 0;
            SELECT strftime('%Y', d_date) FROM date_dim WHERE d_date_sk = 2451545;
            """, to: "q.sql")
        let result = try runner.run("validate", "--schema", Fixtures.tpcdsSchema, "--database-url", server.url(database: database, role: reader), "q.sql")
        #expect(result.status == 1, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains(#""verdict":"ok""#) == true && lines.first?.contains(#""store.s_store_sk""#) == true, "\(result.stdout)")
        #expect(lines.last?.contains(#""verdict":"engine_error""#) == true && lines.last?.contains("strftime") == true, "\(result.stdout)")
        #expect(result.stderr.contains("engine_error 1"), "\(result.stderr)")
    }
}
