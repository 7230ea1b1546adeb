import Foundation
import Testing
import TestSupport

/// Finishing a dataset is resumable as a whole (issue 14, item 12).
@Suite struct ResumableFinishTests {
    static func prepare(_ runner: CommandRunner) throws {
        #expect(try runner.run("schema", "synth", "--tables", "4", "--seed", "3", "--out", "s.json").status == 0)
        try runner.write(#"{"database": {"scale": 0.2}, "planner": {"time_limit_seconds": 10}}"#, to: "c.json")
        let planned = try runner.run("plan", "--schema", "s.json", "--config", "c.json", "--out", "p.json")
        #expect(planned.status == 0, "\(planned.stderr)")
    }

    static func modified(_ runner: CommandRunner, _ name: String) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: runner.path(name))[.modificationDate] as? Date
    }

    @Test func resumeAfterAKillBeforeTheReportWritesIt() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.prepare(runner)
        #expect(try runner.run("run", "--plan", "p.json", "--out", "d", "--quiet").status == 0)
        let report = try runner.data("d/report.json")
        let html = try runner.data("d/report.html")
        // A kill between manifest.json and the report, with an atomic write cut short.
        try FileManager.default.removeItem(atPath: runner.path("d/report.json"))
        try FileManager.default.removeItem(atPath: runner.path("d/report.html"))
        try runner.write("partial", to: "d/.dat.nosync1a2b.XyZ")
        let resumed = try runner.run("run", "--plan", "p.json", "--out", "d", "--quiet")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try runner.data("d/report.json") == report)
        #expect(try runner.data("d/report.html") == html)
        #expect(!FileManager.default.fileExists(atPath: runner.path("d/.dat.nosync1a2b.XyZ")))
        // A complete directory: nothing to do, nothing rewritten.
        let planDate = try Self.modified(runner, "d/plan.json")
        let again = try runner.run("run", "--plan", "p.json", "--out", "d")
        #expect(again.status == 0)
        #expect(again.stdout.contains("nothing to do"))
        #expect(try Self.modified(runner, "d/plan.json") == planDate)
    }

    @Test func interruptedMergeIsRedone() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.prepare(runner)
        #expect(try runner.run("run", "--plan", "p.json", "--out", "s0", "--shard", "0/2", "--quiet").status == 0)
        #expect(try runner.run("run", "--plan", "p.json", "--out", "s1", "--shard", "1/2", "--quiet").status == 0)
        #expect(try runner.run("merge", "s0", "s1", "--out", "m").status == 0)
        let report = try runner.data("m/report.json")
        try FileManager.default.removeItem(atPath: runner.path("m/report.json"))
        try FileManager.default.removeItem(atPath: runner.path("m/report.html"))
        let again = try runner.run("merge", "s0", "s1", "--out", "m")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try runner.data("m/report.json") == report)
        #expect(FileManager.default.fileExists(atPath: runner.path("m/report.html")))
        // Resuming the merged directory with run works as well.
        try FileManager.default.removeItem(atPath: runner.path("m/report.html"))
        let resumed = try runner.run("run", "--plan", "m/plan.json", "--out", "m", "--quiet")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(FileManager.default.fileExists(atPath: runner.path("m/report.html")))
    }
}
