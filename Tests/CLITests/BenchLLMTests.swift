import Foundation
import Testing

/// `bench llm` starts the `openai-test-server` program beside `nl2sqlgen` as a child process.
@Suite struct BenchLLMTests {
    @Test func benchStartsTheSiblingServerProgram() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run("bench", "llm", "--latency", "0", "--in-flight", "1,2", "--rounds", "1")
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("| 1 |") || $0.hasPrefix("| 2 |") }
        #expect(rows.count == 2, "\(result.stdout)")
        #expect(rows.allSatisfy { $0.contains("| 20 |") }, "\(result.stdout)")
    }

    @Test func aMissingServerProgramIsAClearError() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run("bench", "llm", "--server", runner.path("no-such-server"), "--in-flight", "1")
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-server is not an executable file"), "\(result.stderr)")
    }

    @Test func theServerProgramRefusesANegativeLatency() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.execute(CommandRunner.testServer, ["--latency=-1"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--latency must be zero or more"), "\(result.stderr)")
    }
}
