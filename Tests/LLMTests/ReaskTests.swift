import Foundation
import Generation
import Model
import OpenAITestServer
import Testing
import TestSupport

/// Re-asking for a slot the LLM left out (issue 14, item 8).
@Suite struct ReaskTests {
    /// The scripted answer without any example for `missing`.
    static func answer(_ request: RecordedRequest, without missing: String) -> String {
        let text = ScriptedAnswers.answer(to: request)
        guard case .object(let members)? = try? JSONParser.parse(text),
              let examples = members.first(where: { $0.key == "examples" }), case .array(let items) = examples.value else { return text }
        let kept = items.filter { $0["slot"]?.stringValue != missing }
        return JSONValue.object([JSONMember(key: "examples", value: .array(kept))]).render()
    }

    @Test func reaskDiffersByAttemptAndTheRejectionSaysWhatCameBack() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try OpenAITestServer { request, _ in .completion(Self.answer(request, without: "b001-s2")) }
        defer { server.stop() }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        let cache = try RequestCache(path: directory.appendingPathComponent("llm-cache.sqlite").path)
        let provider = try LLMFixture.provider(LLMFixture.client(LLMFixture.settings(server) { $0.maxRepairs = 2 }, cache: cache))
        let output = try LLMFixture.run(provider, plan: LLMFixture.plan(), validator: validator)
        let reasks = server.requests.filter { $0.lastUserMessage.contains("no usable example for slot b001-s2") }
        #expect(reasks.count == 2, "each re-ask is a new request, not the cached answer of the one before")
        #expect(Set(reasks.map(\.body)).count == reasks.count)
        #expect(reasks.map(\.lastUserMessage).allSatisfy { $0.contains("b001-s2") })
        let rejection = try #require(output.rejections.first { $0.slotID == "b001-s2" })
        let messages = rejection.attempts.map(\.message)
        #expect(messages.first?.contains("the answer held examples for b001-s1, none for b001-s2") == true, "\(messages)")
        #expect(messages.dropFirst().first?.contains("the answer held") == true, "\(messages)")
    }
}
