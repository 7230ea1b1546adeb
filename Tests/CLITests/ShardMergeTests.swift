import Foundation
import Testing
import TestSupport

/// `run --shard I/N` (flag, Kubernetes and Slurm environment) and `merge`: merged equals unsharded.
@Suite struct ShardMergeTests {
    @Test func mergedShardsEqualTheUnshardedRun() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try RunLedgerTests.prepare(runner)
        #expect(try runner.run("run", "--plan", "p.json", "--out", "s0", "--shard", "0/3", "--quiet").status == 0)
        let kubernetes = try runner.run(environment: ["JOB_COMPLETION_INDEX": "1"],
                                        "run", "--plan", "p.json", "--out", "s1", "--shard-count", "3", "--quiet")
        #expect(kubernetes.status == 0, "\(kubernetes.stderr)")
        #expect(kubernetes.stdout.contains("shard 1/3"))
        let slurm = try runner.run(environment: ["SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_MIN": "1", "NL2SQL_SHARD_COUNT": "3"],
                                   "run", "--plan", "p.json", "--out", "s2", "--quiet")
        #expect(slurm.status == 0, "\(slurm.stderr)")
        #expect(slurm.stdout.contains("shard 2/3"))
        #expect(!FileManager.default.fileExists(atPath: runner.path("s2/manifest.json")))

        let missing = try runner.run("merge", "s0", "s2", "--out", "m")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("1/3 missing"), "\(missing.stderr)")
        let twice = try runner.run("merge", "s0", "s1", "s2", "s1", "--out", "m")
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("given twice"), "\(twice.stderr)")
        let wrongShard = try runner.run("run", "--plan", "p.json", "--out", "s1", "--shard", "2/3")
        #expect(wrongShard.status == 2)
        #expect(wrongShard.stderr.contains("shard 1/3 vs 2/3"), "\(wrongShard.stderr)")

        let merged = try runner.run("merge", "s2", "s0", "s1", "--out", "m")
        #expect(merged.status == 0, "\(merged.stderr)")
        try RunLedgerTests.expectSameFiles(runner, "ref", "m")

        // Shards of another plan (another seed) are refused.
        try runner.write(#"{"database": {"scale": 0.1}, "seed": 9}"#, to: "nine.json")
        #expect(try runner.run("plan", "--schema", Fixtures.tpcdsSchema, "--config", "nine.json", "--out", "nine.json.plan").status == 0)
        #expect(try runner.run("run", "--plan", "nine.json.plan", "--out", "n1", "--shard", "1/3", "--quiet").status == 0)
        let mixed = try runner.run("merge", "s0", "n1", "s2", "--out", "m2")
        #expect(mixed.status == 2)
        #expect(mixed.stderr.contains("not shards of the same run"), "\(mixed.stderr)")
        let bad = try runner.run("run", "--plan", "p.json", "--out", "x", "--shard", "3/3")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("0 <= I < N"))
    }
}

/// `merge` checks the merged dataset against its plan as `run` does (issue 24): short of the
/// plan it exits 3, keeping every file and naming the commands that fill the gap;
/// `--allow-partial` exits 0.
@Suite struct MergeShortfallTests {
    @Test func aMergeShortOfItsPlanExitsThreeUnlessPartialIsAllowed() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        // One draw per slot: some slots end in a rejection, and every slot must give an example.
        try runner.write(#"{"database": {"scale": 0.1}, "generation": {"max_attempts": 1}, "run": {"min_example_share": 1}}"#, to: "c.json")
        #expect(try runner.run("plan", "--schema", Fixtures.tpcdsSchema, "--config", "c.json", "--out", "p.json").status == 0)
        for index in 0..<2 {
            let shard = try runner.run("run", "--plan", "p.json", "--out", "s\(index)", "--shard", "\(index)/2", "--quiet")
            #expect(shard.status == 0, "\(shard.stderr)")
        }
        let short = try runner.run("merge", "s0", "s1", "--out", "m")
        #expect(short.status == 3, "\(short.stdout)\(short.stderr)")
        #expect(short.stderr.contains("partial dataset") && short.stderr.contains("run.min_example_share"), "\(short.stderr)")
        #expect(short.stderr.contains("run --plan s0/plan.json --out s0 --shard 0/2 --retry-failed"), "\(short.stderr)")
        #expect(short.stderr.contains("--allow-partial"), "\(short.stderr)")
        for file in ["manifest.json", "examples.jsonl", "rejections.jsonl", "coverage.json", "report.html"] {
            #expect(FileManager.default.fileExists(atPath: runner.path("m/\(file)")), "m/\(file) missing")
        }
        let accepted = try runner.run("merge", "s0", "s1", "--out", "m2", "--allow-partial")
        #expect(accepted.status == 0, "\(accepted.stdout)\(accepted.stderr)")
        #expect(accepted.stderr.contains("partial dataset") && accepted.stderr.contains("(--allow-partial: exit 0)"), "\(accepted.stderr)")
        try RunLedgerTests.expectSameFiles(runner, "m", "m2")
    }
}
