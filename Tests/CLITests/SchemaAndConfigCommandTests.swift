import Foundation
import Testing
import TestSupport

@Suite struct SchemaAndConfigCommandTests {
    @Test func schemaCheckAndShowOnTPCDS() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let check = try runner.run("schema", "check", Fixtures.tpcdsSchema)
        #expect(check.status == 0)
        #expect(check.stdout.contains("ok: 24 tables, 425 columns, 107 foreign keys, 0 warning(s)"))
        let show = try runner.run("schema", "show", Fixtures.tpcdsSchema)
        #expect(show.status == 0)
        #expect(show.stdout.contains("foreign-key graph: 107 edges (3 composite), 1 connected component(s)"))
        #expect(show.stdout.contains("store_returns [fact, returns]"))
    }

    @Test func schemaCheckReportsErrorsWithPathsAndExitTwo() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(#"{"format_version": 1, "name": "x", "tables": [{"name": "a", "columns": []}], "foreign_keys": [{"child_table": "a", "child_columns": ["z"], "parent_table": "b", "parent_columns": ["y"]}]}"#, to: "bad.json")
        let result = try runner.run("schema", "check", "bad.json")
        #expect(result.status == 2)
        #expect(result.stderr.contains("$.tables[0].columns: table \"a\" has no columns"))
        #expect(result.stderr.contains("$.foreign_keys[0].parent_table: unknown table \"b\""))
        #expect(!result.stderr.contains("Fatal error"))
        let missing = try runner.run("schema", "check", "nope.json")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read"))
    }

    @Test func schemaImportWritesALoadableFileWithWarnings() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write("CREATE TABLE region (r_id integer PRIMARY KEY, r_name varchar(20));\nCREATE TABLE shop (s_id integer PRIMARY KEY, s_region integer REFERENCES region(r_id));", to: "shop.sql")
        let result = try runner.run("schema", "import", "--ddl", "shop.sql", "--out", "shop.json")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2 tables, 4 columns, 1 foreign keys, 0 error(s)"))
        #expect(result.stdout.contains("missing description"))
        #expect(!result.stdout.contains("missing label") && !result.stdout.contains("missing entity") && !result.stdout.contains("missing role"))
        let written = try runner.read("shop.json")
        #expect(written.contains(#""label" : "region""#) && written.contains(#""plural" : "shops""#), "\(written)")
        let check = try runner.run("schema", "check", "shop.json")
        #expect(check.status == 0)
        let both = try runner.run("schema", "import", "--out", "x.json")
        #expect(both.status != 0)
    }

    @Test func configInitCheckAndErrors() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let initial = try runner.run("config", "init", "--out", "c.json")
        #expect(initial.status == 0)
        #expect(try runner.run("config", "check", "c.json").status == 0)
        let again = try runner.run("config", "init", "--out", "c.json")
        #expect(again.status == 2)
        #expect(again.stderr.contains("--force"))
        try runner.write(#"{"planner": {"max_slots_per_batch": 0, "colour": 1}}"#, to: "bad.json")
        let bad = try runner.run("config", "check", "bad.json")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("planner.max_slots_per_batch: 0 is out of range"))
        #expect(bad.stderr.contains("planner.colour: unknown key"))
        let described = try runner.run("config", "describe")
        #expect(described.stdout.contains("planner.max_tables_per_batch"))
    }
}
