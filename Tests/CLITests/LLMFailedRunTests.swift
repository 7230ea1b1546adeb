import Foundation
import OpenAITestServer
import Testing
import TestSupport

/// Runs whose LLM requests fail never look successful (issue 14, item 7).
@Suite struct LLMFailedRunTests {
    @Test func everyRequestFailingExitsOneAndNamesTheRetryCommand() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer { _, _ in .error(500, message: "overloaded") }
        defer { server.stop() }
        try LLMCommandTests.prepare(runner, server: server)
        try runner.write(try runner.read("c.json").replacingOccurrences(of: #""max_retries": 2"#, with: #""max_retries": 0"#), to: "c.json")
        let environment: [String: String?] = ["NL2SQLGEN_TEST_KEY": LLMCommandTests.key]
        let first = try runner.run(environment: environment, "generate", "--schema", "s.json", "--config", "c.json", "--out", "d",
                                   "--quiet", "--provider", "openai")
        #expect(first.status == 1, "\(first.stderr)")
        #expect(first.stderr.contains("batches failed") && first.stderr.contains("--retry-failed"), "\(first.stderr)")
        #expect(try runner.read("d/rejections.jsonl").contains("\"request_failed\""))
        // The same command again does not claim the dataset is complete.
        let again = try runner.run(environment: environment, "run", "--plan", "d/plan.json", "--out", "d", "--provider", "openai")
        #expect(again.status == 1, "\(again.stdout)\(again.stderr)")
        #expect(!again.stdout.contains("nothing to do"))
        #expect(again.stderr.contains("batches failed") && again.stderr.contains("--retry-failed"), "\(again.stderr)")
    }

    @Test(arguments: [
        (400, "Unsupported parameter: 'response_format'", true),
        (400, "messages: too long", false),
        (404, "model not found", false),
    ])
    func nonRetryableAnswerStopsAtOnceWithExitTwo(status: Int, message: String, jsonModeHint: Bool) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer { _, _ in .error(status, message: message) }
        defer { server.stop() }
        try LLMCommandTests.prepare(runner, server: server)
        let result = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": LLMCommandTests.key],
                                    "generate", "--schema", "s.json", "--config", "c.json", "--out", "d", "--quiet", "--provider", "openai")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("HTTP \(status): \(message)"), "\(result.stderr)")
        #expect(result.stderr.contains("llm.json_mode") == jsonModeHint, "\(result.stderr)")
        #expect(server.requests.count <= 16, "stopped at once, not one request per slot")
    }
}
