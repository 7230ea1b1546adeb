/// The specification of one config key: where it sits, what it accepts and what it does.
/// ``ConfigKey/all`` is the single source for validation, `config describe` and `docs/config.md`.
public struct ConfigKey: Sendable {
    /// What values a key accepts.
    public enum Kind: Sendable {
        case integer(ClosedRange<Int>)
        case number(ClosedRange<Double>)
        case boolean
        case choice([String])
        case text
        /// A string that may be empty (empty: a fallback the key's help names).
        case optionalText
        /// A list whose elements are all drawn from the given words (or any text when empty).
        case textList([String])
        /// An object mapping free names (tables, `table.column`) to integers in range.
        case integerMap(ClosedRange<Int>)
        /// An object mapping free names (analysis families) to numbers in range.
        case numberMap(ClosedRange<Double>)

        /// A short human description, e.g. "integer 1...100".
        public var summary: String {
            switch self {
            case .integer(let range): return "integer \(range.lowerBound)...\(range.upperBound)"
            case .number(let range): return "number \(range.lowerBound)...\(range.upperBound)"
            case .boolean: return "boolean"
            case .choice(let words): return "one of " + words.joined(separator: ", ")
            case .text: return "string"
            case .optionalText: return "string (may be empty)"
            case .textList(let words): return words.isEmpty ? "array of strings" : "array of: " + words.joined(separator: ", ")
            case .integerMap(let range): return "object of name: integer \(range.lowerBound)...\(range.upperBound)"
            case .numberMap(let range): return "object of name: number \(range.lowerBound)...\(range.upperBound)"
            }
        }
    }

    /// Dotted path such as `planner.max_slots_per_batch`.
    public var path: String
    public var kind: Kind
    public var help: String

    public init(_ path: String, _ kind: Kind, _ help: String) {
        self.path = path
        self.kind = kind
        self.help = help
    }
}

extension ConfigKey {
    /// Every key of the config file, in documentation order.
    public static let all: [ConfigKey] = [
        ConfigKey("seed", .integer(0...Int(Int32.max)), "Seed for every random choice: planner expansion, synthetic data, generation. Same inputs and seed give byte-identical outputs."),
        ConfigKey("database.scale", .number(0.01...1000), "Size multiplier of the synthetic validation database (1 builds in a few seconds; 144 is TPC-DS scale factor 1)."),
        ConfigKey("database.path", .optionalText, "An existing populated SQLite database to generate on instead of the synthetic one: sample values and every execution come from it; opened read-only and never written (docs/runs.md). Empty: the synthetic database."),
        ConfigKey("database.url", .optionalText, "A populated PostgreSQL database (a libpq URL, postgresql://...) to generate on instead of the synthetic one: sample values and every execution come from it, through a read-only session as a role with SELECT only (docs/postgresql.md). Never written to plans or manifests with its password. Empty: the synthetic database."),
        ConfigKey("validation.max_sql_length", .integer(100...10_000_000), "Longest SQL text accepted, in bytes."),
        ConfigKey("validation.max_expression_depth", .integer(10...10_000), "Deepest expression tree accepted by the sandboxed SQLite."),
        ConfigKey("validation.query_budget", .integer(1_000...10_000_000_000), "SQLite virtual-machine steps a query may run before it is stopped and reported as a timeout."),
        ConfigKey("validation.max_result_rows", .integer(1...100_000_000), "Result rows read for the fingerprint; a larger result is reported as a runtime error."),
        ConfigKey("validation.max_value_bytes", .integer(1_000...1_000_000_000), "Longest string or blob a query may build, in bytes (SQLite's length limit); a query past it (zeroblob, printf padding, replace) stops with the verdict resource_limit. It also bounds the SQL text."),
        ConfigKey("validation.max_query_memory", .integer(1_048_576...1_099_511_627_776), "Memory in bytes SQLite may allocate beyond what it held when the validator was set up (a process-wide hard heap limit, raised but never lowered); a query past it stops with the verdict resource_limit."),
        ConfigKey("validation.max_result_bytes", .integer(1_000...100_000_000_000), "Bytes a whole result may hold (the lengths of its texts and blobs, 8 per number), counted while the rows are read; a larger result stops with the verdict resource_limit."),
        ConfigKey("validation.max_query_cpu_seconds", .number(0.1...86_400), "Processor seconds one statement may take (checked with the step budget), whatever it spends them on; past it the query stops with the verdict resource_limit. A safety net far above what ordinary queries take: unlike the step budget it depends on the machine."),
        ConfigKey("planner.column_coverage", .integer(1...1_000), "Slots that must target each column (r). Raise it for larger datasets."),
        ConfigKey("planner.table_coverage", .integerMap(0...1_000), "Per-table overrides of column_coverage, e.g. {\"store_sales\": 3}."),
        ConfigKey("planner.column_coverage_overrides", .integerMap(0...1_000), "Per-column overrides, e.g. {\"store_sales.ss_net_paid\": 5}; they win over table_coverage."),
        ConfigKey("planner.edge_coverage", .integer(0...1_000), "Slots that must join over each foreign-key edge."),
        ConfigKey("planner.max_columns_per_slot", .integer(1...100), "Most target columns in one slot (K)."),
        ConfigKey("planner.max_slots_per_batch", .integer(1...200), "Most slots in one batch, i.e. one generation call (S)."),
        ConfigKey("planner.max_tables_per_batch", .integer(1...32), "Most tables in one batch's join tree (T)."),
        ConfigKey("planner.complexity_mix.simple", .number(0...1), "Target share of simple slots (one or two tables, projection and filters)."),
        ConfigKey("planner.complexity_mix.moderate", .number(0...1), "Target share of moderate slots (joins, aggregates, GROUP BY, ORDER BY, LIMIT)."),
        ConfigKey("planner.complexity_mix.complex", .number(0...1), "Target share of complex slots (HAVING, subqueries, CASE, date logic)."),
        ConfigKey("planner.complexity_mix.highly_complex", .number(0...1), "Target share of highly complex slots (CTEs, windows, set operations, correlated subqueries)."),
        ConfigKey("planner.mix_tolerance", .number(0...1), "Allowed deviation of each level's share of slots from its target."),
        ConfigKey("planner.max_category_share", .number(0.01...1), "Largest share of batches one business category may hold (1 turns rotation off)."),
        ConfigKey("planner.examples", .integer(0...1_000_000), "About how many examples to plan (0: one full coverage). Sets column_coverage r to round(N / slots of the r = 1 plan), corrected once when that plan is more than 5% off; below one full coverage the plan stays at r = 1. When N allows every column two uses with one target per slot, slots get one target each (max_columns_per_slot 1, recorded in the plan): shorter questions that each ask one thing."),
        ConfigKey("planner.family_min_share", .number(0...1), "Least share of slots each analysis family gets (the family mix, docs/analysis-families.md). Where too few slots fit a family (a schema without a clock table has no time-of-day slots), the plan gets what fits and a warning naming the family and the reason."),
        ConfigKey("planner.family_min_share_overrides", .numberMap(0...1), "Per-family overrides of family_min_share, e.g. {\"time_of_day\": 0.05, \"lookup\": 0}; the shares of all families may sum to at most 1."),
        ConfigKey("planner.time_limit_seconds", .number(0.1...86_400), "Solver time limit; on expiry the best plan found is kept and reported as such."),
        ConfigKey("planner.max_candidate_groups", .integer(1...1_000_000), "Most candidate table groups (join trees) offered to the integer program."),
        ConfigKey("generation.provider", .choice(["offline", "openai"]), "offline: the embedded generator (no network, no key). openai: an OpenAI-compatible endpoint (see llm.*)."),
        ConfigKey("generation.mode", .choice(["llm", "sql-first"]), "With an LLM provider: llm writes question and SQL; sql-first lets the embedded generator write the SQL and the LLM the question."),
        ConfigKey("generation.max_attempts", .integer(1...100), "Draws per slot before it is reported as a rejection."),
        ConfigKey("generation.min_result_rows", .integer(0...1_000_000), "Fewest result rows for an example to count as non-empty."),
        ConfigKey("generation.styles", .textList(["formal", "colloquial", "imperative", "concise", "descriptive", "analytical"]), "Question styles to rotate through."),
        ConfigKey("generation.workers", .integer(0...64), "Batches generated at once, each on its own thread with its own validator connection; 0: one per processor core, at most 8 (`run --workers` overrides it). The output does not depend on it."),
        ConfigKey("paraphrases.count", .integer(0...20), "Paraphrases per example (N)."),
        ConfigKey("paraphrases.min_distance", .number(0...1), "Smallest distance between a question and a paraphrase (word-token edit distance divided by the longer length); closer ones are dropped and counted. Paraphrases of one example also keep half this distance from each other."),
        ConfigKey("paraphrases.sql_variants", .boolean, "Also emit equivalent SQL rewrites, kept only when their result fingerprint equals the original's."),
        ConfigKey("negatives.count", .integer(0...20), "Near-miss SQL negatives per example (M), each proven by execution to return another result."),
        ConfigKey("negatives.nl_negatives", .boolean, "Also pair each example with up to negatives.count questions of other examples over the same tables whose SQL gives a different result."),
        ConfigKey("llm.base_url", .text, "Base URL of the OpenAI-compatible API (the path /chat/completions is appended)."),
        ConfigKey("llm.model", .text, "Model name sent with each request."),
        ConfigKey("llm.api_key_env", .text, "Name of the environment variable holding the API key; the key is never written anywhere."),
        ConfigKey("llm.temperature", .number(0...2), "Sampling temperature."),
        ConfigKey("llm.max_tokens", .integer(1...1_000_000), "Completion token limit per request."),
        ConfigKey("llm.json_mode", .boolean, "Request response_format json_object when the server supports it."),
        ConfigKey("llm.concurrency", .integer(1...1_024), "Requests in flight."),
        ConfigKey("llm.requests_per_minute", .integer(0...1_000_000), "Request rate limit (0: none)."),
        ConfigKey("llm.tokens_per_minute", .integer(0...1_000_000_000), "Token rate limit (0: none)."),
        ConfigKey("llm.timeout_seconds", .number(1...3_600), "Per-request timeout."),
        ConfigKey("llm.max_retries", .integer(0...100), "Retries after 429, 5xx or a timeout (exponential backoff with jitter, Retry-After honoured up to llm.max_retry_after_seconds)."),
        ConfigKey("llm.max_retry_after_seconds", .number(0...3_600), "Longest wait a server's Retry-After header can impose before a retry; a longer one is cut to this and the cut is named in the error if the request still fails."),
        ConfigKey("llm.max_repairs", .integer(0...20), "Repair prompts carrying the SQLite error for an invalid SQL."),
        ConfigKey("llm.prompt_price_per_1k", .number(0...1_000), "Dollars per 1,000 prompt tokens, for the cost estimate."),
        ConfigKey("llm.completion_price_per_1k", .number(0...1_000), "Dollars per 1,000 completion tokens, for the cost estimate."),
        ConfigKey("llm.max_cost", .number(0...1_000_000), "Stop cleanly once the estimated cost reaches this many dollars (0: no limit)."),
        ConfigKey("judge.mode", .choice(["off", "score", "back_translate"]), "The LLM judge (docs/llm.md): off; score (one request per judge.examples_per_request examples rates faithfulness, naturalness and ambiguity 1-5 with a reason; below judge.threshold the example is repaired or dropped); back_translate (the judge writes SQL for each question alone; the example is kept when that SQL returns the gold's result). Works with every provider (the offline generator's examples too); the judge's endpoint is judge.base_url or llm.base_url."),
        ConfigKey("judge.base_url", .optionalText, "The judge's OpenAI-compatible endpoint; empty: llm.base_url."),
        ConfigKey("judge.model", .optionalText, "The judge's model, e.g. a stronger one than the generator's; empty: llm.model."),
        ConfigKey("judge.api_key_env", .optionalText, "Name of the environment variable holding the judge's API key; empty: llm.api_key_env."),
        ConfigKey("judge.threshold", .integer(1...5), "Lowest faithfulness score an example keeps; below it the example gets one repair round (judge.repair) or is dropped."),
        ConfigKey("judge.examples_per_request", .integer(1...50), "Examples (with their paraphrases when judge.paraphrases) judged in one request."),
        ConfigKey("judge.repair", .boolean, "Below the threshold, draw the slot once more (mode llm: a repair prompt carrying the judge's reason; sql-first: the next draft) and judge the new example; false drops it at once."),
        ConfigKey("judge.paraphrases", .boolean, "Also judge each paraphrase against its example's SQL; one below judge.threshold is dropped."),
        ConfigKey("judge.sample_rows", .integer(0...50), "Result rows of each SQL shown to the judge."),
        ConfigKey("judge.temperature", .number(0...2), "Sampling temperature of the judge."),
        ConfigKey("judge.prompt_price_per_1k", .number(-1...1_000), "Dollars per 1,000 prompt tokens of the judge's model, for the cost estimate and llm.max_cost (-1: llm.prompt_price_per_1k)."),
        ConfigKey("judge.completion_price_per_1k", .number(-1...1_000), "Dollars per 1,000 completion tokens of the judge's model (-1: llm.completion_price_per_1k)."),
        ConfigKey("run.min_example_share", .number(0...1), "Fewest examples, as a share of the plan's slots, for a finished run to exit 0; below it, or with measured coverage below the plan's projection, the run exits 3 (a partial dataset, kept) and prints the replan and run commands that fill the gap (`--allow-partial`: exit 0)."),
        ConfigKey("run.breaker_window", .integer(0...100_000), "Circuit breaker: consecutive slots (in plan order) it looks at; when more than run.breaker_rejection_share of them are rejected the run stops early (exit 3), naming the top rejection reasons; 0: no breaker. Off for --replay."),
        ConfigKey("run.breaker_rejection_share", .number(0...1), "Circuit breaker: share of rejected slots in a window of run.breaker_window above which the run stops."),
        ConfigKey("run.expected_reask_share", .number(0...10), "Re-asks (repair prompts, refused questions asked again) expected per slot, for the LLM estimate of plan and generate; each re-sends the schema context. A finished run's manifest measures it: llm.repairs / slots."),
        ConfigKey("output.csv", .boolean, "Also write examples.csv next to examples.jsonl."),
        ConfigKey("output.keep_database", .boolean, "Keep the validation database in the dataset directory as database.sqlite."),
        ConfigKey("output.license", .text, "License of the dataset, written to the Hugging Face card by `export --format hf` (a Hub license id such as cc-by-4.0; default unknown)."),
    ]
}
