import Foundation
import Testing
import TestSupport

@Suite struct PlanCommandTests {
    @Test func planIsByteIdenticalAndReplanRefusesAnotherSchema() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let first = try runner.run("plan", "--schema", Fixtures.tpcdsSchema, "--out", "p1.json")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("columns 425/425 (100.0%), tables 24/24 (100.0%), FK edges 107/107 (100.0%)"))
        #expect(first.stdout.contains("solver: optimal"))
        #expect(first.stdout.contains("gap 0.0%"))
        #expect(try runner.run("plan", "--schema", Fixtures.tpcdsSchema, "--out", "p2.json").status == 0)
        #expect(try runner.read("p1.json") == runner.read("p2.json"))
        #expect(FileManager.default.fileExists(atPath: runner.path("p1.json.timing.json")))

        // A coverage file that misses one column: the gap plan covers it.
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Fixtures.tpcdsSchema))) as? [String: Any]
        let plan = try JSONSerialization.jsonObject(with: Data(runner.read("p1.json").utf8)) as? [String: Any]
        var columns: [String: Int] = [:]
        for table in schema?["tables"] as? [[String: Any]] ?? [] {
            for column in table["columns"] as? [[String: Any]] ?? [] {
                columns["\(table["name"] ?? "").\(column["name"] ?? "")"] = 1
            }
        }
        columns["item.i_color"] = 0
        let coverage: [String: Any] = ["format_version": 1, "schema": plan?["schema"] ?? [:], "columns": columns, "tables": [:],
                                       "edges": [:] as [String: Int], "complexity": ["simple": 3, "moderate": 4, "complex": 2, "highly_complex": 1],
                                       "constructs": [:] as [String: Int]]
        try JSONSerialization.data(withJSONObject: coverage).write(to: URL(fileURLWithPath: runner.path("coverage.json")))
        let gaps = try runner.run("replan", "--plan", "p1.json", "--coverage", "coverage.json", "--schema", Fixtures.tpcdsSchema, "--out", "gaps.json")
        #expect(gaps.status == 0, "\(gaps.stderr)")
        #expect(try runner.read("gaps.json").contains("item.i_color"))
        #expect(try runner.read("gaps.json").contains(#""kind" : "gaps""#))

        // Another schema file (one description changed) is refused with a clear message.
        let changed = try String(contentsOfFile: Fixtures.tpcdsSchema, encoding: .utf8).replacingOccurrences(of: "unique key of the call center", with: "key")
        try runner.write(changed, to: "other.json")
        let refused = try runner.run("replan", "--plan", "p1.json", "--coverage", "coverage.json", "--schema", "other.json", "--out", "x.json")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("was planned for schema tpcds"))
    }

    @Test func schemaSynthWritesACheckableSchema() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run("schema", "synth", "--tables", "40", "--seed", "5", "--out", "s.json")
        #expect(result.status == 0, "\(result.stderr)")
        let check = try runner.run("schema", "check", "s.json")
        #expect(check.stdout.contains("ok: 40 tables"))
        #expect(check.stdout.contains("0 warning(s)"), "\(check.stdout)")
        let plan = try runner.run("plan", "--schema", "s.json", "--out", "p.json")
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("(100.0%), tables 40/40 (100.0%)"))
    }
}
