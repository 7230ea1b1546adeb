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
        /// A finished run that fell short of its plan (``RunShortfall``) exits 0 instead of 3.
        public var allowPartial = false
        /// Write into a non-empty directory that holds no dataset of this tool.
        public var force = false

        public init(quiet: Bool = false, shard: ShardSpec = .whole, workers: Int? = nil, retryFailed: Bool = false, allowPartial: Bool = false,
                    force: Bool = false) {
            self.quiet = quiet
            self.shard = shard
            self.workers = workers
            self.retryFailed = retryFailed
            self.allowPartial = allowPartial
            self.force = force
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
        if resuming, pending.isEmpty, !options.shard.isWhole || DatasetFinish.missingFiles(in: output).isEmpty,
           try !rebuildsDamagedFiles(writer: writer) {
            try failIfBatchesFailed(results, total: rows.count, writer: writer)
            if options.shard.isWhole {
                let finished = RunFinalizer.finalize(results, plan: plan)
                try failIfShort(finished, writer: writer)
            }
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
        let url = database.url
        let validator: Validator
        do {
            validator = try database.validator(schema: schema, settings: validationSettings)
        } catch {
            throw RunError(error.message)
        }
        let llm = plan.config.generation.provider == "openai"
            ? try LLMSetup.make(plan: plan, schema: schema, output: output, options: providerOptions, reporter: reporter) : nil
        if let llm {
            let provider = llm.provider
            cancellation.set { provider.cancel() }
        }
        let provider: any ExampleProvider = llm?.provider ?? OfflineGenerator(schema: schema, styles: plan.config.generation.styles,
                                                                                      dialect: SQLDialect(database: plan.config.database))
        let judge = try JudgeSetup.make(plan: plan, schema: schema, llm: llm, output: output, options: providerOptions)
        let generation = GenerationRun(plan: plan, schema: schema, provider: provider, judge: judge,
                                       values: DatabaseValues.read(schema: schema, validator: validator))
        reporter.start(total: rows.count, done: rows.count - pending.count)
        let log = ExamplesLog(path: writer.path("examples.jsonl"))
        var examples = results.reduce(0) { $0 + $1.examples.count }
        var rejections = results.reduce(0) { $0 + $1.rejections.count }
        var done = rows.count - pending.count
        var recorded = 0
        var breaker = CircuitBreaker(settings: plan.config.run, enabled: llm != nil && !providerOptions.replay)
        let pool = ValidatorPool()
        _ = pool.add(validator)
        var generationSettings = plan.config.generation
        if let workers = options.workers { generationSettings.workers = workers }
        let executor = BatchExecutor(workers: generationSettings.resolvedWorkers, stop: stop)
        // With the circuit breaker on, batches run in waves of llm.concurrency: the first requests
        // of a wave are sent together, and a tripped breaker stops before the next wave is sent.
        let waves = Self.waves(pending, size: breaker.window > 0 ? plan.config.llm.concurrency : pending.count)
        let heartbeat = llm.map { Heartbeat(meter: $0.provider.client.meter, reporter: reporter, timeout: plan.config.llm.timeoutSeconds) }
        if !options.quiet, !providerOptions.replay { heartbeat?.start() }
        defer { heartbeat?.stop() }
        do {
            for (number, wave) in waves.enumerated() where !stop.isRequested {
                if let llm {
                    do {
                        try llm.prefetch(wave.map { plan.batches[$0] }, plan: plan, options: providerOptions, validator: validator,
                                         quiet: options.quiet || number > 0)
                    } catch {
                        // A replay miss or a refused key before any batch: a new run leaves the directory as it found it.
                        if !resuming, number == 0 { untouched.restore() }
                        throw error
                    }
                }
                _ = try executor.execute(
                    wave,
                    makeState: { pool.add(try ValidationDatabase.validator(path: path, url: url, schema: schema, settings: validationSettings)) },
                    work: { validator, index in generation.generateBatch(at: index, validator: validator) },
                    started: { indices in try ledger.ledger?.markRunning(indices) },
                    commit: { _, result in
                        // After Ctrl-C an LLM batch may have lost requests: it is not recorded, so a
                        // resume redoes it (its answers so far are in the request cache).
                        if llm != nil, stop.isRequested, !breaker.tripped { return }
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
                        // A hopeless run stops starting batches; those in flight are still recorded.
                        // Slots a budget stop (max_cost) left undone say nothing about the model.
                        if llm?.provider.client.meter.stopped == nil, breaker.add(result, batch: plan.batches[result.index]) { stop.request() }
                    })
            }
        } catch let error as RunError {
            reporter.finishProgress()
            throw error
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
        heartbeat?.stop()
        reporter.finishProgress()
        if let llm { try llm.failIfFatal() }
        try JudgeSetup.failIfFatal(judge, reporter: reporter)
        if breaker.tripped, recorded < pending.count {
            throw RunError("""
            \(breaker.explanation(mode: plan.config.generation.mode))
            \(rows.count - pending.count + recorded) of \(rows.count) batches done and recorded in \(writer.path(RunLedger.fileName)); no dataset files were written yet.
            after fixing the cause, resume with: \(command(retryFailed: true))
            """, status: RunShortfall.status, labelled: false)
        }
        if recorded < pending.count {
            let signal = stop.signal ?? 0
            throw RunError("""
            stopped: \(rows.count - pending.count + recorded) of \(rows.count) batches done and recorded in \(writer.path(RunLedger.fileName)).
            resume with: \(command(retryFailed: false))
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
            let finished = try DatasetFinish.write(results, plan: plan, schema: schema, output: output, database: database, provider: provider.name,
                                    seconds: seconds, llm: usage, llmFiles: llmFiles, reporter: reporter)
            if !options.quiet { reporter.summary(Self.executionLine(pool.execution, seconds: seconds, engine: database.url == nil ? "SQLite" : "PostgreSQL")) }
            if let llm { reporter.summary(llm.summary()) } else if let usage { reporter.summary(LLMSetup.summary(of: usage)) }
            if let judge { reporter.summary(JudgeSetup.summary(judge, results: results)) }
            try failIfBatchesFailed(results, total: rows.count, writer: writer)
            try failIfShort(finished, writer: writer)
            return
        } else {
            if let llm { reporter.summary(llm.summary()) }
            reporter.summary("""
            shard \(options.shard) of \(output): \(rows.count) of \(plan.batches.count) batches, \(examples) examples, \(rejections) rejections (\(String(format: "%.1f", seconds)) s)
              when every shard is done: \(Invocation.command("merge SHARD_DIR... --out DIR"))
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
        if failed > 0 {
            throw RunError("\(failed) of \(total) batches failed: their LLM requests got no answer (see the messages above and rejections.jsonl).\nretry them with: \(command(retryFailed: true))",
                           status: 1, labelled: false)
        }
        if !results.isEmpty, results.allSatisfy({ $0.examples.isEmpty }) {
            throw RunError("the run produced no example (every slot was rejected, see rejections.jsonl)", status: 1, labelled: false)
        }
    }

    /// Exit 3 (``RunShortfall/status``) when the finished dataset `finished` falls short of the plan
    /// (too few examples, or projected coverage missed); with `--allow-partial` the same as a note.
    func failIfShort(_ finished: GenerationRun.Output, writer: DatasetWriter) throws(RunError) {
        try RunShortfall.check(finished, plan: plan, schema: schema, output: output, retryFailed: command(retryFailed: true),
                               allowPartial: options.allowPartial, reporter: reporter)
    }

    /// The command that resumes this run (`--retry-failed`: and redoes its failed batches).
    func command(retryFailed: Bool) -> String {
        return Invocation.command("run --plan \(Invocation.path("plan.json", in: output)) --out \(output)\(options.shard.isWhole ? "" : " --shard \(options.shard)")\(retryFailed ? " --retry-failed" : "")")
    }

    /// Whether the finished dataset's files differ from its manifest's hashes and are rebuilt by
    /// this run from the ledger (the manifest is removed, so the final pass writes every file
    /// again). A run that used an LLM (its usage counts are in the files) is not rebuilt in place:
    /// the error names the damaged files and the `--replay` command that rebuilds the dataset.
    func rebuildsDamagedFiles(writer: DatasetWriter) throws(RunError) -> Bool {
        guard options.shard.isWhole else { return false }
        let damaged = DatasetFinish.damagedFiles(in: output)
        guard !damaged.isEmpty else { return false }
        let names = damaged.joined(separator: ", ")
        if plan.config.generation.provider == "openai" || plan.config.judge.isOn {
            throw RunError("""
            \(output) is damaged: \(names) no longer match the sha256 recorded in \(writer.path("manifest.json")) (changed or cut short). \
            Its ledger holds every batch: rebuild the dataset into a new directory from the request cache, without the network: \
            \(Invocation.command("run --plan \(Invocation.path("plan.json", in: output)) --out NEW_DIR --replay --cache \(Invocation.path("llm-cache.sqlite", in: output))"))
            """)
        }
        reporter.note("\(output) is damaged: \(names) no longer match the sha256 recorded in manifest.json; rebuilding the dataset from the ledger")
        do {
            try FileManager.default.removeItem(atPath: writer.path("manifest.json"))
        } catch {
            throw RunError("cannot remove \(writer.path("manifest.json")) to rebuild the damaged dataset: \(error.localizedDescription)")
        }
        return true
    }

    /// `indices` cut into consecutive runs of `size` (at least 1).
    static func waves(_ indices: [Int], size: Int) -> [[Int]] {
        let size = max(1, size)
        return stride(from: 0, to: indices.count, by: size).map { Array(indices[$0..<min($0 + size, indices.count)]) }
    }

    /// "SQL executed: N statements, X s inside SQLite (Y% of the generation's Z s)".
    static func executionLine(_ execution: ExecutionStatistics, seconds: Double, engine: String = "SQLite") -> String {
        let share = seconds > 0 ? 100 * execution.seconds / seconds : 0
        return "  SQL executed: \(execution.statements) statements, \(String(format: "%.2f", execution.seconds)) s inside \(engine) (\(String(format: "%.0f", share))% of the generation's \(String(format: "%.1f", seconds)) s)"
    }
}
