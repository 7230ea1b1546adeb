import Foundation
import OpenAITestServer
import Testing
import TestSupport

/// Runs that miss their purpose never exit 0 (issue 24): a partial dataset exits 3 and names what
/// is missing; the circuit breaker stops a hopeless run, and a resume after the fix completes it.
@Suite struct TruthfulRunTests {
    /// A question that states nothing of its SQL: refused by the faithfulness check.
    static let vague = "Show me some numbers?"

    /// A switch the test flips to "fix" the server while it keeps its port (the plan records it).
    final class Switch: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Bool
        init(_ value: Bool) { self.value = value }
        var isOn: Bool {
            get { lock.withLock { value } }
            set { lock.withLock { value = newValue } }
        }
    }

    @Test func unfaithfulQuestionsExitThreeKeepingTheDataset() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        // Every other slot (and its repairs) gets a question that states nothing.
        let server = try OpenAITestServer { request, _ in
            .completion(ScriptedAnswers.answer(to: request, question: { key in
                let id = key.components(separatedBy: "#")[0]
                return id.unicodeScalars.reduce(0) { $0 + Int($1.value) } % 2 == 0 ? Self.vague : nil
            }))
        }
        defer { server.stop() }
        try LLMCommandTests.prepare(runner, server: server)
        let environment: [String: String?] = ["NL2SQLGEN_TEST_KEY": LLMCommandTests.key]
        let result = try runner.run(environment: environment, "generate", "--schema", "s.json", "--config", "c.json", "--out", "d",
                                    "--quiet", "--provider", "openai")
        #expect(result.status == 3, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("partial dataset") && result.stderr.contains("unfaithful_"), "\(result.stderr)")
        #expect(result.stderr.contains("run.min_example_share"), "\(result.stderr)")
        #expect(result.stderr.contains("--allow-partial"), "\(result.stderr)")
        // Each rejection holds the question that was judged and every fault found.
        let rejections = try runner.read("d/rejections.jsonl")
        #expect(rejections.contains("\"question\":\"\(Self.vague)\""), "\(rejections.prefix(600))")
        #expect(rejections.contains("; it does not name"), "every fault, not only the first: \(rejections.prefix(600))")
        // Everything written is kept.
        for file in ["manifest.json", "examples.jsonl", "rejections.jsonl", "coverage.json", "report.html"] {
            #expect(FileManager.default.fileExists(atPath: runner.path("d/\(file)")), "d/\(file) missing")
        }
        #expect(result.stderr.contains("run --plan d/plan.json --out d --retry-failed"), "\(result.stderr)")
        if result.stderr.contains("columns:") {
            #expect(result.stderr.contains("replan --plan d/plan.json --coverage d/coverage.json --schema s.json --out d-gaps.json"), "\(result.stderr)")
            #expect(result.stderr.contains("run --plan d-gaps.json --out d-gaps"), "\(result.stderr)")
        }
        // The same command again says the same (not "nothing to do"); --allow-partial accepts it.
        let again = try runner.run(environment: environment, "run", "--plan", "d/plan.json", "--out", "d", "--quiet")
        #expect(again.status == 3, "\(again.stdout)\(again.stderr)")
        #expect(!again.stdout.contains("nothing to do"))
        let accepted = try runner.run(environment: environment, "run", "--plan", "d/plan.json", "--out", "d", "--quiet", "--allow-partial")
        #expect(accepted.status == 0, "\(accepted.stdout)\(accepted.stderr)")
        #expect(accepted.stderr.contains("partial dataset"), "\(accepted.stderr)")
    }

    @Test func circuitBreakerStopsAHopelessRunAndAResumeAfterTheFixCompletesIt() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        // A server slower than llm.timeout_seconds: every batch request times out.
        let fixed = Switch(false)
        let server = try OpenAITestServer { request, _ in
            .completion(ScriptedAnswers.answer(to: request), delay: fixed.isOn ? 0 : 3)
        }
        defer { server.stop() }
        try LLMCommandTests.prepare(runner, server: server)
        let config = try runner.read("c.json")
        func configure(timeout: Int) throws {
            try runner.write(config.replacingOccurrences(of: #""planner": {"#, with: #""run": {"breaker_window": 4}, "planner": {"#)
                .replacingOccurrences(of: #""max_retries": 2"#, with: #""max_retries": 0, "concurrency": 2, "timeout_seconds": \#(timeout)"#), to: "c.json")
        }
        try configure(timeout: 1)
        let environment: [String: String?] = ["NL2SQLGEN_TEST_KEY": LLMCommandTests.key]
        let arguments = ["generate", "--schema", "s.json", "--config", "c.json", "--out", "d", "--quiet", "--provider", "openai", "--mode", "sql-first", "--workers", "1"]
        let stopped = try runner.execute(CommandRunner.binary, arguments, environment: environment)
        #expect(stopped.status == 3, "\(stopped.stdout)\(stopped.stderr)")
        #expect(stopped.stderr.contains("circuit breaker") && stopped.stderr.contains("4 of the last 4 slots"), "\(stopped.stderr)")
        #expect(stopped.stderr.contains("request_failed") && stopped.stderr.contains("likely fix: ") && stopped.stderr.contains("llm.timeout_seconds"),
                "\(stopped.stderr)")
        #expect(stopped.stderr.contains("within llm.timeout_seconds = 1"), "the timeout is explained: \(stopped.stderr)")
        #expect(stopped.stderr.contains("run --plan d/plan.json --out d --retry-failed"), "\(stopped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: runner.path("d/manifest.json")), "stopped before the end")
        let plan = try JSONSerialization.jsonObject(with: Data(runner.read("d/plan.json").utf8)) as? [String: Any] ?? [:]
        let batches = (plan["batches"] as? [Any])?.count ?? 0
        #expect(batches > 2, "the plan must be longer than one wave")
        #expect(server.requests.count < batches, "the next wave of requests was never sent: \(server.requests.count) of \(batches)")

        // The fix: a longer timeout (the server answers at once now too); the run resumes and completes.
        fixed.isOn = true
        try configure(timeout: 30)
        let resumed = try runner.execute(CommandRunner.binary, arguments + ["--retry-failed"], environment: environment)
        #expect(resumed.status == 0, "\(resumed.stdout)\(resumed.stderr)")
        #expect(FileManager.default.fileExists(atPath: runner.path("d/manifest.json")))
        #expect(try !runner.read("d/rejections.jsonl").contains("request_failed"))
    }

    @Test func aDamagedFinishedDatasetIsRebuiltFromItsLedger() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        #expect(try runner.run("schema", "synth", "--tables", "4", "--seed", "3", "--out", "s.json").status == 0)
        try runner.write(#"{"database": {"scale": 0.2}, "planner": {"time_limit_seconds": 10}}"#, to: "c.json")
        let first = try runner.run("generate", "--schema", "s.json", "--config", "c.json", "--out", "d", "--quiet")
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let original = try runner.read("d/examples.jsonl")
        let pairs = try runner.read("d/pairs.jsonl")
        // Cut mid-line, as a crashed copy or an editor would.
        try runner.write(String(original.prefix(original.count / 2)), to: "d/examples.jsonl")
        try runner.write("", to: "d/pairs.jsonl")
        let again = try runner.run("run", "--plan", "d/plan.json", "--out", "d", "--quiet")
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(!again.stdout.contains("nothing to do"))
        #expect(again.stderr.contains("damaged") && again.stderr.contains("examples.jsonl") && again.stderr.contains("pairs.jsonl"), "\(again.stderr)")
        #expect(try runner.read("d/examples.jsonl") == original)
        #expect(try runner.read("d/pairs.jsonl") == pairs)
        let third = try runner.run("run", "--plan", "d/plan.json", "--out", "d", "--quiet")
        #expect(third.status == 0 && third.stdout.contains("nothing to do"), "\(third.stdout)\(third.stderr)")
    }

    @Test func outIsCheckedBeforePlanning() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        #expect(try runner.run("schema", "synth", "--tables", "4", "--seed", "3", "--out", "s.json").status == 0)
        try runner.write("not a directory", to: "file")
        let file = try runner.run("generate", "--schema", "s.json", "--out", "file", "--quiet")
        #expect(file.status == 2 && file.stderr.contains("is a file"), "\(file.stderr)")
        try FileManager.default.createDirectory(atPath: runner.path("mine"), withIntermediateDirectories: true)
        try runner.write("my notes", to: "mine/notes.txt")
        let foreign = try runner.run("generate", "--schema", "s.json", "--out", "mine", "--quiet")
        #expect(foreign.status == 2 && foreign.stderr.contains("notes.txt") && foreign.stderr.contains("--force"), "\(foreign.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: runner.path("mine")) == ["notes.txt"], "nothing written")
        try runner.write(#"{"database": {"scale": 0.2}, "planner": {"time_limit_seconds": 10}}"#, to: "c.json")
        let forced = try runner.run("generate", "--schema", "s.json", "--config", "c.json", "--out", "mine", "--quiet", "--force")
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try runner.read("mine/notes.txt") == "my notes")
    }

    @Test func anAnswerCopyingThePromptsExampleIsRefused() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        // A weak model: every slot gets the question of the first example the prompt showed.
        let server = try OpenAITestServer { request, _ in
            let prompt = request.messages.first { $0.role == "user" }?.content ?? ""
            let shown = prompt.split(separator: "\n").first { $0.hasPrefix("Question: ") }.map { String($0.dropFirst(10)) }
            return .completion(ScriptedAnswers.answer(to: request, question: { _ in shown }))
        }
        defer { server.stop() }
        try LLMCommandTests.prepare(runner, server: server)
        let result = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": ""], "generate", "--schema", "s.json", "--config", "c.json",
                                    "--out", "d", "--quiet", "--provider", "openai", "--allow-partial")
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        let rejections = try runner.read("d/rejections.jsonl")
        #expect(rejections.contains("copied_from_prompt"), "\(rejections.prefix(800))")
        let shownQuestions = Set(server.requests.compactMap { request -> String? in
            let prompt = request.messages.first { $0.role == "user" }?.content ?? ""
            return prompt.split(separator: "\n").first { $0.hasPrefix("Question: ") }.map { String($0.dropFirst(10)) }
        })
        #expect(!shownQuestions.isEmpty)
        let examples = try runner.read("d/examples.jsonl").split(separator: "\n").compactMap {
            (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["question"] as? String
        }
        #expect(examples.allSatisfy { !shownQuestions.contains($0) }, "a copied question was kept")
    }

    @Test func aSlowServerShowsOnTheProgressLine() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer { request, _ in .completion(ScriptedAnswers.answer(to: request), delay: 7) }
        defer { server.stop() }
        try LLMCommandTests.prepare(runner, server: server)
        try runner.write(try runner.read("c.json").replacingOccurrences(of: #""planner": {"#, with: #""paraphrases": {"count": 0}, "planner": {"#), to: "c.json")
        let result = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": ""], "generate", "--schema", "s.json", "--config", "c.json",
                                    "--out", "d", "--provider", "openai", "--mode", "sql-first")
        #expect(result.status == 0, "\(result.stderr)")
        // Off a terminal, every 5 s a log line says what the server does: nothing answered yet, then the latency.
        #expect(result.stderr.contains("in flight") && result.stderr.contains("no answer yet"), "\(result.stderr)")
        #expect(result.stderr.contains("of llm.timeout_seconds = 120"), "\(result.stderr)")
    }
}
