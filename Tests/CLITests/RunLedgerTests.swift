import Foundation
import Model
import SQLite
import Testing
import TestSupport

/// Runs that survive (docs/runs.md): SIGKILL at random points and resume, SIGINT, refusals,
/// --retry-failed, workers. Small plans: a database at scale 0.1.
@Suite struct RunLedgerTests {
    static let files = ["examples.jsonl", "examples.csv", "coverage.json", "rejections.jsonl", "manifest.json", "plan.json", "database.sqlite"]

    /// Plans with a small database into `p.json` and runs it uninterrupted into `ref`.
    static func prepare(_ runner: CommandRunner, config: String = #"{"database": {"scale": 0.1}}"#, partial: [String] = []) throws {
        try runner.write(config, to: "c.json")
        let planned = try runner.run("plan", "--schema", Fixtures.tpcdsSchema, "--config", "c.json", "--out", "p.json")
        #expect(planned.status == 0, "\(planned.stderr)")
        let reference = try runner.execute(CommandRunner.binary, ["run", "--plan", "p.json", "--out", "ref", "--quiet"] + partial)
        #expect(reference.status == 0, "\(reference.stderr)")
    }

    static func expectSameFiles(_ runner: CommandRunner, _ a: String, _ b: String) throws {
        for file in files {
            let left = try Data(contentsOf: URL(fileURLWithPath: runner.path("\(a)/\(file)")))
            let right = try Data(contentsOf: URL(fileURLWithPath: runner.path("\(b)/\(file)")))
            #expect(left == right, "\(file) differs between \(a) and \(b)")
        }
    }

    static func lines(_ runner: CommandRunner, _ name: String) -> [Substring] {
        ((try? runner.read(name)) ?? "").split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0 }
    }

    /// Waits (at most the runner's timeout, measured from now) until `process` has written its
    /// first example into `directory`, so its signal handlers are in place; whether it is still running.
    static func waitForFirstExample(_ runner: CommandRunner, _ directory: String, _ process: Process) -> Bool {
        let deadline = Date().addingTimeInterval(CommandRunner.timeoutSeconds)
        while lines(runner, directory + "/examples.jsonl").isEmpty, process.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
        }
        return process.isRunning && !lines(runner, directory + "/examples.jsonl").isEmpty
    }

    static func ids(_ lines: [Substring]) throws -> [String] {
        try lines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            return object["id"] as? String ?? ""
        }
    }

    /// An examples.jsonl line as a dictionary without its `nl_negatives`.
    static func withoutNLNegatives(_ line: String) throws -> NSDictionary {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        return object.filter { $0.key != "nl_negatives" } as NSDictionary
    }

    @Test func killedRunsResumeToTheSameFiles() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.prepare(runner)
        let reference = Self.lines(runner, "ref/examples.jsonl")
        #expect(!reference.isEmpty)
        var random = SeededRandom(seed: 8, stream: "kills")
        var partial = 0
        for round in 0..<10 {
            let before = Self.lines(runner, "k/examples.jsonl").count
            let process = try runner.start("run", "--plan", "p.json", "--out", "k", "--quiet")
            if round % 2 == 0 {
                // Anywhere: start-up, database build, ledger set-up, batches.
                Thread.sleep(forTimeInterval: Double(random.int(in: 50...700)) / 1000)
            } else {
                // While batches are being committed: after a few more lines, plus a random delay.
                let target = before + random.int(in: 1...6)
                let deadline = Date().addingTimeInterval(60)
                while Self.lines(runner, "k/examples.jsonl").count < target, process.isRunning, Date() < deadline {
                    Thread.sleep(forTimeInterval: 0.003)
                }
                Thread.sleep(forTimeInterval: Double(random.int(in: 0...40)) / 1000)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Whatever was appended is whole lines, a prefix of the uninterrupted run, without repeats
            // (NL negatives are chosen when the run finishes, so they are left out of the comparison).
            let lines = Self.lines(runner, "k/examples.jsonl")
            #expect(try reference.prefix(lines.count).map { try Self.withoutNLNegatives(String($0)) }
                        == lines.map { try Self.withoutNLNegatives(String($0)) })
            #expect(Set(try Self.ids(lines)).count == lines.count)
            if !lines.isEmpty, lines.count < reference.count { partial += 1 }
        }
        #expect(partial > 0, "no kill landed while batches were being written")
        let resumed = try runner.run("run", "--plan", "p.json", "--out", "k", "--quiet")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        try Self.expectSameFiles(runner, "ref", "k")
        let ids = try Self.ids(Self.lines(runner, "k/examples.jsonl"))
        #expect(Set(ids).count == ids.count)
        #expect(ids == (try Self.ids(reference)))

        // Three workers give the same files as one.
        let workers = try runner.run("run", "--plan", "p.json", "--out", "w3", "--workers", "3", "--quiet")
        #expect(workers.status == 0, "\(workers.stderr)")
        try Self.expectSameFiles(runner, "ref", "w3")
    }

    @Test func interruptStopsCleanlyAndRefusesAnotherRun() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.prepare(runner)
        let errors = Pipe()
        let process = try runner.start("run", "--plan", "p.json", "--out", "i", stderr: errors)
        try #require(Self.waitForFirstExample(runner, "i", process), "the run ended before writing an example")
        process.interrupt()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130, "\(stderr)")
        #expect(stderr.contains("resume with: ") && stderr.contains("nl2sqlgen run --plan"), "\(stderr)")
        #expect(!FileManager.default.fileExists(atPath: runner.path("i/manifest.json")))
        let resumed = try runner.run("run", "--plan", "p.json", "--out", "i", "--quiet")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        try Self.expectSameFiles(runner, "ref", "i")
        let again = try runner.run("run", "--plan", "p.json", "--out", "i")
        #expect(again.status == 0)
        #expect(again.stdout.contains("is complete"))
        try Self.expectSameFiles(runner, "ref", "i")

        // SIGTERM (e.g. a Kubernetes pod being deleted) stops the same way, with 143.
        let terminated = try runner.start("run", "--plan", "p.json", "--out", "t")
        try #require(Self.waitForFirstExample(runner, "t", terminated), "the run ended before writing an example")
        terminated.terminate()
        terminated.waitUntilExit()
        #expect(terminated.terminationStatus == 143)
        #expect(try runner.run("run", "--plan", "p.json", "--out", "t", "--quiet").status == 0)
        try Self.expectSameFiles(runner, "ref", "t")

        // Another seed, another config: refused, naming what differs; nothing changes.
        let before = try runner.read("i/examples.jsonl")
        try runner.write(#"{"database": {"scale": 0.1}, "seed": 7}"#, to: "seed.json")
        #expect(try runner.run("plan", "--schema", Fixtures.tpcdsSchema, "--config", "seed.json", "--out", "seed-plan.json").status == 0)
        let seed = try runner.run("run", "--plan", "seed-plan.json", "--out", "i")
        #expect(seed.status == 2)
        #expect(seed.stderr.contains("seed 42 vs 7"), "\(seed.stderr)")
        try runner.write(#"{"database": {"scale": 0.1}, "generation": {"max_attempts": 4}}"#, to: "other.json")
        #expect(try runner.run("plan", "--schema", Fixtures.tpcdsSchema, "--config", "other.json", "--out", "other-plan.json").status == 0)
        let config = try runner.run("run", "--plan", "other-plan.json", "--out", "i")
        #expect(config.status == 2)
        #expect(config.stderr.contains("config sha256"), "\(config.stderr)")
        #expect(try runner.read("i/examples.jsonl") == before)
        // A dataset without a ledger is still refused.
        try FileManager.default.removeItem(atPath: runner.path("ref/ledger.sqlite"))
        let noLedger = try runner.run("run", "--plan", "p.json", "--out", "ref")
        #expect(noLedger.status == 2)
        #expect(noLedger.stderr.contains("already holds a dataset"))
    }

    @Test func retryFailedRedoesOnlyBatchesWithRejections() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        // One draw per slot on a small database: some slots end in a rejection (an empty result in
        // a stated period), most batches none.
        try Self.prepare(runner, config: #"{"database": {"scale": 0.1}, "generation": {"max_attempts": 1}}"#,
                         partial: ["--allow-partial"])
        let rejected = Set(try Self.lines(runner, "ref/rejections.jsonl").map { line in
            (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["batch_id"] as? String ?? ""
        })
        #expect(!rejected.isEmpty)
        let retried = try runner.run("run", "--plan", "p.json", "--out", "ref", "--retry-failed", "--allow-partial")
        #expect(retried.status == 0, "\(retried.stderr)")
        #expect(retried.stderr.contains("retrying \(rejected.count) failed batch(es)"))
        let ledger = try Connection(path: runner.path("ref/ledger.sqlite"), mode: .readOnly)
        let rows = try ledger.prepare("SELECT id, state, attempts FROM batches ORDER BY idx")
        var seen = 0
        while try rows.step() {
            guard case .text(let id) = rows.value(at: 0), case .text(let state) = rows.value(at: 1), case .integer(let attempts) = rows.value(at: 2) else { continue }
            seen += 1
            #expect(attempts == (rejected.contains(id) ? 2 : 1), "batch \(id)")
            #expect(state == (rejected.contains(id) ? "failed" : "done"), "batch \(id)")
        }
        #expect(seen > rejected.count)
        // The deterministic offline provider gives the same dataset again.
        let fresh = try runner.run("run", "--plan", "p.json", "--out", "fresh", "--quiet", "--allow-partial")
        #expect(fresh.status == 0)
        try Self.expectSameFiles(runner, "ref", "fresh")
    }
}
