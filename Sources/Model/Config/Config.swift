import Foundation

/// Every knob of the pipeline. The defaults work without a config file; a JSON config file
/// overrides any subset (see `docs/config.md` and ``ConfigLoader``).
public struct Config: Sendable, Equatable, Codable {
    /// Seed for every random choice (planner expansion, synthetic data, generation).
    public var seed: Int = 42
    public var database = DatabaseSettings()
    public var validation = ValidationSettings()
    public var planner = PlannerSettings()
    public var generation = GenerationSettings()
    public var paraphrases = ParaphraseSettings()
    public var negatives = NegativeSettings()
    public var llm = LLMSettings()
    public var output = OutputSettings()
    public var judge = JudgeSettings()
    public var run = RunSettings()

    public init() {}

    /// The built-in defaults.
    public static let defaults = Config()
}

/// The synthetic SQLite database that SQL is validated and executed against.
public struct DatabaseSettings: Sendable, Equatable, Codable {
    /// Size multiplier of the synthetic data (1.0 builds in a few seconds).
    public var scale: Double = 1.0
    /// An existing populated SQLite database to generate on instead of the synthetic one (opened
    /// read-only, never written); nil or empty: the synthetic database.
    /// Encoded only when set, so plans and manifests of synthetic runs keep their bytes.
    public var path: String?
    /// A populated PostgreSQL database (a libpq URL) to generate on instead of the synthetic one,
    /// through a read-only session; nil or empty: the synthetic database. Encoded only when set,
    /// and always without its password (plans and manifests never hold one).
    public var url: String?
    public init() {}

    /// ``path`` when it names a database of the user's.
    public var userPath: String? { path.flatMap { $0.isEmpty ? nil : $0 } }

    /// ``url`` when it names a PostgreSQL database of the user's.
    public var userURL: String? { url.flatMap { $0.isEmpty ? nil : $0 } }

    enum CodingKeys: String, CodingKey { case scale, path, url }

    /// Decodes the section; an empty `path` or `url` (the default a config file shows) is none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        scale = try container.decode(Double.self, forKey: .scale)
        path = try container.decodeIfPresent(String.self, forKey: .path).flatMap { $0.isEmpty ? nil : $0 }
        url = try container.decodeIfPresent(String.self, forKey: .url).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Encodes the section; `url` without its password.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scale, forKey: .scale)
        try container.encodeIfPresent(path, forKey: .path)
        try container.encodeIfPresent(url.map(DatabaseURLText.withoutPassword), forKey: .url)
    }
}

/// The sandboxed validator.
public struct ValidationSettings: Sendable, Equatable, Codable {
    /// Longest SQL text accepted, in bytes.
    public var maxSQLLength: Int = 100_000
    /// Deepest expression tree accepted.
    public var maxExpressionDepth: Int = 200
    /// Virtual-machine instructions a query may run before it is stopped as a timeout.
    public var queryBudget: Int = 50_000_000
    /// Result rows kept for the fingerprint and preview; larger results are still counted.
    public var maxResultRows: Int = 100_000
    /// Longest string or blob a query may build, in bytes (SQLite's length limit).
    public var maxValueBytes: Int = 10_000_000
    /// Memory SQLite may take for a query on top of what it held when the sandbox was set up, in bytes.
    public var maxQueryMemory: Int = 268_435_456
    /// Bytes a whole result may hold (text and blob lengths, 8 per number), counted while stepping.
    public var maxResultBytes: Int = 16_777_216
    /// Processor seconds one statement may take, whatever it spends them on.
    public var maxQueryCPUSeconds: Double = 20
    public init() {}

    enum CodingKeys: String, CodingKey {
        case maxSQLLength = "max_sql_length"
        case maxExpressionDepth = "max_expression_depth"
        case queryBudget = "query_budget"
        case maxResultRows = "max_result_rows"
        case maxValueBytes = "max_value_bytes"
        case maxQueryMemory = "max_query_memory"
        case maxResultBytes = "max_result_bytes"
        case maxQueryCPUSeconds = "max_query_cpu_seconds"
    }

    /// Decodes the settings; the size limits may be missing (plans written before they existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        maxSQLLength = try container.decode(Int.self, forKey: .maxSQLLength)
        maxExpressionDepth = try container.decode(Int.self, forKey: .maxExpressionDepth)
        queryBudget = try container.decode(Int.self, forKey: .queryBudget)
        maxResultRows = try container.decode(Int.self, forKey: .maxResultRows)
        maxValueBytes = try container.decodeIfPresent(Int.self, forKey: .maxValueBytes) ?? maxValueBytes
        maxQueryMemory = try container.decodeIfPresent(Int.self, forKey: .maxQueryMemory) ?? maxQueryMemory
        maxResultBytes = try container.decodeIfPresent(Int.self, forKey: .maxResultBytes) ?? maxResultBytes
        maxQueryCPUSeconds = try container.decodeIfPresent(Double.self, forKey: .maxQueryCPUSeconds) ?? maxQueryCPUSeconds
    }
}

/// Shares of the four complexity levels; they must sum to 1.
public struct ComplexityMix: Sendable, Equatable, Codable {
    public var simple: Double = 0.30
    public var moderate: Double = 0.35
    public var complex: Double = 0.25
    public var highlyComplex: Double = 0.10
    public init() {}

    public init(simple: Double, moderate: Double, complex: Double, highlyComplex: Double) {
        self.simple = simple
        self.moderate = moderate
        self.complex = complex
        self.highlyComplex = highlyComplex
    }

    enum CodingKeys: String, CodingKey {
        case simple, moderate, complex
        case highlyComplex = "highly_complex"
    }

    /// The share of `level`.
    public func share(of level: ComplexityLevel) -> Double {
        switch level {
        case .simple: return simple
        case .moderate: return moderate
        case .complex: return complex
        case .highlyComplex: return highlyComplex
        }
    }
}

/// The coverage planner's integer program.
public struct PlannerSettings: Sendable, Equatable, Codable {
    /// Slots that must target each column (r).
    public var columnCoverage: Int = 1
    /// About how many examples the plan should hold (0: as many as one full coverage needs). When
    /// set, the planner plans once with r = 1 and then with r = max(1, round(N / slots of that
    /// plan)), replacing `column_coverage`.
    public var examples: Int = 0
    /// Per-table overrides of r: `{"store_sales": 3}`.
    public var tableCoverage: [String: Int] = [:]
    /// Per-column overrides of r: `{"store_sales.ss_net_paid": 5}`; they win over table overrides.
    public var columnCoverageOverrides: [String: Int] = [:]
    /// Slots that must join over each foreign-key edge.
    public var edgeCoverage: Int = 1
    /// Most target columns in one slot (K).
    public var maxColumnsPerSlot: Int = 2
    /// Most slots in one batch, i.e. one generation call (S).
    public var maxSlotsPerBatch: Int = 10
    /// Most tables in one batch (T).
    public var maxTablesPerBatch: Int = 4
    /// Target shares of the complexity levels.
    public var complexityMix = ComplexityMix()
    /// Allowed deviation of each level's share of slots from its target.
    public var mixTolerance: Double = 0.05
    /// Largest share of batches any one business category may hold (1 turns the rotation off).
    public var maxCategoryShare: Double = 0.75
    /// Solver time limit; on expiry the best plan found is kept and reported as such.
    public var timeLimitSeconds: Double = 60
    /// Most candidate table groups offered to the integer program.
    public var maxCandidateGroups: Int = 20_000
    /// Least share of slots each analysis family gets where enough slots fit it (the family mix).
    public var familyMinShare: Double = 0.015
    /// Per-family overrides of ``familyMinShare``: `{"time_of_day": 0.05}`.
    public var familyMinShareOverrides: [String: Double] = [:]
    public init() {}

    enum CodingKeys: String, CodingKey {
        case columnCoverage = "column_coverage"
        case examples
        case tableCoverage = "table_coverage"
        case columnCoverageOverrides = "column_coverage_overrides"
        case edgeCoverage = "edge_coverage"
        case maxColumnsPerSlot = "max_columns_per_slot"
        case maxSlotsPerBatch = "max_slots_per_batch"
        case maxTablesPerBatch = "max_tables_per_batch"
        case complexityMix = "complexity_mix"
        case mixTolerance = "mix_tolerance"
        case maxCategoryShare = "max_category_share"
        case timeLimitSeconds = "time_limit_seconds"
        case maxCandidateGroups = "max_candidate_groups"
        case familyMinShare = "family_min_share"
        case familyMinShareOverrides = "family_min_share_overrides"
    }
}

/// Turning slots into examples.
public struct GenerationSettings: Sendable, Equatable, Codable {
    /// `offline` (embedded generator, no network) or `openai` (an OpenAI-compatible endpoint).
    public var provider: String = "offline"
    /// With an LLM: `llm` (the LLM writes question and SQL) or `sql-first` (it writes questions only).
    public var mode: String = "llm"
    /// Draws per slot before it is reported as a rejection.
    public var maxAttempts: Int = 5
    /// Fewest result rows for an example to count as non-empty.
    public var minResultRows: Int = 1
    /// Question styles to rotate through.
    public var styles: [String] = ["formal", "colloquial", "imperative", "concise", "descriptive", "analytical"]
    /// Batches generated at once, each on its own thread (the output does not depend on it);
    /// 0: one per processor core, at most 8 (``resolvedWorkers``).
    public var workers: Int = 0

    /// The worker threads `workers` stands for on this machine.
    public var resolvedWorkers: Int {
        workers > 0 ? workers : min(8, max(1, ProcessInfo.processInfo.activeProcessorCount))
    }
    public init() {}

    enum CodingKeys: String, CodingKey {
        case provider, mode, styles, workers
        case maxAttempts = "max_attempts"
        case minResultRows = "min_result_rows"
    }

    /// Decodes the settings; `workers` may be missing (plans written before it existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        provider = try container.decode(String.self, forKey: .provider)
        mode = try container.decode(String.self, forKey: .mode)
        maxAttempts = try container.decode(Int.self, forKey: .maxAttempts)
        minResultRows = try container.decode(Int.self, forKey: .minResultRows)
        styles = try container.decode([String].self, forKey: .styles)
        workers = try container.decodeIfPresent(Int.self, forKey: .workers) ?? 1
    }
}

/// Paraphrases of each question and equivalent SQL variants.
public struct ParaphraseSettings: Sendable, Equatable, Codable {
    /// Paraphrases per example (N).
    public var count: Int = 3
    /// Smallest normalised word-token edit distance from the question; closer paraphrases are dropped.
    public var minDistance: Double = 0.2
    /// Also emit equivalent SQL rewrites proven by equal result fingerprints.
    public var sqlVariants: Bool = false
    public init() {}

    enum CodingKeys: String, CodingKey {
        case count
        case minDistance = "min_distance"
        case sqlVariants = "sql_variants"
    }
}

/// Contrastive near-miss SQL and NL negatives.
public struct NegativeSettings: Sendable, Equatable, Codable {
    /// Near-miss SQL negatives per example (M).
    public var count: Int = 3
    /// Also pair each example with a question of another example over the same tables.
    public var nlNegatives: Bool = true
    public init() {}

    enum CodingKeys: String, CodingKey {
        case count
        case nlNegatives = "nl_negatives"
    }
}

/// An OpenAI-compatible chat-completions endpoint.
public struct LLMSettings: Sendable, Equatable, Codable {
    public var baseURL: String = "http://127.0.0.1:8000/v1"
    public var model: String = "gpt-4o-mini"
    /// Name of the environment variable that holds the API key (the key itself is never stored).
    public var apiKeyEnv: String = "OPENAI_API_KEY"
    public var temperature: Double = 0.7
    public var maxTokens: Int = 4096
    /// Ask for `response_format: {"type": "json_object"}`.
    public var jsonMode: Bool = true
    /// Requests in flight.
    public var concurrency: Int = 16
    /// Requests per minute (0: no limit).
    public var requestsPerMinute: Int = 0
    /// Tokens per minute (0: no limit).
    public var tokensPerMinute: Int = 0
    public var timeoutSeconds: Double = 120
    /// Retries of a request after 429, 5xx or a timeout.
    public var maxRetries: Int = 6
    /// Longest wait a server's `Retry-After` can impose before a retry, in seconds.
    public var maxRetryAfterSeconds: Double = 60
    /// Repair prompts for an invalid SQL.
    public var maxRepairs: Int = 2
    /// Price in dollars per 1,000 prompt tokens.
    public var promptPricePer1K: Double = 0
    /// Price in dollars per 1,000 completion tokens.
    public var completionPricePer1K: Double = 0
    /// Stop cleanly once the estimated cost reaches this many dollars (0: no limit).
    public var maxCost: Double = 0
    public init() {}

    enum CodingKeys: String, CodingKey {
        case model, temperature, concurrency
        case baseURL = "base_url"
        case apiKeyEnv = "api_key_env"
        case maxTokens = "max_tokens"
        case jsonMode = "json_mode"
        case requestsPerMinute = "requests_per_minute"
        case tokensPerMinute = "tokens_per_minute"
        case timeoutSeconds = "timeout_seconds"
        case maxRetries = "max_retries"
        case maxRetryAfterSeconds = "max_retry_after_seconds"
        case maxRepairs = "max_repairs"
        case promptPricePer1K = "prompt_price_per_1k"
        case completionPricePer1K = "completion_price_per_1k"
        case maxCost = "max_cost"
    }

    /// Decodes the settings; `max_retry_after_seconds` may be missing (plans written before it existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        baseURL = try container.decode(String.self, forKey: .baseURL)
        model = try container.decode(String.self, forKey: .model)
        apiKeyEnv = try container.decode(String.self, forKey: .apiKeyEnv)
        temperature = try container.decode(Double.self, forKey: .temperature)
        maxTokens = try container.decode(Int.self, forKey: .maxTokens)
        jsonMode = try container.decode(Bool.self, forKey: .jsonMode)
        concurrency = try container.decode(Int.self, forKey: .concurrency)
        requestsPerMinute = try container.decode(Int.self, forKey: .requestsPerMinute)
        tokensPerMinute = try container.decode(Int.self, forKey: .tokensPerMinute)
        timeoutSeconds = try container.decode(Double.self, forKey: .timeoutSeconds)
        maxRetries = try container.decode(Int.self, forKey: .maxRetries)
        maxRetryAfterSeconds = try container.decodeIfPresent(Double.self, forKey: .maxRetryAfterSeconds) ?? maxRetryAfterSeconds
        maxRepairs = try container.decode(Int.self, forKey: .maxRepairs)
        promptPricePer1K = try container.decode(Double.self, forKey: .promptPricePer1K)
        completionPricePer1K = try container.decode(Double.self, forKey: .completionPricePer1K)
        maxCost = try container.decode(Double.self, forKey: .maxCost)
    }
}

/// The dataset directory.
public struct OutputSettings: Sendable, Equatable, Codable {
    /// Also write `examples.csv`.
    public var csv: Bool = true
    /// Keep the validation database in the dataset directory as `database.sqlite`.
    public var keepDatabase: Bool = true
    /// The dataset's license, written to the Hugging Face card (`unknown` until you choose one).
    public var license: String = "unknown"
    public init() {}

    enum CodingKeys: String, CodingKey {
        case csv
        case keepDatabase = "keep_database"
        case license
    }

    /// Manifests written before `license` existed decode with the default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        csv = try container.decode(Bool.self, forKey: .csv)
        keepDatabase = try container.decode(Bool.self, forKey: .keepDatabase)
        license = try container.decodeIfPresent(String.self, forKey: .license) ?? "unknown"
    }
}

/// The four complexity levels of a slot.
public enum ComplexityLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case simple
    case moderate
    case complex
    case highlyComplex = "highly_complex"

    public static func < (lhs: ComplexityLevel, rhs: ComplexityLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
