import ArgumentParser
import Foundation
import Generation
import Model
import Runs

/// `nl2sqlgen merge`: joins the shard directories of one plan into one dataset.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the shard directories of one plan (run --shard I/N) into one dataset.",
        discussion: "Checks that the shards come from the same plan, config and seed and together hold every batch exactly once, then dedups across them and writes every file as an unsharded run would (byte-identical). Like run, a merged dataset short of its plan (fewer examples than run.min_example_share of the slots, or coverage below the plan's projection) is kept and exits 3, naming what is missing and the commands that fill the gap; --allow-partial exits 0. See docs/runs.md.")

    @Argument(help: "The shard directories (all N of them, any order).")
    var shards: [String]

    @Option(help: "The dataset directory to create.")
    var out: String

    @Option(help: "The schema file (default: the path recorded in the plan).")
    var schema: String?

    @Flag(help: "Exit 0 with a partial dataset: fewer examples than run.min_example_share of the slots, or coverage below the plan's projection (default: exit 3, the dataset kept).")
    var allowPartial = false

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        guard !shards.isEmpty else { throw CLI.fail("name the shard directories to merge") }
        // An interrupted merge (its ledger is there) is redone as a whole; any other dataset is refused.
        try CLI.run { () throws(RunError) in try DatasetJob.refuseExistingDataset(at: out, allowingLedger: true) }
        let first = try ShardDirectory(path: shards[0])
        let plan = try PlanFile.decode(first.planPath)
        let expected = try identity(of: plan)
        guard expected.differences(from: first.identity, includingShard: false).isEmpty else {
            throw CLI.fail("\(first.planPath) does not match the ledger of \(first.path): the shard directory was changed")
        }
        var owners: [Int: String] = [:]
        var results: [BatchResult] = []
        for path in shards {
            let shard = path == first.path ? first : try ShardDirectory(path: path)
            let differences = first.identity.differences(from: shard.identity, includingShard: false)
            guard differences.isEmpty else {
                throw CLI.fail("\(first.path) and \(shard.path) are not shards of the same run (\(differences.joined(separator: "; ")))")
            }
            guard shard.identity.shard.count == first.identity.shard.count else {
                throw CLI.fail("\(first.path) is shard \(first.identity.shard) but \(shard.path) is shard \(shard.identity.shard): the shard counts differ")
            }
            if let other = owners[shard.identity.shard.index] {
                throw CLI.fail("shard \(shard.identity.shard) is given twice: \(other) and \(shard.path)")
            }
            owners[shard.identity.shard.index] = shard.path
            results += try shard.finishedResults()
        }
        let count = first.identity.shard.count
        let missing = (0..<count).filter { owners[$0] == nil }
        guard missing.isEmpty else {
            throw CLI.fail("shard(s) \(missing.map { "\($0)/\(count)" }.joined(separator: ", ")) missing: pass the directories of all \(count) shards")
        }
        results.sort { $0.index < $1.index }
        guard results.map(\.index) == Array(plan.batches.indices) else {
            throw CLI.fail("the shards do not hold every batch of the plan exactly once (\(results.count) results for \(plan.batches.count) batches)")
        }
        guard let schemaPath = schema ?? plan.schema.path else { throw CLI.fail("\(first.planPath) records no schema file; pass --schema") }
        let loaded = try Loading.schema(schemaPath)
        try PlanFile.check(plan, from: first.planPath, against: loaded)

        let lock: DirectoryLock
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            lock = try DirectoryLock(directory: out, command: CommandLine.arguments.joined(separator: " "))
            let ledger = try RunLedger(path: DatasetWriter(directory: out).path(RunLedger.fileName))
            if let recorded = try ledger.identity(), !recorded.differences(from: expected).isEmpty {
                throw LedgerError("\(out) holds another run (\(recorded.differences(from: expected).joined(separator: "; "))); nothing was changed, choose another --out")
            }
            try ledger.initialize(try RunIdentity(plan: plan, toolVersion: ToolVersion.current, shard: .whole),
                                  batches: plan.batches.enumerated().map { ($0.offset, $0.element.id) })
            for result in results { try ledger.commit(result) }
        } catch let error as LedgerError {
            throw CLI.fail(error.message)
        } catch {
            throw CLI.fail("cannot create \(out): \(error.localizedDescription)")
        }
        defer { withExtendedLifetime(lock) {} }
        RunFiles.removeInterruptedWrites(in: out)
        try CLI.writeIfChanged(try CanonicalJSON.pretty(plan), to: DatasetWriter(directory: out).path("plan.json"))
        let database = try CLI.run { () throws(RunError) in try ValidationDatabase.build(plan: plan, schema: loaded.schema, directory: out) }
        defer { database.removeIfTemporary() }
        let reporter = ConsoleReporter(quiet: false)
        let finished = try CLI.run { () throws(RunError) in
            try DatasetFinish.write(results, plan: plan, schema: loaded.schema, output: out, database: database,
                                    provider: results.lazy.flatMap(\.examples).first?.provider ?? plan.config.generation.provider,
                                    seconds: (clock.now - started).inSeconds, reporter: reporter)
        }
        try CLI.run { () throws(RunError) in
            try RunShortfall.check(finished, plan: plan, schema: loaded.schema, output: out, retryFailed: retryCommands(owners: owners, count: count),
                                   allowPartial: allowPartial, reporter: reporter)
        }
    }

    /// The commands that redo the batches with rejected slots of every shard (`owners`: directory
    /// by shard index), then this merge again.
    private func retryCommands(owners: [Int: String], count: Int) -> String {
        let runs = owners.keys.sorted().compactMap { index in
            owners[index].map { path in
                Invocation.command("run --plan \(Invocation.path("plan.json", in: path)) --out \(path) --shard \(index)/\(count) --retry-failed")
            }
        }
        return runs.joined(separator: "; ") + "; then the same merge again: " + Invocation.command("merge \(shards.joined(separator: " ")) --out \(out)")
    }

    private func identity(of plan: Plan) throws(ExitCode) -> RunIdentity {
        do {
            return try RunIdentity(plan: plan, toolVersion: ToolVersion.current, shard: .whole)
        } catch {
            throw CLI.fail("cannot encode the plan: \(error)")
        }
    }
}

/// One directory given to `merge`: its ledger and plan.
private struct ShardDirectory {
    let path: String
    let ledger: RunLedger
    let identity: RunIdentity

    var planPath: String { DatasetWriter(directory: path).path("plan.json") }

    init(path: String) throws(ExitCode) {
        self.path = path
        let ledgerPath = DatasetWriter(directory: path).path(RunLedger.fileName)
        guard FileManager.default.fileExists(atPath: ledgerPath) else {
            throw CLI.fail("\(path) holds no run ledger (\(RunLedger.fileName)): not a directory written by run --shard")
        }
        (ledger, identity) = try CLI.withLedger {
            let ledger = try RunLedger(path: ledgerPath)
            guard let recorded = try ledger.identity() else { throw CLI.fail("\(ledgerPath) records no run: start the shard again") }
            return (ledger, recorded)
        }
    }

    /// The results of every batch of the shard; fails when some are unfinished.
    func finishedResults() throws(ExitCode) -> [BatchResult] {
        try CLI.withLedger {
            let unfinished = try ledger.batches().filter { $0.state == .pending || $0.state == .running }
            guard unfinished.isEmpty else {
                throw CLI.fail("\(path) (shard \(identity.shard)) has \(unfinished.count) unfinished batch(es); finish it first: \(Invocation.command("run --plan \(planPath) --out \(path)\(identity.shard.isWhole ? "" : " --shard \(identity.shard)")"))")
            }
            return try ledger.results()
        }
    }
}
