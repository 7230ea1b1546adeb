import Foundation
import Model
import Planner
import Runs
import SchemaSynthesis
import Testing
import TestSupport

/// A Swift program runs a plan with the `Runs` library alone: no command line, no process.
@Suite struct DatasetJobTests {
    /// A small plan of a synthetic schema, offline provider.
    static func plan() throws -> (Plan, Schema) {
        let schema = try SyntheticSchemaGenerator(tableCount: 6, seed: 3).generate()
        var config = Config()
        config.planner.timeLimitSeconds = 20
        let identity = SchemaIdentity(name: schema.name, sha256: "test")
        return (try CoveragePlanner(schema: schema, schemaIdentity: identity, config: config).plan().plan, schema)
    }

    /// Keeps what a run reports.
    final class Recorder: RunReporter {
        var notes: [String] = []
        var summaries: [String] = []
        var committed = 0
        func note(_ message: String) { notes.append(message) }
        func summary(_ text: String) { summaries.append(text) }
        func start(total: Int, done: Int) {}
        func progress(done: Int, examples: Int, rejections: Int) { committed += 1 }
        func finishProgress() {}
    }

    @Test func runsAPlanIntoADatasetTwiceAlike() throws {
        let (plan, schema) = try Self.plan()
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = directory.appendingPathComponent("a").path
        let second = directory.appendingPathComponent("b").path
        let recorder = Recorder()
        try DatasetJob(plan: plan, schema: schema, output: first, reporter: recorder).run()
        try DatasetJob(plan: plan, schema: schema, output: second, options: .init(workers: 3)).run()
        #expect(recorder.committed == plan.batches.count)
        #expect(recorder.summaries.first?.hasPrefix("wrote \(first): ") == true, "\(recorder.summaries)")
        #expect(DatasetFinish.missingFiles(in: first).isEmpty)
        for name in ["examples.jsonl", "pairs.jsonl", "coverage.json", "manifest.json"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: first).appendingPathComponent(name))
            let b = try Data(contentsOf: URL(fileURLWithPath: second).appendingPathComponent(name))
            #expect(!a.isEmpty && a == b, "\(name) differs between two runs of one plan")
        }
        let again = Recorder()
        try DatasetJob(plan: plan, schema: schema, output: first, reporter: again).run()
        #expect(again.committed == 0)
        #expect(again.summaries == ["\(first) is complete (\(plan.batches.count) batches of the plan); nothing to do"])
    }

    @Test func aStopBeforeAnyBatchIsAResumableError() throws {
        let (plan, schema) = try Self.plan()
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("stopped").path
        var job = DatasetJob(plan: plan, schema: schema, output: output)
        job.stop.request()
        #expect {
            try job.run()
        } throws: { error in
            guard let error = error as? RunError else { return false }
            return error.status == 1 && !error.labelled && error.message.hasPrefix("stopped: 0 of \(plan.batches.count) batches done")
        }
        try DatasetJob(plan: plan, schema: schema, output: output).run()
        #expect(DatasetFinish.missingFiles(in: output).isEmpty)
    }

    @Test func anExistingDatasetIsRefused() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("{}".utf8).write(to: directory.appendingPathComponent("manifest.json"))
        #expect(throws: RunError("\(directory.path) already holds a dataset; choose another --out or remove it first (nothing was changed)")) {
            try DatasetJob.refuseExistingDataset(at: directory.path)
        }
    }
}
