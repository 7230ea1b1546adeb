import Foundation
import OpenAITestServer
import Testing
import TestSupport

/// `generate` and `run` with `--provider openai` against the test server: examples, usage and
/// manifest, replay without the network, a missing key, and the key in no file or output.
@Suite struct LLMCommandTests {
    static let key = "sk-cli-SECRET-91b2d4e8"

    /// A tiny synthetic schema and a config pointing at `server`.
    static func prepare(_ runner: CommandRunner, server: OpenAITestServer, extra: String = "") throws {
        let synth = try runner.run("schema", "synth", "--tables", "4", "--seed", "3", "--out", "s.json")
        #expect(synth.status == 0, "\(synth.stderr)")
        try runner.write("""
        {"database": {"scale": 0.2}, "planner": {"time_limit_seconds": 10},
         "llm": {"base_url": "\(server.baseURL)", "model": "test-model", "api_key_env": "NL2SQLGEN_TEST_KEY",
                 "prompt_price_per_1k": 0.5, "completion_price_per_1k": 1.5, "max_retries": 2\(extra)}}
        """, to: "c.json")
    }

    @Test func generateWithTheTestServerThenReplayWithoutIt() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer { request, number in
            number == 1 ? .error(429, retryAfter: "0") : .completion(ScriptedAnswers.answer(to: request))
        }
        try Self.prepare(runner, server: server)
        let first = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": Self.key],
                                   "generate", "--schema", "s.json", "--config", "c.json", "--out", "a", "--provider", "openai", "--allow-partial")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("llm: ") && first.stdout.contains("1 retries"), "\(first.stdout)")
        let requests = server.requests
        server.stop()
        #expect(requests.count > 1)
        #expect(requests.allSatisfy { $0.headers["authorization"] == "Bearer \(Self.key)" })

        let manifest = try JSONSerialization.jsonObject(with: Data(runner.read("a/manifest.json").utf8)) as? [String: Any] ?? [:]
        #expect(manifest["provider"] as? String == "openai")
        let llm = manifest["llm"] as? [String: Any] ?? [:]
        #expect(llm["model"] as? String == "test-model" && (llm["prompt_sha256"] as? String)?.count == 64)
        #expect((llm["requests"] as? Int ?? 0) == requests.count - 1, "the 429 is a retry, not an answer")
        #expect((manifest["files"] as? [String: String] ?? [:])["llm-usage.jsonl"] != nil)
        let examples = try runner.read("a/examples.jsonl").split(separator: "\n")
        #expect(!examples.isEmpty)
        #expect(examples.allSatisfy { $0.contains("\"provider\":\"openai\"") })

        // The key appears in no file of the dataset and in no output.
        let key = Data(Self.key.utf8)
        for name in try FileManager.default.contentsOfDirectory(atPath: runner.path("a")) {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: runner.path("a/" + name)))
            #expect(bytes.range(of: key) == nil, "a/\(name) holds the API key")
        }
        #expect(!first.stdout.contains(Self.key) && !first.stderr.contains(Self.key))

        // An audit: replay the saved plan from the dataset's cache, no server, no key.
        let replay = try runner.run("run", "--plan", "a/plan.json", "--out", "b", "--quiet", "--replay", "--cache", "a/llm-cache.sqlite", "--allow-partial")
        #expect(replay.status == 0, "\(replay.stderr)")
        for file in ["examples.jsonl", "rejections.jsonl", "coverage.json"] {
            #expect(try runner.read("a/\(file)") == runner.read("b/\(file)"), "\(file) differs after replay")
        }

        // A replay with another seed asks other questions: a clear error, exit 2, nothing written.
        let miss = try runner.run("generate", "--schema", "s.json", "--config", "c.json", "--out", "c", "--quiet", "--seed", "9",
                                  "--provider", "openai", "--replay", "--cache", "a/llm-cache.sqlite")
        #expect(miss.status == 2)
        #expect(miss.stderr.contains("--replay") && miss.stderr.contains("is not in the cache"), "\(miss.stderr)")
        #expect(!FileManager.default.fileExists(atPath: runner.path("c")), "a failed replay leaves no directory behind")
    }

    @Test func missingKeyVariableIsNamed() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer { request, _ in .completion(ScriptedAnswers.answer(to: request)) }
        defer { server.stop() }
        try Self.prepare(runner, server: server)
        let result = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": nil],
                                    "generate", "--schema", "s.json", "--config", "c.json", "--out", "a", "--provider", "openai")
        #expect(result.status == 2)
        #expect(result.stderr.contains("NL2SQLGEN_TEST_KEY") && result.stderr.contains("not set"), "\(result.stderr)")
        #expect(server.requests.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: runner.path("a")), "a missing key writes nothing")
    }

    @Test func refusedKeyFailsBeforeWriting() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        // What the public API answers: the key masked but for its first and last characters.
        let server = try OpenAITestServer { _, _ in
            .error(401, message: "Incorrect API key provided: sk-cli-S**************d4e8. You can find your API key at https://example.invalid/keys.")
        }
        defer { server.stop() }
        try Self.prepare(runner, server: server)
        let result = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": Self.key],
                                    "generate", "--schema", "s.json", "--config", "c.json", "--out", "a", "--quiet", "--provider", "openai")
        #expect(result.status == 2)
        #expect(result.stderr.contains("HTTP 401: Incorrect API key provided") && result.stderr.contains("llm.api_key_env"), "\(result.stderr)")
        // No part of any key, not even the server's masked fragment (issue 25, item 5).
        for fragment in ["sk-cli", "****", "d4e8", Self.key] {
            #expect(!result.stderr.contains(fragment) && !result.stdout.contains(fragment), "\(fragment) printed: \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: runner.path("a/manifest.json")))
        #expect(!FileManager.default.fileExists(atPath: runner.path("a")))
    }

    @Test func maxCostStopsCleanly() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer { request, _ in .completion(ScriptedAnswers.answer(to: request)) }
        defer { server.stop() }
        try Self.prepare(runner, server: server, extra: ", \"concurrency\": 1")
        let result = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": ""],
                                    "generate", "--schema", "s.json", "--config", "c.json", "--out", "a", "--quiet",
                                    "--provider", "openai", "--max-cost", "0.0001", "--allow-partial")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("stopped early (max_cost)"), "\(result.stdout)")
        #expect(server.requests.count == 1)
        #expect(server.requests.first?.headers["authorization"] == nil, "an empty key sends no header")
        let manifest = try runner.read("a/manifest.json")
        #expect(manifest.contains("\"stopped\" : \"max_cost\""))
        #expect(try !runner.read("a/rejections.jsonl").isEmpty)

        // The stopped run replays to the same dataset.
        let replay = try runner.run("run", "--plan", "a/plan.json", "--out", "b", "--quiet", "--replay", "--cache", "a/llm-cache.sqlite", "--allow-partial")
        #expect(replay.status == 0, "\(replay.stderr)")
        for file in ["examples.jsonl", "rejections.jsonl", "coverage.json"] {
            #expect(try runner.read("a/\(file)") == runner.read("b/\(file)"), "\(file) differs after replay")
        }
    }

    @Test func interruptStopsCleanlyAndLeavesARunToResume() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer { request, _ in .completion(ScriptedAnswers.answer(to: request), delay: 30) }
        defer { server.stop() }
        try Self.prepare(runner, server: server)
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["generate", "--schema", "s.json", "--config", "c.json", "--out", "a", "--quiet", "--provider", "openai"]
        process.currentDirectoryURL = runner.directory
        process.environment = ProcessInfo.processInfo.environment.merging(["NL2SQLGEN_TEST_KEY": ""]) { $1 }
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let clock = ContinuousClock()
        let started = clock.now
        while server.requests.isEmpty && clock.now - started < .seconds(60) { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!server.requests.isEmpty)
        process.interrupt()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(clock.now - started < .seconds(25), "stopped without waiting for the 30 s answers")
        // Nothing half-done is recorded: no batch finished, the ledger says how to resume.
        #expect(stderr.contains("resume with: ") && stderr.contains("nl2sqlgen run --plan"), "\(stderr)")
        #expect(!FileManager.default.fileExists(atPath: runner.path("a/manifest.json")))
        #expect(FileManager.default.fileExists(atPath: runner.path("a/ledger.sqlite")))
        #expect(((try? runner.read("a/examples.jsonl")) ?? "").isEmpty)
    }

    @Test func planDryRunShowsTheCostEstimate() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer { _, _ in .completion("{}") }
        defer { server.stop() }
        try Self.prepare(runner, server: server)
        let result = try runner.run("plan", "--schema", "s.json", "--config", "c.json", "--out", "p.json")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("estimated cost: $"), "\(result.stdout)")
    }
}
