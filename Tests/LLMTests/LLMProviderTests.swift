import Foundation
import Generation
import Model
import OpenAITestServer
import Testing
import TestSupport

/// The provider against the test server: valid answers, the repair loop, malformed and truncated
/// answers, sql-first, the key in the header only.
@Suite struct LLMProviderTests {
    @Test func validAnswersBecomeValidatedExamples() throws {
        let server = try LLMFixture.scriptedServer()
        defer { server.stop() }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        let provider = try LLMFixture.provider(LLMFixture.client(LLMFixture.settings(server)))
        let output = try LLMFixture.run(provider, plan: LLMFixture.plan(), validator: validator)
        #expect(output.examples.map(\.slotID) == ["b001-s1", "b001-s2", "b002-s1"], "\(output.rejections)")
        #expect(output.examples.allSatisfy { $0.provider == "openai" && $0.attempts == 1 })
        #expect(output.examples[2].joinEdges == [LLMFixture.itemEdge])
        let requests = server.requests
        #expect(requests.count == 2)
        #expect(requests.allSatisfy { $0.path == "/v1/chat/completions" && $0.headers["authorization"] == "Bearer \(LLMFixture.key)" })
        #expect(requests.allSatisfy { !$0.body.contains(LLMFixture.key) })
        let prompt = try #require(requests.first { $0.lastUserMessage.contains("b001-s1") }).lastUserMessage
        #expect(prompt.contains("CREATE TABLE item") && prompt.contains("merchandising") && prompt.contains("\"level\":\"simple\""))
        #expect(prompt.contains("e.g. "), "sample values from the synthetic database")
        #expect(requests.first?.json?["response_format"]?["type"]?.stringValue == "json_object")
        let usage = provider.usage()
        #expect(usage.requests == 2 && usage.promptTokens == 200 && usage.completionTokens == 100 && usage.retries == 0)
        #expect(usage.promptSHA256.count == 64)
    }

    @Test func llmParaphrasesAreMeasuredAndKeptWithTheirExample() throws {
        let server = try LLMFixture.scriptedServer()
        defer { server.stop() }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        let provider = try LLMFixture.provider(LLMFixture.client(LLMFixture.settings(server)))
        var config = Config()
        config.paraphrases.count = 2
        let output = try LLMFixture.run(provider, plan: LLMFixture.plan(config: config), validator: validator)
        #expect(output.examples.count == 3)
        // Two batch requests, then one paraphrase request per example.
        #expect(server.requests.count == 2 + 3)
        #expect(server.requests.filter { $0.lastUserMessage.contains("\"paraphrases\"") }.count == 3)
        for example in output.examples {
            #expect(!example.paraphrases.isEmpty || example.contrastNotes.contains { $0.hasPrefix("paraphrases:") })
            for paraphrase in example.paraphrases {
                #expect(paraphrase.source == "llm" && paraphrase.style == "llm")
                #expect(paraphrase.distance >= config.paraphrases.minDistance)
                #expect(paraphrase.text != example.question)
            }
        }
        #expect(output.examples.contains { !$0.paraphrases.isEmpty })
    }

    @Test func invalidSQLGetsRepairPromptWithTheSQLiteError() throws {
        let server = try OpenAITestServer { request, _ in
            .completion(ScriptedAnswers.answer(to: request) { $0 == "b001-s1" ? "SELECT i_brandx FROM item" : nil })
        }
        defer { server.stop() }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        let provider = try LLMFixture.provider(LLMFixture.client(LLMFixture.settings(server)))
        let output = try LLMFixture.run(provider, plan: LLMFixture.plan(), validator: validator)
        let repaired = try #require(output.examples.first { $0.slotID == "b001-s1" })
        #expect(repaired.attempts == 2)
        #expect(!repaired.sql.contains("i_brandx"))
        let repair = try #require(server.requests.first { $0.lastUserMessage.contains("was refused") })
        #expect(repair.lastUserMessage.contains("no such column: i_brandx"))
        #expect(repair.messages.map(\.role) == ["system", "user", "assistant", "user"])
        #expect(provider.usage().repairs == 1)
    }

    @Test func repairsAreBounded() throws {
        let server = try OpenAITestServer { request, _ in
            .completion(ScriptedAnswers.answer(to: request) { $0.hasPrefix("b001-s1") ? "SELECT nope FROM item" : nil })
        }
        defer { server.stop() }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        let provider = try LLMFixture.provider(LLMFixture.client(LLMFixture.settings(server) { $0.maxRepairs = 2 }))
        let output = try LLMFixture.run(provider, plan: LLMFixture.plan(), validator: validator)
        let rejection = try #require(output.rejections.first { $0.slotID == "b001-s1" })
        #expect(rejection.attempts.first?.message.contains("no such column") == true)
        #expect(rejection.attempts.dropFirst(3).allSatisfy { $0.reason == "no_draft" }, "no draft after max_repairs")
        #expect(server.requests.filter { $0.lastUserMessage.contains("was refused") }.count == 2)
    }

    @Test func malformedJSONGetsOneFollowUp() throws {
        let server = try OpenAITestServer { request, number in
            number == 0 ? .completion("Sure! Here are your examples: {\"examples\": [") : .completion(ScriptedAnswers.answer(to: request))
        }
        defer { server.stop() }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        var plan = LLMFixture.plan()
        plan.batches.removeLast()
        let provider = try LLMFixture.provider(LLMFixture.client(LLMFixture.settings(server) { $0.concurrency = 1 }))
        let output = try LLMFixture.run(provider, plan: plan, validator: validator)
        #expect(output.examples.count == 2)
        #expect(server.requests.count == 2)
        #expect(server.requests[1].lastUserMessage.contains("could not be read"))
    }

    @Test func malformedBodyAndTruncatedBodyAreRetried() throws {
        let server = try OpenAITestServer { request, number in
            switch number {
            case 0: return .malformedBody()
            case 1: return .truncated(ScriptedAnswers.answer(to: request))
            default: return .completion(ScriptedAnswers.answer(to: request))
            }
        }
        defer { server.stop() }
        let client = LLMFixture.client(LLMFixture.settings(server))
        let reply = try client.complete(client.request([.user("hello")], seed: 1), batch: "b001")
        #expect(reply.content.contains("examples"))
        #expect(server.requests.count == 3)
        #expect(client.meter.usage(baseURL: "", model: "", mode: "", promptSHA256: "").retries == 2)
    }

    @Test func sqlFirstAsksTheLLMForQuestionsOnly() throws {
        let server = try LLMFixture.scriptedServer()
        defer { server.stop() }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        let provider = try LLMFixture.provider(LLMFixture.client(LLMFixture.settings(server)), mode: "sql-first")
        let output = try LLMFixture.run(provider, plan: LLMFixture.plan(), validator: validator)
        #expect(output.examples.count == 3, "\(output.rejections)")
        #expect(output.examples.allSatisfy { $0.question.hasPrefix("What are the") && $0.question.contains("in case \($0.slotID)") })
        #expect(output.examples.allSatisfy { !$0.shape.hasPrefix("llm.") })
        #expect(server.requests.count == 2)
        #expect(server.requests[0].lastUserMessage.contains("\"sql\":\"SELECT"))
    }

    @Test func paraphraserReturnsDistinctRewrites() throws {
        let server = try LLMFixture.scriptedServer()
        defer { server.stop() }
        let paraphraser = try LLMParaphraser(client: LLMFixture.client(LLMFixture.settings(server)), templates: .bundled())
        let texts = try paraphraser.paraphrases(question: "Which brands cost most?", sql: "SELECT i_brand FROM item", count: 2,
                                                batch: "b001", seed: 42)
        #expect(texts == ScriptedWording.paraphrases(of: "Which brands cost most?", count: 2))
        #expect(server.requests[0].lastUserMessage.contains("Which brands cost most?"))
    }

    @Test func manyRequestsAreInFlightAtOnce() throws {
        let gauge = Gauge()
        let server = try OpenAITestServer { request, _ in
            gauge.enter()
            Thread.sleep(forTimeInterval: 0.3)
            gauge.leave()
            return .completion(ScriptedAnswers.answer(to: request))
        }
        defer { server.stop() }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        var plan = LLMFixture.plan()
        let template = plan.batches[0]
        plan.batches = (0..<12).map { index in
            var batch = template
            batch.id = "b\(index)"
            return batch
        }
        let provider = try LLMFixture.provider(LLMFixture.client(LLMFixture.settings(server) { $0.concurrency = 6 }))
        try provider.prefetch(batches: plan.batches, validator: validator, seed: 42)
        #expect(server.requests.count == 12)
        #expect(gauge.maximum >= 4 && gauge.maximum <= 6, "at most 6 in flight, got \(gauge.maximum)")
    }
}

/// Counts concurrent entries.
final class Gauge: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private(set) var peak = 0

    func enter() { lock.withLock { current += 1; peak = max(peak, current) } }
    func leave() { lock.withLock { current -= 1 } }
    var maximum: Int { lock.withLock { peak } }
}
