import Foundation
import Testing
import TestSupport

@Suite struct DatabaseAndValidateCommandTests {
    @Test func dbBuildIsByteIdenticalForTheSameSeed() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        for name in ["a.sqlite", "b.sqlite"] {
            let result = try runner.run("db", "build", "--schema", Fixtures.tpcdsSchema, "--out", name, "--scale", "0.1", "--seed", "3")
            #expect(result.status == 0, "\(result.stderr)")
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: runner.path("a.sqlite")))
        let b = try Data(contentsOf: URL(fileURLWithPath: runner.path("b.sqlite")))
        #expect(a == b)
        #expect(a.count > 100_000)
        let bad = try runner.run("db", "build", "--schema", Fixtures.tpcdsSchema, "--out", "c.sqlite", "--scale", "0")
        #expect(bad.status == 2)
    }

    @Test func validateSQLFileReportsEachStatementAndExitsOneOnInvalid() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        #expect(try runner.run("db", "build", "--schema", Fixtures.tpcdsSchema, "--out", "db.sqlite", "--scale", "0.1").status == 0)
        try runner.write("""
            SELECT i_brand, count(*) FROM item GROUP BY i_brand;
            -- a comment; with a semicolon
            SELECT s_nothing FROM store;
            DELETE FROM store;
            SELECT * FROM store
            """, to: "q.sql")
        let result = try runner.run("validate", "--schema", Fixtures.tpcdsSchema, "--database", "db.sqlite", "q.sql")
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].contains(#""verdict":"ok""#) && lines[0].contains(#""columns":["item.i_brand"]"#))
        #expect(lines[1].contains(#""verdict":"unknown_column""#))
        #expect(lines[2].contains(#""verdict":"not_read_only""#))
        #expect(lines[3].contains(#""columns":[]"#))
        #expect(result.stderr.contains("4 statement(s)"))
        try runner.write(#"{"sql": "SELECT d_year FROM date_dim WHERE d_year = 2000"}"# + "\n", to: "q.jsonl")
        let jsonl = try runner.run("validate", "--schema", Fixtures.tpcdsSchema, "--database", "db.sqlite", "q.jsonl")
        #expect(jsonl.status == 0, "\(jsonl.stderr)")
        #expect(jsonl.stdout.contains(#""row_count":366"#))
        try runner.write("{\"query\": 1}\n", to: "bad.jsonl")
        let bad = try runner.run("validate", "--schema", Fixtures.tpcdsSchema, "--database", "db.sqlite", "bad.jsonl")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("bad.jsonl:1"))
    }
}
