import Foundation
import OpenAITestServer
import Testing
import TestSupport

/// The dry run's token estimate against the usage a scripted run reports, the server counting
/// tokens by its own rule (``ServerTokenizer``), so the comparison can fail.
@Suite struct CostEstimateTests {
    /// The number after `label` in `text`.
    static func number(after label: String, in text: String) -> Int? {
        guard let range = text.range(of: label) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }

    /// Plans with `mode` against a scripted server, then runs the plan; the plan's stdout, the
    /// run's manifest `llm` and the server's requests.
    static func planAndRun(mode: String, judge: Bool = false) throws -> (plan: String, llm: [String: Any], requests: [RecordedRequest]) {
        try withScriptedServer { runner, server, config in
            // The scripted server refuses nothing: its measured re-ask share (manifest llm.repairs / slots) is 0.
            try runner.write(config.replacingOccurrences(of: "{\"database\"", with: "{\"generation\": {\"mode\": \"\(mode)\"}, \(judge ? "\"judge\": {\"mode\": \"score\"}, " : "")\"run\": {\"expected_reask_share\": 0}, \"database\""), to: "c.json")
            let plan = try runner.run("plan", "--schema", "s.json", "--config", "c.json", "--out", "p.json")
            #expect(plan.status == 0, "\(plan.stderr)")
            let run = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": ""], "run", "--plan", "p.json", "--out", "a", "--quiet", "--provider", "openai", "--allow-partial")
            #expect(run.status == 0, "\(run.stderr)")
            let manifest = try JSONSerialization.jsonObject(with: Data(runner.read("a/manifest.json").utf8)) as? [String: Any] ?? [:]
            return (plan.stdout, manifest["llm"] as? [String: Any] ?? [:], server.requests)
        }
    }

    /// A runner with the scripted server's config in c.json: `body(runner, server, config)`.
    static func withScriptedServer<T>(_ body: (CommandRunner, OpenAITestServer, String) throws -> T) throws -> T {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer { request, _ in ScriptedAnswers.reply(to: request) }
        defer { server.stop() }
        try LLMCommandTests.prepare(runner, server: server)
        return try body(runner, server, try runner.read("c.json"))
    }

    @Test(arguments: [false, true])
    func sqlFirstRunUsesTheEstimatedTokensWithinAFifth(judge: Bool) throws {
        // In sql-first every slot gets the embedded generator's SQL, so every slot becomes an
        // example with a paraphrase request (and a judged item), as the estimate assumes.
        let (plan, llm, _) = try Self.planAndRun(mode: "sql-first", judge: judge)
        let estimate = try #require(Self.number(after: "prompt tokens: about ", in: plan), "\(plan)")
        let judged = Self.number(after: "judge (test-model): ", in: plan) ?? 0
        #expect((judged > 0) == judge, "\(plan)")
        let estimatedRequests = try #require(Self.number(after: "batches: ", in: plan)) + (Self.number(after: "paraphrases: ", in: plan) ?? 0) + judged
        let prompt = try #require(llm["prompt_tokens"] as? Int)
        // A slot whose first draft is refused asks again for its next draft: a few more requests.
        let requests = try #require(llm["requests"] as? Int)
        #expect(requests >= estimatedRequests && requests <= estimatedRequests + estimatedRequests / 10, "\(plan) \(llm)")
        #expect(abs(Double(estimate - prompt)) <= 0.2 * Double(prompt), "estimated \(estimate) prompt tokens, the run reported \(prompt)")
    }

    @Test func llmBatchRequestsAreEstimatedWithinAFifth() throws {
        let (plan, _, requests) = try Self.planAndRun(mode: "llm")
        let batches = requests.filter { $0.lastUserMessage.contains("\"level\"") }
        let estimatedRequests = try #require(Self.number(after: "batches: ", in: plan), "\(plan)")
        #expect(batches.count >= estimatedRequests)
        let first = batches.filter { $0.messages.count == 2 && !$0.lastUserMessage.contains("Attempt ") }
        #expect(first.count == estimatedRequests)
        let estimate = try #require(Self.number(after: "requests, ", in: plan.components(separatedBy: "batches: ").last ?? ""))
        let counted = first.reduce(0) { $0 + ServerTokenizer.prompt($1) }
        #expect(abs(Double(estimate - counted)) <= 0.2 * Double(counted), "estimated \(estimate) prompt tokens of batch requests, the server counted \(counted)")
    }

    @Test func theEstimateCountsTheExpectedReasks() throws {
        try Self.withScriptedServer { runner, _, config in
            func estimate(share: Double) throws -> String {
                try runner.write(config.replacingOccurrences(of: "{\"database\"", with: "{\"generation\": {\"mode\": \"sql-first\", \"provider\": \"openai\"}, \"run\": {\"expected_reask_share\": \(share)}, \"database\""), to: "c.json")
                let plan = try runner.run("plan", "--schema", "s.json", "--config", "c.json", "--out", "p.json")
                #expect(plan.status == 0, "\(plan.stderr)")
                return plan.stdout
            }
            let none = try estimate(share: 0)
            let one = try estimate(share: 1)
            let batches = try #require(Self.number(after: "batches: ", in: none)) // one request per batch
            // Without the share, only the slots whose offline draft has no rows are asked again (sql-first).
            let empty = Self.number(after: "expected re-asks (run.expected_reask_share 0.0 per slot): ", in: none) ?? 0
            let reasks = try #require(Self.number(after: "expected re-asks (run.expected_reask_share 1.0 per slot): ", in: one), "\(one)")
            #expect(reasks > batches && reasks > empty, "a re-ask per slot, more than one request per batch: \(one)")
            let before = try #require(Self.number(after: "prompt tokens: about ", in: none))
            let after = try #require(Self.number(after: "prompt tokens: about ", in: one))
            #expect(after > before, "each re-ask re-sends the schema context: \(before) -> \(after)")
        }
    }
}
