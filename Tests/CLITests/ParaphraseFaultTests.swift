import Foundation
import OpenAITestServer
import Testing
import TestSupport

/// Faults on paraphrase requests (issue 25, item 4): an answer that is not the requested JSON gets
/// a follow-up like any other malformed answer, and what is lost in the end is counted and reported.
@Suite struct ParaphraseFaultTests {
    /// Whether `request` asks for paraphrases (first request or follow-up).
    static func isParaphrase(_ request: RecordedRequest) -> Bool {
        request.messages.first { $0.role == "user" }?.content.contains("\"paraphrases\"") == true
    }

    static func manifestLLM(_ runner: CommandRunner, _ directory: String) throws -> [String: Any] {
        let manifest = try JSONSerialization.jsonObject(with: Data(runner.read("\(directory)/manifest.json").utf8)) as? [String: Any] ?? [:]
        return manifest["llm"] as? [String: Any] ?? [:]
    }

    @Test func anUnreadableParaphraseAnswerGetsAFollowUp() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer { request, _ in
            // Every first paraphrase request is answered with prose, every follow-up with the JSON.
            if Self.isParaphrase(request) && request.messages.count == 2 { return .completion("Sure! Here are some rewrites of that question.") }
            return .completion(ScriptedAnswers.answer(to: request))
        }
        try LLMCommandTests.prepare(runner, server: server)
        let result = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": ""],
                                    "generate", "--schema", "s.json", "--config", "c.json", "--out", "a", "--provider", "openai",
                                    "--allow-partial")
        let requests = server.requests
        server.stop()
        #expect(result.status == 0, "\(result.stderr)")
        let first = requests.filter { Self.isParaphrase($0) && $0.messages.count == 2 }
        let followUps = requests.filter { Self.isParaphrase($0) && $0.messages.count > 2 }
        #expect(!first.isEmpty)
        #expect(followUps.count == first.count, "\(first.count) unreadable answers, \(followUps.count) follow-ups")
        let examples = try runner.read("a/examples.jsonl").split(separator: "\n")
        #expect(!examples.isEmpty && examples.allSatisfy { $0.contains("\"paraphrases\":[{") }, "every example keeps paraphrases")
        #expect(try Self.manifestLLM(runner, "a")["paraphrase_failures"] as? Int == 0)
        #expect(!result.stdout.contains("paraphrases lost"), "\(result.stdout)")
    }

    @Test func paraphrasesLostInTheEndAreCountedAndReported() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer { request, _ in
            // Paraphrase answers are never readable: HTTP 200 with a body that is not JSON, or prose.
            if Self.isParaphrase(request) { return request.body.count % 2 == 0 ? .malformedBody() : .completion("no JSON here") }
            return .completion(ScriptedAnswers.answer(to: request))
        }
        try LLMCommandTests.prepare(runner, server: server)
        let result = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": ""],
                                    "generate", "--schema", "s.json", "--config", "c.json", "--out", "a", "--provider", "openai",
                                    "--allow-partial")
        server.stop()
        #expect(result.status == 0, "\(result.stderr)")
        let examples = try runner.read("a/examples.jsonl").split(separator: "\n")
        #expect(!examples.isEmpty)
        let llm = try Self.manifestLLM(runner, "a")
        #expect(llm["paraphrase_failures"] as? Int == examples.count, "\(llm)")
        #expect(result.stdout.contains("paraphrases lost: \(examples.count) example(s)"), "\(result.stdout)")
        #expect((llm["failures"] as? Int ?? 0) >= examples.count)
    }
}
