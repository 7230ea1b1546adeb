import Foundation
import Generation
import Model

/// Builds the LLM judge of a run (`judge.*`, docs/llm.md): its own client (endpoint, model, key
/// and prices from `judge.*`, else `llm.*`) over the LLM run's request cache and cost meter, or,
/// in an offline run, over a request cache and cost meter of its own (`--cache`, else
/// `DIR/llm-cache.sqlite`), so that offline datasets are judged, replayed and costed alike.
enum JudgeSetup {
    /// Checks, before anything is written, that the judge can run: (unless `--replay`) its key
    /// variable, and with `--replay` the request cache; a ``RunError`` (status 2) otherwise.
    static func preflight(plan: Plan, output: String, options: LLMRunOptions) throws(RunError) {
        let judge = plan.config.judge
        guard judge.isOn else { return }
        let variable = judge.endpoint(from: plan.config.llm).apiKeyEnv
        if !options.replay, ProcessInfo.processInfo.environment[variable] == nil {
            throw RunError("the judge's API key variable \(variable) (judge.api_key_env, else llm.api_key_env) is not set; export it, or set it to an empty string for a local server that needs no key")
        }
        if plan.config.generation.provider != "openai" { _ = try LLMSetup.cachePath(output: output, options: options) }
    }

    /// The judge of `plan`, nil when `judge.mode` is `off`: over `llm`'s cache and meter, or over
    /// its own when the run is offline (`llm` nil).
    static func make(plan: Plan, schema: Schema, llm: LLMSetup?, output: String, options: LLMRunOptions) throws(RunError) -> ExampleJudge? {
        guard plan.config.judge.isOn else { return nil }
        let settings = plan.config.judge.endpoint(from: plan.config.llm)
        let key = options.replay ? nil : ProcessInfo.processInfo.environment[settings.apiKeyEnv]
        if let llm {
            let client = ChatCompletionClient(settings: settings, apiKey: key, cache: llm.cache, replay: options.replay,
                                              meter: llm.provider.client.meter)
            return ExampleJudge(schema: schema, settings: plan.config.judge, client: client, templates: llm.provider.templates)
        }
        var (templates, cache) = try LLMSetup.open(try LLMSetup.cachePath(output: output, options: options))
        templates.dialect = SQLDialect(database: plan.config.database)
        let client = ChatCompletionClient(settings: settings, apiKey: key, cache: cache, replay: options.replay, meter: CostMeter(settings: settings))
        return ExampleJudge(schema: schema, settings: plan.config.judge, client: client, templates: templates)
    }

    /// The traffic of an offline run's judge (its own meter), as the manifest's `llm` record.
    static func usage(_ judge: ExampleJudge) -> LLMUsage {
        let settings = judge.client.settings
        return judge.client.meter.usage(baseURL: settings.baseURL, model: settings.model, mode: "judge", promptSHA256: judge.templates.sha256)
    }

    /// Writes `llm-usage.jsonl` (the judge's tokens per batch of an offline run) and returns its name.
    static func writeUsage(_ judge: ExampleJudge, plan: Plan, writer: DatasetWriter) throws(RunError) -> [String] {
        try LLMSetup.writeUsage(of: judge.client.meter, plan: plan, writer: writer)
        return ["llm-usage.jsonl"]
    }

    /// The summary line of the judge's verdicts over `results` (before the cross-batch dedup).
    static func summary(_ judge: ExampleJudge, results: [BatchResult]) -> String {
        var dropped: [String: Int] = [:]
        for result in results { dropped.merge(result.droppedDraws, uniquingKeysWith: +) }
        let counts = JudgeCounts.counts(examples: results.flatMap(\.examples), rejections: results.flatMap(\.rejections), droppedDraws: dropped)
        func count(_ key: String) -> Int { counts["judge_\(key)"] ?? 0 }
        let verdicts = judge.settings.mode == "back_translate"
            ? "\(count("back_translation_matched")) of \(count("back_translated")) back-translations return the gold result"
            : "\(count("scored")) scored (\((1...5).map { "\($0): \(count("faithfulness_\($0)"))" }.joined(separator: ", ")))"
        return "  judge (\(judge.client.settings.model)): \(verdicts); \(count("unjudged")) unjudged, \(count("low_scores")) below judge.threshold \(judge.settings.threshold), \(count("repaired")) repaired, \(count("dropped")) dropped"
    }

    /// A `--replay` miss or a refused key of the judge fails the run; its other problems are
    /// warnings for `reporter`.
    static func failIfFatal(_ judge: ExampleJudge?, reporter: any RunReporter) throws(RunError) {
        guard let judge else { return }
        if let fatal = judge.fatalError { throw RunError(fatal.message) }
        let problems = judge.problemMessages
        for message in problems.prefix(10) { reporter.note("warning: judge: \(message)") }
        if problems.count > 10 { reporter.note("warning: judge: ... \(problems.count - 10) more problems") }
    }
}
