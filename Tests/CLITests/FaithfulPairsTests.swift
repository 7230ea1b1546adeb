import Foundation
import OpenAITestServer
import Testing
import TestSupport

/// The case end to end: a server whose paraphrases are about catalog cash refunds whatever
/// the question; none reaches pairs.jsonl or an export, and the manifest counts them.
@Suite struct FaithfulPairsTests {
    @Test(arguments: ["llm", "sql-first"])
    func unfaithfulParaphrasesNeverReachPairs(mode: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer { request, _ in
            if request.lastUserMessage.contains("\"paraphrases\"") {
                return .completion("{\"paraphrases\": [\"What is the total cash refunded by catalog returns in 2001?\", \"Which catalog returns had the largest cash refunds?\", \"Show catalog cash refunds by call center.\"]}")
            }
            return ScriptedAnswers.reply(to: request)
        }
        defer { server.stop() }
        try LLMCommandTests.prepare(runner, server: server)
        let result = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": ""], "generate", "--schema", "s.json", "--config", "c.json",
                                    "--out", "a", "--quiet", "--provider", "openai", "--mode", mode, "--allow-partial")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try !runner.read("a/pairs.jsonl").lowercased().contains("catalog"))
        #expect(try !runner.read("a/examples.jsonl").contains("\"source\":\"llm\""), "no LLM paraphrase was kept")
        let manifest = try JSONSerialization.jsonObject(with: Data(runner.read("a/manifest.json").utf8)) as? [String: Any] ?? [:]
        let counts = manifest["counts"] as? [String: Int] ?? [:]
        #expect(counts.filter { $0.key.hasPrefix("paraphrases_refused_unfaithful_") }.values.reduce(0, +) > 0, "\(counts)")
        let report = try runner.read("a/report.json")
        #expect(report.contains("paraphrases_refused_unfaithful"))
        let export = try runner.run("export", "a", "--format", "hf", "--out", "hf")
        #expect(export.status == 0, "\(export.stderr)")
    }
}
