import Foundation
import Generation
import Model
import OpenAITestServer
import Testing
import TestSupport

/// The LLM judge against the scripted server: scores recorded, low scores repaired or dropped,
/// malformed answers, refusals and partial answers, paraphrases, back-translation, batching.
@Suite struct JudgeTests {
    /// Runs the fixture plan with a judge of `judge` settings against `responder`.
    static func run(_ judge: JudgeSettings, paraphrases: Int = 0,
                    responder: @escaping OpenAITestServer.Responder) throws -> (output: GenerationRun.Output, requests: [RecordedRequest]) {
        let server = try OpenAITestServer(responder: responder)
        defer { server.stop() }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        var config = LLMFixture.draftingOnly
        config.paraphrases.count = paraphrases
        config.judge = judge
        let plan = LLMFixture.plan(config: config)
        let client = LLMFixture.client(LLMFixture.settings(server) { $0.concurrency = 1 })
        let provider = LLMProvider(schema: LLMFixture.schema, config: config, client: client, templates: try PromptTemplates.bundled())
        let examiner = ExampleJudge(schema: LLMFixture.schema, settings: judge, client: client, templates: try PromptTemplates.bundled())
        try provider.prefetch(batches: plan.batches, validator: validator, seed: UInt64(plan.seed))
        let output = GenerationRun(plan: plan, schema: LLMFixture.schema, provider: provider, judge: examiner).run(validator: validator)
        return (output, server.requests)
    }

    static func scoring(_ configure: (inout JudgeSettings) -> Void = { _ in }) -> JudgeSettings {
        var settings = JudgeSettings()
        settings.mode = "score"
        configure(&settings)
        return settings
    }

    /// Scores `low` for `id` when it is judged with others (the first round), 5 otherwise.
    static func lowInFirstRound(_ id: String, _ low: Int = 2) -> OpenAITestServer.Responder {
        { request, _ in
            guard ScriptedJudge.isJudgeRequest(request) else { return .completion(ScriptedAnswers.answer(to: request)) }
            let many = ScriptedJudge.items(in: request).count > 1
            return .completion(ScriptedJudge.answer(to: request) { $0 == id && many ? low : 5 })
        }
    }

    @Test func scoresAreRecordedAndALowScoreIsRepaired() throws {
        let (output, requests) = try Self.run(Self.scoring(), responder: Self.lowInFirstRound("b001-s2"))
        #expect(output.examples.map(\.slotID) == ["b001-s1", "b001-s2", "b002-s1"], "\(output.rejections)")
        let kept = try #require(output.examples.first { $0.slotID == "b001-s1" }?.judge)
        #expect(kept.status == "scored" && kept.faithfulness == 5 && kept.naturalness == 4 && kept.ambiguity == 2 && kept.model == "test-model")
        #expect(kept.repaired == nil)
        let repaired = try #require(output.examples.first { $0.slotID == "b001-s2" })
        #expect(repaired.judge?.repaired == true && repaired.judge?.faithfulness == 5 && repaired.attempts == 2)
        #expect(output.droppedDraws[GenerationRun.judgeLowScore] == 1)
        let repair = try #require(requests.first { $0.lastUserMessage.contains("was refused") })
        #expect(repair.lastUserMessage.contains("judge_low_score") && repair.lastUserMessage.contains("faithfulness 2/5"), "\(repair.lastUserMessage)")
        let judged = requests.filter(ScriptedJudge.isJudgeRequest)
        #expect(judged.count == 3, "one per batch, then the repaired example")
        let first = try #require(judged.first)
        #expect(first.lastUserMessage.contains("CREATE TABLE item") && first.lastUserMessage.contains("\"result\":{\"columns\""))
    }

    @Test func withoutRepairALowScoreIsDropped() throws {
        let (output, _) = try Self.run(Self.scoring { $0.repair = false }, responder: Self.lowInFirstRound("b001-s2"))
        #expect(output.examples.map(\.slotID) == ["b001-s1", "b002-s1"])
        let rejection = try #require(output.rejections.first { $0.slotID == "b001-s2" })
        #expect(rejection.reason == GenerationRun.judgeLowScore && rejection.attempts.first?.message.contains("faithfulness 2/5") == true)
    }

    @Test func aRepairTheJudgeStillScoresLowIsDropped() throws {
        let responder: OpenAITestServer.Responder = { request, _ in
            guard ScriptedJudge.isJudgeRequest(request) else { return .completion(ScriptedAnswers.answer(to: request)) }
            return .completion(ScriptedJudge.answer(to: request) { $0 == "b002-s1" ? 1 : 5 })
        }
        let (output, _) = try Self.run(Self.scoring(), responder: responder)
        let rejection = try #require(output.rejections.first { $0.slotID == "b002-s1" })
        #expect(rejection.attempts.map(\.reason) == [GenerationRun.judgeLowScore, GenerationRun.judgeLowScore])
        #expect(output.droppedDraws[GenerationRun.judgeLowScore] == 2)
        #expect(!output.examples.contains { $0.slotID == "b002-s1" })
    }

    @Test func aMalformedAnswerGetsAFollowUp() throws {
        let responder: OpenAITestServer.Responder = { request, _ in
            guard ScriptedJudge.isJudgeRequest(request) else { return .completion(ScriptedAnswers.answer(to: request)) }
            if request.messages.count == 2 { return .completion("{\"verdicts\": [{\"id\": ") }
            return .completion(ScriptedJudge.answer(to: request))
        }
        let (output, requests) = try Self.run(Self.scoring(), responder: responder)
        #expect(output.examples.allSatisfy { $0.judge?.status == "scored" })
        #expect(requests.contains { ScriptedJudge.isJudgeRequest($0) && $0.lastUserMessage.contains("could not be read") })
    }

    @Test func aRefusingJudgeLeavesExamplesUnjudged() throws {
        let responder: OpenAITestServer.Responder = { request, _ in
            ScriptedJudge.isJudgeRequest(request) ? .completion("I'm sorry, but I can't help with grading these.")
                : .completion(ScriptedAnswers.answer(to: request))
        }
        let (output, requests) = try Self.run(Self.scoring(), responder: responder)
        #expect(output.examples.count == 3)
        #expect(output.examples.allSatisfy { $0.judge?.status == "unjudged" && $0.judge?.reason.contains("not the requested JSON") == true },
                "\(output.examples.map(\.judge))")
        // Two batches, each: the request and llm.max_repairs (2) follow-ups.
        #expect(requests.filter(ScriptedJudge.isJudgeRequest).count == 6)
    }

    @Test func outOfRangeScoresAndMissingItemsStayUnjudged() throws {
        let responder: OpenAITestServer.Responder = { request, _ in
            guard ScriptedJudge.isJudgeRequest(request) else { return .completion(ScriptedAnswers.answer(to: request)) }
            let ids = ScriptedJudge.items(in: request)
            let entries = ids.compactMap { id -> String? in
                id == "b001-s1" ? "{\"id\": \"b001-s1\", \"faithfulness\": 9, \"naturalness\": 4, \"ambiguity\": 2, \"reason\": \"x\"}"
                    : id == "b001-s2" ? nil : "{\"id\": \"\(id)\", \"faithfulness\": \"4\", \"naturalness\": 4, \"ambiguity\": 2, \"reason\": \"ok\"}"
            }
            return .completion("{\"verdicts\": [\(entries.joined(separator: ", "))]}")
        }
        let (output, _) = try Self.run(Self.scoring(), responder: responder)
        let byID = Dictionary(uniqueKeysWithValues: output.examples.map { ($0.slotID, $0.judge) })
        #expect(byID["b001-s1"]??.status == "unjudged" && byID["b001-s2"]??.status == "unjudged")
        #expect(byID["b002-s1"]??.faithfulness == 4, "a numeric string is read")
    }

    @Test func paraphrasesAreJudgedToo() throws {
        let responder: OpenAITestServer.Responder = { request, _ in
            guard ScriptedJudge.isJudgeRequest(request) else { return .completion(ScriptedAnswers.answer(to: request)) }
            return .completion(ScriptedJudge.answer(to: request) { $0.hasSuffix("#p1") ? 1 : 5 })
        }
        let (output, requests) = try Self.run(Self.scoring { $0.paraphrases = true }, paraphrases: 2, responder: responder)
        #expect(requests.filter(ScriptedJudge.isJudgeRequest).count == 2)
        for example in output.examples {
            #expect(example.paraphrases.count == 1, "\(example.id): \(example.paraphrases)")
            #expect(example.contrastDropped["paraphrase_judge_low_score"] == 1)
            #expect(example.judge?.paraphrases?.map(\.faithfulness) == [5])
        }
    }

    @Test func requestsHoldJudgeExamplesPerRequest() throws {
        let (output, requests) = try Self.run(Self.scoring { $0.examplesPerRequest = 1 }, responder: Self.lowInFirstRound("none"))
        #expect(output.examples.count == 3)
        #expect(requests.filter(ScriptedJudge.isJudgeRequest).map { ScriptedJudge.items(in: $0).count } == [1, 1, 1])
    }

    @Test func aFailingJudgeEndpointLeavesExamplesUnjudgedAndWarns() throws {
        let responder: OpenAITestServer.Responder = { request, _ in
            ScriptedJudge.isJudgeRequest(request) ? .error(500, message: "judge overloaded") : .completion(ScriptedAnswers.answer(to: request))
        }
        let (output, _) = try Self.run(Self.scoring(), responder: responder)
        #expect(output.examples.count == 3)
        #expect(output.examples.allSatisfy { $0.judge?.status == "unjudged" && $0.judge?.reason.contains("HTTP 500") == true })
    }

    @Test func aReplayMissOfTheJudgeIsFatal() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        let cache = try RequestCache(path: directory.appendingPathComponent("empty.sqlite").path)
        let client = LLMFixture.client(LLMSettings(), cache: cache, replay: true, key: nil)
        let judge = ExampleJudge(schema: LLMFixture.schema, settings: Self.scoring(), client: client, templates: try PromptTemplates.bundled())
        // An offline run judged from an empty cache: the judge's first request misses.
        let plan = LLMFixture.plan()
        let output = GenerationRun(plan: plan, schema: LLMFixture.schema, provider: OfflineGenerator(schema: LLMFixture.schema, styles: ["formal"]),
                                   judge: judge).run(validator: validator)
        #expect(judge.fatalError?.kind == .replayMiss)
        #expect(output.examples.allSatisfy { $0.judge?.status == "unjudged" })
    }

    @Test func backTranslationKeepsQuestionsWhoseSQLReturnsTheGoldResult() throws {
        // The gold SQL of b001-s1 as the scripted server wrote it; every other question gets SELECT 1.
        let slot = try JSONParser.parse("{\"slot\": \"b001-s1\", \"tables\": [\"item\"], \"target_columns\": [\"item.i_brand\", \"item.i_current_price\"], \"join_edges\": []}")
        let gold = ScriptedAnswers.sql(for: slot)
        let responder: OpenAITestServer.Responder = { request, _ in
            guard ScriptedJudge.isJudgeRequest(request) else { return .completion(ScriptedAnswers.answer(to: request)) }
            return .completion(ScriptedJudge.answer(to: request, sql: { $0 == "b001-s1" ? gold : "SELECT 1" }))
        }
        var settings = JudgeSettings()
        settings.mode = "back_translate"
        settings.repair = false
        let (output, requests) = try Self.run(settings, responder: responder)
        #expect(output.examples.map(\.slotID) == ["b001-s1"], "\(output.examples.map(\.judge))")
        let verdict = try #require(output.examples.first?.judge)
        #expect(verdict.status == "back_translated" && verdict.matched == true && verdict.sql == gold)
        #expect(output.rejections.map(\.reason) == [GenerationRun.judgeLowScore, GenerationRun.judgeLowScore])
        let asked = try #require(requests.first(where: ScriptedJudge.isJudgeRequest)).lastUserMessage
        #expect(!asked.contains("\"sql\":\""), "the judge sees the question alone")
    }

    /// The rubric the judge is sent names additions (issue 24): a question that adds a value,
    /// number, place, period or entity its SQL does not hold is refused (scored at most 2).
    @Test func theRubricTellsTheJudgeToRefuseAdditions() throws {
        let (_, requests) = try Self.run(Self.scoring(), responder: Self.lowInFirstRound("none"))
        let asked = try #require(requests.first(where: ScriptedJudge.isJudgeRequest)).lastUserMessage
        let rubric = try #require(asked.components(separatedBy: "\n").first { $0.hasPrefix("- faithfulness:") }, "\(asked)")
        for kind in ["value", "number", "place", "period", "entity"] {
            #expect(rubric.contains(kind), "the rubric names added \(kind)s: \(rubric)")
        }
        #expect(rubric.contains("adds") && rubric.contains("(an addition) is at most 2"), "\(rubric)")
        #expect(rubric.contains("nothing more"), "\(rubric)")
    }
}
