import ArgumentParser
import Foundation
import Generation
import Model
import Validation

/// Runs a plan into a dataset directory, shared by `generate` and `run`: records every batch in
/// the run ledger (`DIR/ledger.sqlite`), resumes an interrupted run of the same plan, runs one
/// shard, stops cleanly on SIGINT/SIGTERM, then finalizes and writes every file (docs/runs.md).
struct DatasetJob {
    /// How to run (command-line options shared by `generate` and `run`).
    struct Options {
        var quiet = false
        var shard = ShardSpec.whole
        /// Overrides `generation.workers` of the plan's config.
        var workers: Int?
        var retryFailed = false
    }

    let plan: Plan
    let schema: Schema
    let output: String
    let options: Options
    /// `--provider`, `--replay`, `--cache` (already applied to the plan's config).
    var providerOptions = ProviderOptions()

    /// Set only by bench/ledger.sh to measure the ledger's overhead: no ledger, no appends.
    static var ledgerDisabled: Bool { ProcessInfo.processInfo.environment["NL2SQL_NO_LEDGER"] != nil }

    func run() throws(ExitCode) {
        let clock = ContinuousClock()
        let started = clock.now
        let stop = StopFlag()
        let cancellation = Cancellation()
        let trap = SignalTrap(stop: stop) { cancellation.run() }
        let writer = DatasetWriter(directory: output)
        if plan.config.generation.provider == "openai" { _ = try LLMSetup.preflight(plan: plan, output: output, options: providerOptions) }
        try JudgeSetup.preflight(plan: plan, options: providerOptions)
        let untouched = SetupRollback(directory: output)
        let identity: RunIdentity
        do {
            identity = try RunIdentity(plan: plan, toolVersion: ToolVersion.current, shard: options.shard)
        } catch {
            throw CLI.fail("cannot encode the plan: \(error)")
        }
        let ledger = try openLedger(identity: identity, writer: writer)
        defer { withExtendedLifetime(ledger.lock) {} }
        let resuming = ledger.resuming
        CLI.removeInterruptedWrites(in: output)
        do {
            try CLI.writeIfChanged(try CanonicalJSON.pretty(plan), to: writer.path("plan.json"))
        } catch let error as ExitCode { throw error } catch { throw CLI.fail("cannot encode the plan: \(error)") }

        let (rows, loaded) = try loadBatches(ledger.ledger, resuming: resuming)
        var results = loaded
        let pending = rows.filter { $0.state == .pending }.map(\.index)
        if resuming, pending.isEmpty, !options.shard.isWhole || DatasetFinish.missingFiles(in: output).isEmpty {
            try failIfBatchesFailed(results, total: rows.count, writer: writer)
            print("\(output) is complete (\(rows.count) batches of \(options.shard.isWhole ? "the plan" : "shard \(options.shard)")); nothing to do")
            return
        }
        if ledger.ledger != nil { try rebuildExamples(results, writer: writer) }
        if resuming, !options.quiet {
            CLI.printError("resuming \(output): \(rows.count - pending.count) of \(rows.count) batches already done")
        }

        let database = try ValidationDatabase.build(plan: plan, schema: schema, directory: output)
        defer { database.removeIfTemporary() }
        let validationSettings = plan.config.validation
        let schema = self.schema
        let path = database.path
        let validator: Validator
        do {
            validator = try Validator(databasePath: path, schema: schema, settings: validationSettings)
        } catch {
            throw CLI.fail(error.message)
        }
        let llm = plan.config.generation.provider == "openai"
            ? try LLMSetup.make(plan: plan, schema: schema, output: output, options: providerOptions) : nil
        if let llm {
            cancellation.set { llm.provider.cancel() }
            do {
                try llm.prefetch(pending.map { plan.batches[$0] }, plan: plan, options: providerOptions, validator: validator, quiet: options.quiet)
            } catch {
                // A replay miss or a refused key before any batch: a new run leaves the directory as it found it.
                if !resuming { untouched.restore() }
                throw error
            }
        }
        let provider: any ExampleProvider = llm?.provider ?? OfflineGenerator(schema: schema, styles: plan.config.generation.styles)
        let judge = try JudgeSetup.make(plan: plan, schema: schema, llm: llm, options: providerOptions)
        let generation = GenerationRun(plan: plan, schema: schema, provider: provider, judge: judge)
        let progress = RunProgress(total: rows.count, done: rows.count - pending.count, quiet: options.quiet)
        let log = ExamplesLog(path: writer.path("examples.jsonl"))
        var examples = results.reduce(0) { $0 + $1.examples.count }
        var rejections = results.reduce(0) { $0 + $1.rejections.count }
        var done = rows.count - pending.count
        var recorded = 0
        let pool = ValidatorPool()
        _ = pool.add(validator)
        let executor = BatchExecutor(workers: options.workers ?? plan.config.generation.workers, stop: stop)
        do {
            _ = try executor.execute(
                pending,
                makeState: { pool.add(try Validator(databasePath: path, schema: schema, settings: validationSettings)) },
                work: { validator, index in generation.generateBatch(at: index, validator: validator) },
                started: { indices in try ledger.ledger?.markRunning(indices) },
                commit: { _, result in
                    // After Ctrl-C an LLM batch may have lost requests: it is not recorded, so a
                    // resume redoes it (its answers so far are in the request cache).
                    if llm != nil, stop.isRequested { return }
                    if let open = ledger.ledger {
                        try open.commit(result)
                        try log.append(result.examples)
                    }
                    results.append(result)
                    examples += result.examples.count
                    rejections += result.rejections.count
                    done += 1
                    recorded += 1
                    progress.update(done: done, examples: examples, rejections: rejections)
                })
        } catch let error as LedgerError {
            progress.finish()
            throw CLI.fail("\(error.message); run the same command again to resume")
        } catch let error as ValidatorError {
            progress.finish()
            throw CLI.fail(error.message)
        } catch {
            progress.finish()
            throw CLI.fail("the run stopped: \(error.localizedDescription); run the same command again to resume")
        }
        progress.finish()
        withExtendedLifetime(trap) {}
        if let llm { try llm.failIfFatal() }
        try JudgeSetup.failIfFatal(judge)
        if recorded < pending.count {
            let signal = stop.signal ?? 0
            CLI.printError("""
            stopped: \(rows.count - pending.count + recorded) of \(rows.count) batches done and recorded in \(writer.path(RunLedger.fileName)).
            resume with: nl2sqlgen run --plan \(writer.path("plan.json")) --out \(output)\(options.shard.isWhole ? "" : " --shard \(options.shard)")
            """)
            throw ExitCode(signal > 0 ? 128 + signal : 1)
        }
        let seconds = (clock.now - started).inSeconds
        if options.shard.isWhole {
            let llmFiles = try llm?.writeUsage(plan: plan, writer: writer) ?? []
            try DatasetFinish.write(results, plan: plan, schema: schema, output: output, database: database, provider: provider.name,
                                    seconds: seconds, llm: llm?.provider.usage(), llmFiles: llmFiles)
            if !options.quiet { print(Self.executionLine(pool.execution, seconds: seconds)) }
            if let llm { print(llm.summary()) }
            if let judge { print(JudgeSetup.summary(judge, results: results)) }
        } else {
            if let llm { print(llm.summary()) }
            print("""
            shard \(options.shard) of \(output): \(rows.count) of \(plan.batches.count) batches, \(examples) examples, \(rejections) rejections (\(String(format: "%.1f", seconds)) s)
              when every shard is done: nl2sqlgen merge SHARD_DIR... --out DIR
            """)
        }
        try failIfBatchesFailed(results, total: rows.count, writer: writer)
    }

    /// Exit 1, naming the `--retry-failed` command, when batches of the run got no answer from the
    /// provider (their LLM requests failed), or when the run produced no example at all.
    func failIfBatchesFailed(_ results: [BatchResult], total: Int, writer: DatasetWriter) throws(ExitCode) {
        let failed = results.filter(\.requestFailed).count
        let command = "nl2sqlgen run --plan \(writer.path("plan.json")) --out \(output)\(options.shard.isWhole ? "" : " --shard \(options.shard)") --retry-failed"
        if failed > 0 {
            CLI.printError("\(failed) of \(total) batches failed: their LLM requests got no answer (see the messages above and rejections.jsonl).\nretry them with: \(command)")
            throw ExitCode(1)
        }
        if !results.isEmpty, results.allSatisfy({ $0.examples.isEmpty }) {
            CLI.printError("the run produced no example (every slot was rejected, see rejections.jsonl)")
            throw ExitCode(1)
        }
    }

    /// "SQL executed: N statements, X s inside SQLite (Y% of the generation's Z s)".
    static func executionLine(_ execution: ExecutionStatistics, seconds: Double) -> String {
        let share = seconds > 0 ? 100 * execution.seconds / seconds : 0
        return "  SQL executed: \(execution.statements) statements, \(String(format: "%.2f", execution.seconds)) s inside SQLite (\(String(format: "%.0f", share))% of the generation's \(String(format: "%.1f", seconds)) s)"
    }
}
