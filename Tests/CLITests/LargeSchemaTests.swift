import Foundation
import Testing
import TestSupport

/// Large schemas (issue 25, item 3): reading the schema of the validation database took more
/// virtual-machine steps than the sandbox's budget had left before any query ran, so every
/// statement was "interrupted" and every slot ended `no_draft` (measured here from 300 tables on).
@Suite struct LargeSchemaTests {
    @Test func aQueryOnTheSavedDatabaseOfA300TableSchemaRuns() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        // 300 tables: this query was `timeout` "interrupted" before the fix, with or without --no-execute.
        #expect(try runner.run("schema", "synth", "--tables", "300", "--seed", "1", "--out", "s.json").status == 0)
        let build = try runner.run("db", "build", "--schema", "s.json", "--out", "v.sqlite", "--scale", "0.1")
        #expect(build.status == 0, "\(build.stderr)")
        try runner.write(#"SELECT "b_buyer_id" FROM "buyer" LIMIT 2"#, to: "q.sql")
        for flags in [[], ["--no-execute"]] {
            let result = try runner.execute(CommandRunner.binary, ["validate", "--schema", "s.json", "--database", "v.sqlite", "q.sql"] + flags)
            #expect(result.status == 0, "\(flags): \(result.stdout) \(result.stderr)")
            #expect(result.stdout.contains(#""verdict":"ok""#) && result.stdout.contains(#""columns":["buyer.b_buyer_id"]"#), "\(result.stdout)")
        }
    }

    @Test func a300TableSchemaGeneratesExamples() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        #expect(try runner.run("schema", "synth", "--tables", "300", "--seed", "1", "--out", "s.json").status == 0)
        try runner.write(#"{"database": {"scale": 0.1}, "planner": {"time_limit_seconds": 20}}"#, to: "c.json")
        let result = try runner.run("generate", "--schema", "s.json", "--config", "c.json", "--out", "d", "--quiet")
        #expect(result.status == 0, "\(result.stderr)")
        let examples = try runner.read("d/examples.jsonl").split(separator: "\n")
        #expect(examples.count > 1_000, "\(examples.count) examples")
    }
}
