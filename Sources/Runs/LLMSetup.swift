import Foundation
import Generation
import Model
import Validation

/// Builds the LLM provider of a run: API key from the environment, request cache, client, prompts;
/// sends the first request of every batch to run; afterwards writes `llm-usage.jsonl` and reports.
struct LLMSetup {
    let provider: LLMProvider
    /// The request cache file.
    let cachePath: String
    /// Where notes and warnings go.
    let reporter: any RunReporter
    /// The request cache (shared with the judge).
    var cache: RequestCache?

    /// The API key (nil with `--replay`) and the cache path, checked before anything is written:
    /// exit 2 for a missing key variable or a `--replay` cache that does not exist.
    static func preflight(plan: Plan, output: String, options: LLMRunOptions) throws(RunError) -> (key: String?, cachePath: String) {
        let settings = plan.config.llm
        var key: String?
        if !options.replay {
            guard let value = ProcessInfo.processInfo.environment[settings.apiKeyEnv] else {
                throw RunError("the API key variable \(settings.apiKeyEnv) (llm.api_key_env) is not set; export it, or set it to an empty string for a local server that needs no key")
            }
            key = value
        }
        return (key, try cachePath(output: output, options: options))
    }

    /// The request cache of a run (`--cache`, else `DIR/llm-cache.sqlite`); with `--replay` it must exist.
    static func cachePath(output: String, options: LLMRunOptions) throws(RunError) -> String {
        let cachePath = options.cache ?? URL(fileURLWithPath: output).appendingPathComponent("llm-cache.sqlite").path
        if options.replay && !FileManager.default.fileExists(atPath: cachePath) {
            throw RunError("--replay: the cache \(cachePath) does not exist (pass --cache with the llm-cache.sqlite of the dataset to audit)")
        }
        return cachePath
    }

    /// The bundled prompts and the request cache at `cachePath` (created when missing).
    static func open(_ cachePath: String) throws(RunError) -> (PromptTemplates, RequestCache) {
        do {
            return (try PromptTemplates.bundled(), try RequestCache(path: cachePath))
        } catch {
            throw RunError(error.message)
        }
    }

    /// The provider for `plan`. Exit 2 for a missing key or an unusable cache.
    static func make(plan: Plan, schema: Schema, output: String, options: LLMRunOptions, reporter: any RunReporter) throws(RunError) -> LLMSetup {
        let settings = plan.config.llm
        let (key, cachePath) = try preflight(plan: plan, output: output, options: options)
        let (templates, cache) = try open(cachePath)
        let client = ChatCompletionClient(settings: settings, apiKey: key, cache: cache, replay: options.replay,
                                          meter: CostMeter(settings: settings))
        let provider = LLMProvider(schema: schema, config: plan.config, client: client, templates: templates)
        return LLMSetup(provider: provider, cachePath: cachePath, reporter: reporter, cache: cache)
    }

    /// Sends the first request of each of `batches` (those this process runs), `llm.concurrency`
    /// at a time. Exit 2 for a `--replay` miss or a refused key, URL or model.
    func prefetch(_ batches: [Batch], plan: Plan, options: LLMRunOptions, validator: Validator, quiet: Bool) throws(RunError) {
        let client = provider.client
        let settings = plan.config.llm
        if !quiet { reporter.note("sending \(batches.count) batch requests to \(client.endpoint) (\(settings.model), \(settings.concurrency) in flight\(options.replay ? ", replay from \(cachePath)" : ""))") }
        do {
            try provider.prefetch(batches: batches, validator: validator, seed: UInt64(plan.seed))
        } catch {
            throw RunError(error.message)
        }
    }

    /// A `--replay` miss or a refused key during the run fails it (the ledger keeps what was done).
    func failIfFatal() throws(RunError) {
        if let fatal = provider.fatalError { throw RunError(fatal.message) }
    }

    /// Writes `llm-usage.jsonl` (tokens per batch of this process) into the dataset and returns its
    /// name for the manifest; prints the first problems.
    func writeUsage(plan: Plan, writer: DatasetWriter) throws(RunError) -> [String] {
        try Self.writeUsage(of: provider.client.meter, plan: plan, writer: writer)
        let problems = provider.problemMessages
        for message in problems.prefix(10) { reporter.note("warning: \(message)") }
        if problems.count > 10 { reporter.note("warning: ... \(problems.count - 10) more LLM problems") }
        return ["llm-usage.jsonl"]
    }

    /// Writes `llm-usage.jsonl`: the tokens `meter` counted per batch of `plan` (this process's).
    static func writeUsage(of meter: CostMeter, plan: Plan, writer: DatasetWriter) throws(RunError) {
        var data = Data()
        for usage in meter.batchUsage(in: plan.batches.map(\.id)) {
            data.append((try? CanonicalJSON.line(usage)) ?? Data())
            data.append(0x0A)
        }
        try RunFiles.write(data, to: writer.path("llm-usage.jsonl"))
    }

    /// The summary line of the LLM traffic.
    func summary() -> String { Self.summary(of: provider.usage()) }

    /// The summary line of `usage` (the provider's traffic, or an offline run's judge's).
    static func summary(of usage: LLMUsage) -> String {
        var line = "  llm: \(usage.requests) requests, \(usage.cacheHits) from cache, \(usage.retries) retries, \(usage.repairs) repairs, \(usage.failures) failures; tokens \(usage.promptTokens) prompt + \(usage.completionTokens) completion; estimated cost $\(String(format: "%.4f", usage.cost))"
        if let lost = usage.paraphraseFailures, lost > 0 {
            line += "\n  paraphrases lost: \(lost) example(s) got no usable answer to their paraphrase request (llm.paraphrase_failures in manifest.json)"
        }
        if let stopped = usage.stopped {
            line += "\n  stopped early (\(stopped)): the slots not generated are in rejections.jsonl; `nl2sqlgen replan` plans them"
        }
        return line
    }
}
