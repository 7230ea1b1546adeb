import Foundation
import OpenAITestServer
import Testing
import TestSupport

/// The second hardening audit (issue 25, items 1 and 5): a copied request cache replays, a
/// finished dataset re-runs on a read-only file system, a refused run changes nothing, names have
/// a length limit. (A refused key printing no part of itself: LLMCommandTests.)
@Suite struct HardeningRoundTwoTests {
    @Test func theCacheFileAloneReplaysTheRun() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer { request, _ in .completion(ScriptedAnswers.answer(to: request)) }
        try LLMCommandTests.prepare(runner, server: server)
        let live = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": ""],
                                  "generate", "--schema", "s.json", "--config", "c.json", "--out", "a", "--provider", "openai",
                                  "--allow-partial")
        server.stop()
        #expect(live.status == 0, "\(live.stderr)")
        // What a user hands to an auditor: the main file only, no -wal or -shm beside it.
        try FileManager.default.createDirectory(atPath: runner.path("audit"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: runner.path("a/llm-cache.sqlite"), toPath: runner.path("audit/llm-cache.sqlite"))
        try FileManager.default.copyItem(atPath: runner.path("a/ledger.sqlite"), toPath: runner.path("audit/ledger.sqlite"))
        let replay = try runner.run("run", "--plan", "a/plan.json", "--out", "b", "--quiet", "--replay", "--cache", "audit/llm-cache.sqlite",
                                    "--allow-partial")
        let listing = (try? FileManager.default.contentsOfDirectory(atPath: runner.path("a")))?.sorted() ?? []
        #expect(replay.status == 0, "\(replay.stderr) \(listing) \(live.stdout)")
        for file in ["examples.jsonl", "rejections.jsonl", "coverage.json"] {
            #expect(try runner.read("a/\(file)") == runner.read("b/\(file)"), "\(file) differs after replay")
        }
        // The ledger's main file alone holds every batch too.
        let batches = try runner.runProgram("python3", ["-c", "import sqlite3; print(sqlite3.connect('audit/ledger.sqlite').execute(\"select count(*) from batches where state in ('done', 'failed')\").fetchone()[0])"])
        let live2 = try runner.runProgram("python3", ["-c", "import sqlite3; print(sqlite3.connect('a/ledger.sqlite').execute(\"select count(*) from batches\").fetchone()[0])"])
        #expect(batches.stdout == live2.stdout && batches.stdout != "0\n", "\(batches.stdout) \(batches.stderr) vs \(live2.stdout)")
    }

    @Test func aRefusedRunLeavesTheLockFileAsItWas() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try ResumableFinishTests.prepare(runner)
        #expect(try runner.run("run", "--plan", "p.json", "--out", "d", "--quiet").status == 0)
        let before = try runner.data("d/.nl2sqlgen.lock")
        let other = try runner.run("generate", "--schema", "s.json", "--config", "c.json", "--out", "d", "--quiet", "--seed", "9")
        #expect(other.status == 2, "\(other.stderr)")
        #expect(other.stderr.contains("nothing was changed"), "\(other.stderr)")
        #expect(try runner.data("d/.nl2sqlgen.lock") == before, "the refused run rewrote the lock file")
    }

    @Test func aFinishedDatasetOnAReadOnlyFileSystemIsComplete() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try ResumableFinishTests.prepare(runner)
        #expect(try runner.run("run", "--plan", "p.json", "--out", "d", "--quiet").status == 0)
        // A read-only bind mount of the dataset in a private mount namespace: even root cannot
        // write there (chmod would not stop root). The probe proves it before the run.
        let directory = runner.path("d")
        let script = """
            mount --bind -o ro '\(directory)' '\(directory)' || exit 90
            if touch '\(directory)/probe' 2>/dev/null; then exit 91; fi
            exec '\(CommandRunner.binary.path)' run --plan '\(directory)/plan.json' --out '\(directory)'
            """
        let result = try runner.runProgram("unshare", ["-m", "sh", "-c", script])
        #expect(result.status == 0, "status \(result.status): \(result.stdout) \(result.stderr)")
        #expect(result.stdout.contains("is complete") && result.stdout.contains("nothing to do"), "\(result.stdout)")

        // Unfinished there: a clear refusal, exit 2, nothing written.
        let ledger = runner.path("d/ledger.sqlite")
        #expect(try runner.runProgram("python3", ["-c", "import sqlite3; c = sqlite3.connect('\(ledger)'); c.execute(\"update batches set state = 'pending' where idx = 0\"); c.commit()"]).status == 0)
        let unfinished = try runner.runProgram("unshare", ["-m", "sh", "-c", script])
        #expect(unfinished.status == 2, "\(unfinished.stdout) \(unfinished.stderr)")
        #expect(unfinished.stderr.contains("cannot be written") && unfinished.stderr.contains("nothing was changed"), "\(unfinished.stderr)")
    }

    @Test func aMegabyteTableNameIsRefusedWhereTheSchemaIsRead() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        #expect(try runner.run("schema", "synth", "--tables", "4", "--seed", "3", "--out", "s.json").status == 0)
        let json = try JSONSerialization.jsonObject(with: runner.data("s.json")) as? [String: Any] ?? [:]
        var tables = json["tables"] as? [[String: Any]] ?? []
        let long = String(repeating: "t", count: 1_000_000)
        tables[0]["name"] = long
        var changed = json
        changed["tables"] = tables
        try JSONSerialization.data(withJSONObject: changed).write(to: URL(fileURLWithPath: runner.path("long.json")))
        for arguments in [["schema", "check", "long.json"], ["plan", "--schema", "long.json", "--out", "p.json"]] {
            let result = try runner.execute(CommandRunner.binary, arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr.prefix(500))")
            #expect(result.stderr.contains("$.tables[0].name") && result.stderr.contains("1000000 bytes long")
                    && result.stderr.contains("at most 128 bytes"), "\(result.stderr.prefix(500))")
            #expect(result.stderr.count < 10_000, "the name is not printed whole")
        }
    }
}
