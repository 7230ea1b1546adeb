import Foundation
import Generation
import Model

/// The ledger side of a dataset job: open or create the ledger, check the run it records, load the
/// batches already done.
extension DatasetJob {
    /// The ledger to record into: a new one, or the existing one of the same run (resume), and the
    /// directory's lock, held for the whole run: a second run on the same directory stops at once.
    /// A dataset in a directory this process cannot write (a read-only file system) is opened to
    /// read only, with no lock: nothing can change it. `lock` is nil then, and `readOnly` true.
    func openLedger(identity: RunIdentity, writer: DatasetWriter) throws(RunError)
        -> (ledger: RunLedger?, resuming: Bool, lock: DirectoryLock?, readOnly: Bool) {
        let path = writer.path(RunLedger.fileName)
        let exists = FileManager.default.fileExists(atPath: path)
        if exists, !Self.ledgerDisabled, !DirectoryLock.canWrite(output) {
            let ledger = try RunError.withLedger { () throws(LedgerError) in
                let ledger = try RunLedger(readingOnly: path)
                if let recorded = try ledger.identity(), !recorded.differences(from: identity).isEmpty {
                    throw LedgerError(Self.otherRunMessage(output: output, writer: writer, differences: recorded.differences(from: identity)))
                }
                return ledger
            }
            return (ledger, true, nil, true)
        }
        if !exists || Self.ledgerDisabled {
            try Self.refuseExistingDataset(at: output, force: options.force)
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                throw RunError("cannot create \(output): \(error.localizedDescription)")
            }
        }
        let command = CommandLine.arguments.joined(separator: " ")
        let lock = try RunError.withLedger { try DirectoryLock(directory: output, command: nil) }
        if Self.ledgerDisabled {
            lock.announce(command)
            return (nil, false, lock, false)
        }
        let opened: (RunLedger?, Bool) = try RunError.withLedger {
            let ledger = try RunLedger(path: path)
            if exists, let recorded = try ledger.identity() {
                let differences = recorded.differences(from: identity)
                guard differences.isEmpty else {
                    throw RunError(Self.otherRunMessage(output: output, writer: writer, differences: differences))
                }
                return (ledger, true)
            }
            try ledger.initialize(identity, batches: plan.batches.indices.filter(options.shard.owns).map { ($0, plan.batches[$0].id) })
            return (ledger, false)
        }
        // Accepted: only now does the lock file name this run (a refused run leaves it as it was).
        lock.announce(command)
        return (opened.0, opened.1, lock, false)
    }

    static func otherRunMessage(output: String, writer: DatasetWriter, differences: [String]) -> String {
        """
        \(output) holds an unfinished or finished run of another plan, config or seed (recorded vs now: \(differences.joined(separator: "; "))); \
        nothing was changed. Resume it with its own plan (\(Invocation.command("run --plan \(Invocation.path("plan.json", in: output)) --out \(output)"))) or choose another --out
        """
    }

    /// Fails when `output` already holds a dataset that is not a run ledger's (a run with a ledger
    /// is resumed instead): nothing already written is ever replaced. Also fails when `output` is
    /// a file, or a non-empty directory that holds no dataset of this tool (unless `force`).
    public static func refuseExistingDataset(at output: String, allowingLedger: Bool = false, force: Bool = false) throws(RunError) {
        let writer = DatasetWriter(directory: output)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw RunError("--out \(output) is a file, not a directory; choose another --out (nothing was changed)")
        }
        if allowingLedger, !ledgerDisabled, FileManager.default.fileExists(atPath: writer.path(RunLedger.fileName)) { return }
        if FileManager.default.fileExists(atPath: writer.path("manifest.json")) || FileManager.default.fileExists(atPath: writer.path("examples.jsonl"))
            || FileManager.default.fileExists(atPath: writer.path(RunLedger.fileName)) {
            throw RunError("\(output) already holds a dataset; choose another --out or remove it first (nothing was changed)")
        }
        let foreign = ((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []).filter { !ownFiles.contains($0) && !$0.hasPrefix(".") }.sorted()
        if !foreign.isEmpty, !force {
            let shown = foreign.prefix(3).joined(separator: ", ") + (foreign.count > 3 ? ", ..." : "")
            throw RunError("\(output) is a non-empty directory that holds no dataset of nl2sqlgen (\(foreign.count) file(s): \(shown)); choose an empty or new --out, or pass --force to write the dataset among these files (nothing was changed)")
        }
    }

    /// Files a run may find in its directory before its ledger exists (a saved plan, the lock).
    static let ownFiles: Set<String> = ["plan.json", "database.sqlite"]

    /// Every batch row of this run and the results already recorded; on resume, interrupted (and with
    /// `--retry-failed`, failed) batches become pending.
    func loadBatches(_ ledger: RunLedger?, resuming: Bool) throws(RunError) -> ([RunLedger.BatchRow], [BatchResult]) {
        guard let ledger else {
            let rows = plan.batches.indices.filter(options.shard.owns).map { RunLedger.BatchRow(index: $0, id: plan.batches[$0].id, state: .pending, attempts: 0) }
            return (rows, [])
        }
        do {
            if resuming {
                try ledger.resetInterrupted()
                if options.retryFailed {
                    let count = try ledger.resetFailed()
                    if !options.quiet { reporter.note("retrying \(count) failed batch(es)") }
                }
            }
            return (try ledger.batches(), try ledger.results())
        } catch {
            throw RunError(error.message)
        }
    }

    /// Rewrites `examples.jsonl` from the recorded results, so that a line cut short by a crash never survives.
    func rebuildExamples(_ results: [BatchResult], writer: DatasetWriter) throws(RunError) {
        do {
            try ExamplesLog(path: writer.path("examples.jsonl")).rebuild(from: results)
        } catch {
            throw RunError("cannot rebuild \(writer.path("examples.jsonl")): \(error.localizedDescription)")
        }
    }
}
