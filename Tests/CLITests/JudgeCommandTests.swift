import Foundation
import OpenAITestServer
import Testing
import TestSupport

/// A judged run end to end: low scores repaired or dropped, scores in the examples, the manifest,
/// the report and the review sheet; a byte-for-byte replay; the dry run's judge estimate; and the
/// judge's set-up errors.
@Suite struct JudgeCommandTests {
    /// Scores 2 for every fourth example (by its last digit) when judged with others, 5 otherwise.
    static let responder: OpenAITestServer.Responder = { request, _ in
        guard ScriptedJudge.isJudgeRequest(request) else { return ScriptedAnswers.reply(to: request) }
        let many = ScriptedJudge.items(in: request).count > 1
        return .completion(ScriptedJudge.answer(to: request) { id in
            let low = ["1", "5"].contains(String(id.last ?? "0")) && !id.contains("#")
            return low && many ? 2 : (id.hasSuffix("s03") ? 3 : 5)
        })
    }

    static func prepare(_ runner: CommandRunner, server: OpenAITestServer, judge: String) throws {
        try LLMCommandTests.prepare(runner, server: server)
        let config = try runner.read("c.json")
        try runner.write(config.replacingOccurrences(of: "{\"database\"", with: "{\"judge\": {\(judge)}, \"database\""), to: "c.json")
    }

    static func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    @Test func judgedRunRepairsDropsRecordsAndReplays() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer(responder: Self.responder)
        try Self.prepare(runner, server: server, judge: "\"mode\": \"score\", \"model\": \"judge-model\", \"threshold\": 4")
        let plan = try runner.run("plan", "--schema", "s.json", "--config", "c.json", "--out", "p.json")
        #expect(plan.status == 0 && plan.stdout.contains("judge (judge-model): "), "\(plan.stdout)")
        let first = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": ""], "run", "--plan", "p.json", "--out", "a", "--quiet", "--provider", "openai", "--allow-partial")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("judge (judge-model): ") && first.stdout.contains(" repaired, "), "\(first.stdout)")
        let judgeRequests = server.requests.filter(ScriptedJudge.isJudgeRequest)
        server.stop()
        #expect(!judgeRequests.isEmpty && judgeRequests.allSatisfy { $0.json?["model"]?.stringValue == "judge-model" })

        let manifest = try Self.json(runner.read("a/manifest.json"))
        let counts = manifest["counts"] as? [String: Int] ?? [:]
        #expect((counts["judge_repaired"] ?? 0) > 0 && (counts["judge_low_scores"] ?? 0) >= (counts["judge_repaired"] ?? 0), "\(counts)")
        #expect((counts["judge_dropped"] ?? 0) > 0, "scores of 3 below the threshold 4 are dropped after their repair: \(counts)")
        #expect(counts["judge_faithfulness_5"] == counts["examples"], "every kept example scored 5: \(counts)")
        let examples = try runner.read("a/examples.jsonl").split(separator: "\n").map { try Self.json(String($0)) }
        #expect(examples.allSatisfy { ($0["judge"] as? [String: Any])?["model"] as? String == "judge-model" })
        #expect(examples.contains { ($0["judge"] as? [String: Any])?["repaired"] as? Bool == true })
        #expect(try runner.read("a/rejections.jsonl").contains("judge_low_score"))

        let report = try Self.json(runner.read("a/report.json"))
        let judge = try #require(report["judge"] as? [String: Any])
        #expect((judge["faithfulness"] as? [String: Int])?["5"] == examples.count && judge["dropped"] as? Int == counts["judge_dropped"])
        #expect(try runner.read("a/report.html").contains("id=\"judge-chart\""))

        // The review sheet lists the lowest-scored first, with the verdict.
        let sheet = try runner.run("review", "export", "a", "--sample", "50", "--out", "review.csv")
        #expect(sheet.status == 0, "\(sheet.stderr)")
        let header = try runner.read("review.csv").split(separator: "\r\n").first ?? ""
        #expect(header.hasSuffix(",note,judge"))

        // Replay without the server: the same dataset, byte for byte.
        let replay = try runner.run("run", "--plan", "a/plan.json", "--out", "b", "--quiet", "--replay", "--cache", "a/llm-cache.sqlite", "--allow-partial")
        #expect(replay.status == 0, "\(replay.stderr)")
        for file in ["examples.jsonl", "rejections.jsonl", "coverage.json", "pairs.jsonl", "plan.json"] {
            #expect(try runner.data("a/\(file)") == runner.data("b/\(file)"), "\(file) differs after replay")
        }
    }

    /// An offline dataset judged by an LLM: the judge's own request cache and cost meter in the
    /// dataset directory, low scores re-drawn offline or dropped, a byte-for-byte replay.
    @Test func anOfflineRunIsJudgedAndReplays() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer(responder: Self.responder)
        try Self.prepare(runner, server: server, judge: "\"mode\": \"score\", \"model\": \"judge-model\", \"threshold\": 4")
        let plan = try runner.run("plan", "--schema", "s.json", "--config", "c.json", "--out", "p.json")
        #expect(plan.status == 0 && plan.stdout.contains("this offline run sends only the judge's requests: judge (judge-model): "), "\(plan.stdout)")
        let first = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": ""], "generate", "--schema", "s.json", "--config", "c.json", "--out", "a", "--quiet",
                                   "--allow-partial")   // the judge drops examples: a partial dataset
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("judge (judge-model): ") && first.stdout.contains("  llm: "), "\(first.stdout)")
        let requests = server.requests
        server.stop()
        #expect(!requests.isEmpty && requests.allSatisfy(ScriptedJudge.isJudgeRequest), "an offline run sends only the judge's requests")
        let manifest = try Self.json(runner.read("a/manifest.json"))
        #expect(manifest["provider"] as? String == "offline")
        let counts = manifest["counts"] as? [String: Int] ?? [:]
        #expect((counts["judge_low_scores"] ?? 0) > 0 && (counts["judge_repaired"] ?? 0) + (counts["judge_dropped"] ?? 0) > 0, "\(counts)")
        #expect(((manifest["llm"] as? [String: Any])?["requests"] as? Int ?? 0) > 0, "the judge's traffic is the manifest's llm record")
        let examples = try runner.read("a/examples.jsonl").split(separator: "\n").map { try Self.json(String($0)) }
        #expect(!examples.isEmpty && examples.allSatisfy { ($0["judge"] as? [String: Any])?["model"] as? String == "judge-model" })
        #expect(FileManager.default.fileExists(atPath: runner.path("a/llm-usage.jsonl")))

        let replay = try runner.run("run", "--plan", "a/plan.json", "--out", "b", "--quiet", "--replay", "--cache", "a/llm-cache.sqlite", "--allow-partial")
        #expect(replay.status == 0, "\(replay.stderr)")
        for file in ["examples.jsonl", "rejections.jsonl", "coverage.json", "pairs.jsonl"] {
            #expect(try runner.data("a/\(file)") == runner.data("b/\(file)"), "\(file) differs after replay")
        }
        // A replay without the cache fails before writing anything.
        let missing = try runner.run("run", "--plan", "a/plan.json", "--out", "c", "--quiet", "--replay", "--cache", "nowhere.sqlite")
        #expect(missing.status == 2 && missing.stderr.contains("nowhere.sqlite"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: runner.path("c")))
    }

    @Test func theJudgeNeedsItsKey() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer(responder: Self.responder)
        defer { server.stop() }
        try Self.prepare(runner, server: server, judge: "\"mode\": \"score\", \"api_key_env\": \"NL2SQLGEN_JUDGE_KEY\"")
        let offline = try runner.run(environment: ["NL2SQLGEN_JUDGE_KEY": nil], "generate", "--schema", "s.json", "--config", "c.json", "--out", "a", "--quiet")
        #expect(offline.status == 2 && offline.stderr.contains("NL2SQLGEN_JUDGE_KEY"), "\(offline.stderr)")
        let keyless = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": "", "NL2SQLGEN_JUDGE_KEY": nil],
                                     "generate", "--schema", "s.json", "--config", "c.json", "--out", "b", "--quiet", "--provider", "openai")
        #expect(keyless.status == 2 && keyless.stderr.contains("NL2SQLGEN_JUDGE_KEY"), "\(keyless.stderr)")
        #expect(!FileManager.default.fileExists(atPath: runner.path("a")) && !FileManager.default.fileExists(atPath: runner.path("b")))
        #expect(server.requests.isEmpty)
        let check = try runner.run("config", "check", "c.json")
        #expect(check.status == 0, "\(check.stderr)")
    }
}
