import Foundation
import Testing
import TestSupport

/// What is reproducible when the solver stops on its time limit (issue 14, item 16).
@Suite struct ReproduciblePlanTests {
    @Test func planHittingItsLimitSaysWhatIsReproducible() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(#"{"database": {"scale": 0.1}, "planner": {"time_limit_seconds": 0.1}}"#, to: "c.json")
        let result = try runner.run("plan", "--schema", Fixtures.tpcdsSchema, "--config", "c.json", "--out", "p.json")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("time limit reached"), "\(result.stdout)")
        #expect(result.stderr.contains("Runs of this saved plan file are reproducible; planning again may give another plan"), "\(result.stderr)")
    }

    /// The solver reads no environment variable: the plan depends on the schema, config and seed only.
    @Test func environmentDoesNotChangeThePlan() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        #expect(try runner.run("schema", "synth", "--tables", "6", "--seed", "5", "--out", "s.json").status == 0)
        try runner.write(#"{"planner": {"time_limit_seconds": 30}}"#, to: "c.json")
        #expect(try runner.run("plan", "--schema", "s.json", "--config", "c.json", "--out", "a.json").status == 0)
        let tuned = try runner.run(environment: ["NL2SQL_BR": "1", "NL2SQL_BT": "1"],
                                   "plan", "--schema", "s.json", "--config", "c.json", "--out", "b.json")
        #expect(tuned.status == 0)
        #expect(try runner.data("a.json") == runner.data("b.json"))
        #expect(!tuned.stderr.contains("time limit"), "a proven plan needs no note")
    }
}
