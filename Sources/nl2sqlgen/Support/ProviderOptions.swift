import ArgumentParser
import Model
import Runs

/// `--provider`, `--mode`, `--replay`, `--cache` and `--max-cost` of `generate` and `run`.
struct ProviderOptions: ParsableArguments {
    @Option(help: "offline (embedded generator, no network) or openai (an OpenAI-compatible endpoint, see llm.* in docs/config.md). Default: the config's generation.provider.")
    var provider: String?

    @Option(help: "With --provider openai: llm (the LLM writes question and SQL) or sql-first (the embedded generator writes the SQL, the LLM the question). Default: generation.mode.")
    var mode: String?

    @Flag(help: "Answer every LLM request from the cache only; a request not in it is an error (audits, no network).")
    var replay = false

    @Option(help: "The LLM request cache (SQLite). Default: DIR/llm-cache.sqlite in the dataset directory.")
    var cache: String?

    @Option(help: "Stop sending LLM requests once the estimated cost reaches this many dollars (overrides llm.max_cost).")
    var maxCost: Double?

    /// `--replay` and `--cache` for the run.
    var runOptions: LLMRunOptions { LLMRunOptions(replay: replay, cache: cache) }

    /// `settings` with the options applied; a bad value is an exit-2 error.
    func apply(to settings: inout Config) throws(ExitCode) {
        if let provider {
            guard ["offline", "openai"].contains(provider) else { throw CLI.fail("--provider must be offline or openai, not \(provider)") }
            settings.generation.provider = provider
        }
        if let mode {
            guard ["llm", "sql-first"].contains(mode) else { throw CLI.fail("--mode must be llm or sql-first, not \(mode)") }
            settings.generation.mode = mode
        }
        if let maxCost {
            guard maxCost >= 0 else { throw CLI.fail("--max-cost must be zero (no limit) or positive") }
            settings.llm.maxCost = maxCost
        }
        if settings.generation.provider == "offline" && !settings.judge.isOn && (replay || cache != nil) {
            throw CLI.fail("--replay and --cache need --provider openai (or generation.provider openai in the config) or a judge (judge.mode)")
        }
    }
}
