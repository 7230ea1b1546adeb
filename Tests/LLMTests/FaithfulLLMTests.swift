import Foundation
import Generation
import Model
import OpenAITestServer
import Testing
import TestSupport

/// LLM questions and paraphrases checked against their SQL without an LLM: an unfaithful question
/// gets a repair prompt naming what it misses; unfaithful paraphrases never reach the examples.
@Suite struct FaithfulLLMTests {
    @Test func anUnfaithfulQuestionIsRepairedWithTheReason() throws {
        let server = try OpenAITestServer { request, _ in
            .completion(ScriptedAnswers.answer(to: request, question: { $0 == "b001-s1" ? "Which brands are there?" : nil }))
        }
        defer { server.stop() }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        let provider = try LLMFixture.provider(LLMFixture.client(LLMFixture.settings(server)))
        let output = try LLMFixture.run(provider, plan: LLMFixture.plan(), validator: validator)
        let repaired = try #require(output.examples.first { $0.slotID == "b001-s1" }, "\(output.rejections)")
        #expect(repaired.attempts == 2 && repaired.question != "Which brands are there?")
        #expect(output.droppedDraws["unfaithful_literal"] == 1, "\(output.droppedDraws)")
        let repair = try #require(server.requests.first { $0.lastUserMessage.contains("was refused") })
        #expect(repair.lastUserMessage.contains("unfaithful_literal") && repair.lastUserMessage.contains("does not state"), "\(repair.lastUserMessage)")
    }

    @Test(arguments: ["llm", "sql-first"])
    func unfaithfulParaphrasesNeverReachTheExamples(mode: String) throws {
        // The fixed reply of the issue: paraphrases about catalog cash refunds for every question.
        let server = try OpenAITestServer { request, _ in
            if request.lastUserMessage.contains("\"paraphrases\"") {
                return .completion("{\"paraphrases\": [\"What is the total cash refunded by catalog returns in 2001?\", \"Which catalog returns had the largest cash refunds?\", \"Show catalog cash refunds by call center.\"]}")
            }
            return .completion(ScriptedAnswers.answer(to: request))
        }
        defer { server.stop() }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        var config = Config()
        config.paraphrases.count = 1
        config.generation.mode = mode
        let provider = LLMProvider(schema: LLMFixture.schema, config: config, client: LLMFixture.client(LLMFixture.settings(server)),
                                   templates: try PromptTemplates.bundled())
        let output = try LLMFixture.run(provider, plan: LLMFixture.plan(config: config), validator: validator)
        #expect(output.examples.count == 3, "\(output.rejections)")
        #expect(output.examples.allSatisfy { $0.paraphrases.isEmpty })
        #expect(output.examples.allSatisfy { $0.contrastDropped.keys.contains { $0.hasPrefix("paraphrase_unfaithful_") } })
        #expect(!ContrastPairs.pairs(of: output.examples).contains { $0.question.lowercased().contains("catalog") })
    }

    @Test func scriptedParaphrasesAreFaithfulAndKept() throws {
        let server = try LLMFixture.scriptedServer()
        defer { server.stop() }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        var config = Config()
        config.paraphrases.count = 2
        let provider = LLMProvider(schema: LLMFixture.schema, config: config, client: LLMFixture.client(LLMFixture.settings(server)),
                                   templates: try PromptTemplates.bundled())
        let output = try LLMFixture.run(provider, plan: LLMFixture.plan(config: config), validator: validator)
        #expect(output.examples.allSatisfy { $0.paraphrases.count == 2 }, "\(output.examples.map(\.contrastNotes))")
    }
}
