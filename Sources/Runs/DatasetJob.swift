import Foundation
import Generation
import Model
import Validation

/// Runs a plan into a dataset directory, shared by `generate` and `run`: records every batch in
/// the run ledger (`DIR/ledger.sqlite`), resumes an interrupted run of the same plan, runs one
/// shard, stops cleanly when ``stop`` is requested (the command line requests it on SIGINT/SIGTERM),
/// then finalizes and writes every file (docs/runs.md). A Swift program runs a plan with
/// `try DatasetJob(plan: plan, schema: schema, output: directory).run()`.
public struct DatasetJob {
    /// How to run (the options `generate` and `run` share).
    public struct Options: Sendable {
        public var quiet = false
        public var shard = ShardSpec.whole
        /// Overrides `generation.workers` of the plan's config.
        public var workers: Int?
        public var retryFailed = false

        public init(quiet: Bool = false, shard: ShardSpec = .whole, workers: Int? = nil, retryFailed: Bool = false) {
            self.quiet = quiet
            self.shard = shard
            self.workers = workers
            self.retryFailed = retryFailed
        }
    }

    public let plan: Plan
    public let schema: Schema
    public let output: String
    public let options: Options
    /// `--replay`, `--cache` (the provider is the plan's config).
    public var providerOptions = LLMRunOptions()
    /// Where notes, progress and the summary go.
    public var reporter: any RunReporter = SilentReporter()
    /// Requested to stop after the batches in flight (they are committed; a rerun resumes).
    public var stop = StopFlag()
    /// What a stop must also cancel (the LLM requests in flight); set by the run.
    public var cancellation = Cancellation()
    /// A validation database already being built (`generate` starts it before planning); used
    /// when its seed and scale are the plan's.
    public var database: DatabasePrebuild?

    public init(plan: Plan, schema: Schema, output: String, options: Options = Options(), providerOptions: LLMRunOptions = LLMRunOptions(),
                reporter: any RunReporter = SilentReporter()) {
        self.plan = plan
        self.schema = schema
        self.output = output
        self.options = options
        self.providerOptions = providerOptions
        self.reporter = reporter
    }

    /// Set only by bench/ledger.sh to measure the ledger's overhead: no ledger, no appends.
    static var ledgerDisabled: Bool { ProcessInfo.processInfo.environment["NL2SQL_NO_LEDGER"] != nil }

    public func run() throws(RunError) {
        let clock = ContinuousClock()
        let started = clock.now
        let stop = self.stop
        let cancellation = self.cancellation
        let reporter = self.reporter
        let writer = DatasetWriter(directory: output)
        if plan.config.generation.provider == "openai" { _ = try LLMSetup.preflight(plan: plan, output: output, options: providerOptions) }
        try JudgeSetup.preflight(plan: plan, output: output, options: providerOptions)
        let untouched = SetupRollback(directory: output)
        let identity: RunIdentity
        do {
            identity = try RunIdentity(plan: plan, toolVersion: ToolVersion.current, shard: options.shard)
        } catch {
            throw RunError("cannot encode the plan: \(error)")
        }
        let ledger = try openLedger(identity: identity, writer: writer)
        defer { withExtendedLifetime(ledger.lock) {} }
        if ledger.readOnly, let readOnly = ledger.ledger { return try finishReadOnly(readOnly, writer: writer) }
        let resuming = ledger.resuming
        RunFiles.removeInterruptedWrites(in: output)
        do {
            try RunFiles.writeIfChanged(try CanonicalJSON.pretty(plan), to: writer.path("plan.json"))
        } catch let error as RunError { throw error } catch { throw RunError("cannot encode the plan: \(error)") }

        let (rows, loaded) = try loadBatches(ledger.ledger, resuming: resuming)
        var results = loaded
        let pending = rows.filter { $0.state == .pending }.map(\.index)
        if resuming, pending.isEmpty, !options.shard.isWhole || DatasetFinish.missingFiles(in: output).isEmpty {
            try failIfBatchesFailed(results, total: rows.count, writer: writer)
            reporter.summary(completeLine(batches: rows.count))
            return
        }
        if ledger.ledger != nil { try rebuildExamples(results, writer: writer) }
        if resuming, !options.quiet {
            reporter.note("resuming \(output): \(rows.count - pending.count) of \(rows.count) batches already done")
        }

        let database = try ValidationDatabase.build(plan: plan, schema: schema, directory: output, prebuilt: self.database)
        defer { database.removeIfTemporary() }
        let validationSettings = plan.config.validation
        let schema = self.schema
        let path = database.path
        let validator: Validator
        do {
            validator = try Validator(databasePath: path, schema: schema, settings: validationSettings)
        } catch {
            throw RunError(error.message)
        }
        let llm = plan.config.generation.provider == "openai"
            ? try LLMSetup.make(plan: plan, schema: schema, output: output, options: providerOptions, reporter: reporter) : nil
        if let llm {
            let provider = llm.provider
            cancellation.set { provider.cancel() }
            do {
                try llm.prefetch(pending.map { plan.batches[$0] }, plan: plan, options: providerOptions, validator: validator, quiet: options.quiet)
            } catch {
                // A replay miss or a refused key before any batch: a new run leaves the directory as it found it.
                if !resuming { untouched.restore() }
                throw error
            }
        }
        let provider: any ExampleProvider = llm?.provider ?? OfflineGenerator(schema: schema, styles: plan.config.generation.styles)
        let judge = try JudgeSetup.make(plan: plan, schema: schema, llm: llm, output: output, options: providerOptions)
        let generation = GenerationRun(plan: plan, schema: schema, provider: provider, judge: judge)
        reporter.start(total: rows.count, done: rows.count - pending.count)
        let log = ExamplesLog(path: writer.path("examples.jsonl"))
        var examples = results.reduce(0) { $0 + $1.examples.count }
        var rejections = results.reduce(0) { $0 + $1.rejections.count }
        var done = rows.count - pending.count
        var recorded = 0
        let pool = ValidatorPool()
        _ = pool.add(validator)
        var generationSettings = plan.config.generation
        if let workers = options.workers { generationSettings.workers = workers }
        let executor = BatchExecutor(workers: generationSettings.resolvedWorkers, stop: stop)
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
                    reporter.progress(done: done, examples: examples, rejections: rejections)
                })
        } catch let error as LedgerError {
            reporter.finishProgress()
            throw RunError("\(error.message); run the same command again to resume")
        } catch let error as ValidatorError {
            reporter.finishProgress()
            throw RunError(error.message)
        } catch {
            reporter.finishProgress()
            throw RunError("the run stopped: \(error.localizedDescription); run the same command again to resume")
        }
        reporter.finishProgress()
        if let llm { try llm.failIfFatal() }
        try JudgeSetup.failIfFatal(judge, reporter: reporter)
        if recorded < pending.count {
            let signal = stop.signal ?? 0
            throw RunError("""
            stopped: \(rows.count - pending.count + recorded) of \(rows.count) batches done and recorded in \(writer.path(RunLedger.fileName)).
            resume with: nl2sqlgen run --plan \(writer.path("plan.json")) --out \(output)\(options.shard.isWhole ? "" : " --shard \(options.shard)")
            """, status: signal > 0 ? 128 + signal : 1, labelled: false)
        }
        let seconds = (clock.now - started).inSeconds
        if options.shard.isWhole {
            var llmFiles = try llm?.writeUsage(plan: plan, writer: writer) ?? []
            var usage = llm?.provider.usage()
            if llm == nil, let judge {
                // An offline run's only LLM traffic is its judge's.
                llmFiles = try JudgeSetup.writeUsage(judge, plan: plan, writer: writer)
                usage = JudgeSetup.usage(judge)
            }
            try DatasetFinish.write(results, plan: plan, schema: schema, output: output, database: database, provider: provider.name,
                                    seconds: seconds, llm: usage, llmFiles: llmFiles, reporter: reporter)
            if !options.quiet { reporter.summary(Self.executionLine(pool.execution, seconds: seconds)) }
            if let llm { reporter.summary(llm.summary()) } else if let usage { reporter.summary(LLMSetup.summary(of: usage)) }
            if let judge { reporter.summary(JudgeSetup.summary(judge, results: results)) }
        } else {
            if let llm { reporter.summary(llm.summary()) }
            reporter.summary("""
            shard \(options.shard) of \(output): \(rows.count) of \(plan.batches.count) batches, \(examples) examples, \(rejections) rejections (\(String(format: "%.1f", seconds)) s)
              when every shard is done: nl2sqlgen merge SHARD_DIR... --out DIR
            """)
        }
        try failIfBatchesFailed(results, total: rows.count, writer: writer)
    }

    /// Exit 1, naming the `--retry-failed` command, when batches of the run got no answer from the
    /// provider (their LLM requests failed), or when the run produced no example at all.
    /// "DIR is complete (N batches of the plan); nothing to do".
    func completeLine(batches: Int) -> String {
        "\(output) is complete (\(batches) batches of \(options.shard.isWhole ? "the plan" : "shard \(options.shard)")); nothing to do"
    }

    /// A dataset in a directory that cannot be written: complete, it is reported as such (exit 0);
    /// unfinished, it cannot be resumed there. Nothing is written either way.
    func finishReadOnly(_ ledger: RunLedger, writer: DatasetWriter) throws(RunError) {
        let rows: [RunLedger.BatchRow]
        let results: [BatchResult]
        do {
            rows = try ledger.batches()
            results = try ledger.results()
        } catch {
            throw RunError(error.message)
        }
        let done = rows.filter { $0.state == .done || $0.state == .failed }.count
        guard done == rows.count, !options.shard.isWhole || DatasetFinish.missingFiles(in: output).isEmpty else {
            throw RunError("\(output) cannot be written (a read-only file system or no write permission) and its run is not finished (\(done) of \(rows.count) batches done): copy it to a writable place and resume it there (nothing was changed)")
        }
        try failIfBatchesFailed(results, total: rows.count, writer: writer)
        reporter.summary(completeLine(batches: rows.count))
    }

    func failIfBatchesFailed(_ results: [BatchResult], total: Int, writer: DatasetWriter) throws(RunError) {
        let failed = results.filter(\.requestFailed).count
        let command = "nl2sqlgen run --plan \(writer.path("plan.json")) --out \(output)\(options.shard.isWhole ? "" : " --shard \(options.shard)") --retry-failed"
        if failed > 0 {
            throw RunError("\(failed) of \(total) batches failed: their LLM requests got no answer (see the messages above and rejections.jsonl).\nretry them with: \(command)",
                           status: 1, labelled: false)
        }
        if !results.isEmpty, results.allSatisfy({ $0.examples.isEmpty }) {
            throw RunError("the run produced no example (every slot was rejected, see rejections.jsonl)", status: 1, labelled: false)
        }
    }

    /// "SQL executed: N statements, X s inside SQLite (Y% of the generation's Z s)".
    static func executionLine(_ execution: ExecutionStatistics, seconds: Double) -> String {
        let share = seconds > 0 ? 100 * execution.seconds / seconds : 0
        return "  SQL executed: \(execution.statements) statements, \(String(format: "%.2f", execution.seconds)) s inside SQLite (\(String(format: "%.0f", share))% of the generation's \(String(format: "%.1f", seconds)) s)"
    }
}
