/// `manifest.json` of a dataset directory: what produced it and the hash of every file.
public struct Manifest: Sendable, Equatable, Codable {
    public static let formatVersion = 1

    public var formatVersion: Int
    public var toolVersion: String
    public var schema: SchemaIdentity
    /// SHA-256 of the plan file's canonical JSON.
    public var planSHA256: String
    public var seed: Int
    public var config: Config
    public var provider: String
    public var counts: [String: Int]
    /// Failed draws by reason (including draws replaced by a later success).
    public var droppedDraws: [String: Int]
    /// SHA-256 per file of the directory (except this manifest).
    public var files: [String: String]
    /// Seed, scale and content hash of the validation database (rebuilt bit-for-bit from them).
    public var database: DatabaseIdentity
    /// The LLM endpoint, prompts and traffic (absent with the offline provider).
    public var llm: LLMUsage?
    /// The SQL dialect of every SQL of the dataset (gold, variants, negatives): the run's engine.
    /// Absent in manifests written before dialects (their SQL is SQLite's).
    public var sqlDialect: SQLDialect?

    /// The dialect of the dataset's SQL: ``sqlDialect``, or for a manifest without it the engine of
    /// its config's database.
    public var dialect: SQLDialect { sqlDialect ?? SQLDialect(database: config.database) }

    public init(toolVersion: String, schema: SchemaIdentity, planSHA256: String, seed: Int, config: Config, provider: String,
                counts: [String: Int], droppedDraws: [String: Int], files: [String: String], database: DatabaseIdentity) {
        self.formatVersion = Manifest.formatVersion
        self.toolVersion = toolVersion
        self.schema = schema
        self.planSHA256 = planSHA256
        self.seed = seed
        self.config = config
        self.provider = provider
        self.counts = counts
        self.droppedDraws = droppedDraws
        self.files = files
        self.database = database
    }

    enum CodingKeys: String, CodingKey {
        case schema, seed, config, provider, counts, files, database, llm
        case formatVersion = "format_version"
        case toolVersion = "tool_version"
        case planSHA256 = "plan_sha256"
        case droppedDraws = "dropped_draws"
        case sqlDialect = "sql_dialect"
    }
}

/// How the validation database was made. For the synthetic database: its seed, scale and content
/// hash. For a database of the user's (`source` present): `content_sha256` is the fingerprint of
/// its schema and row counts (``DatabaseSource``), not of every value.
public struct DatabaseIdentity: Sendable, Equatable, Codable {
    public var seed: Int
    public var scale: Double
    public var contentSHA256: String
    /// The user's database the dataset was proven on; nil for the synthetic one.
    public var source: DatabaseSource?

    public init(seed: Int, scale: Double, contentSHA256: String, source: DatabaseSource? = nil) {
        self.seed = seed
        self.scale = scale
        self.contentSHA256 = contentSHA256
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case seed, scale, source
        case contentSHA256 = "content_sha256"
    }
}

/// A user's database a dataset was proven on: engine, engine version, the SHA-256 of its schema
/// (the `CREATE` statements, sorted) and its row count per schema table.
public struct DatabaseSource: Sendable, Equatable, Codable {
    public var engine: String
    public var version: String
    public var schemaSHA256: String
    public var rowCounts: [String: Int]

    public init(engine: String, version: String, schemaSHA256: String, rowCounts: [String: Int]) {
        self.engine = engine
        self.version = version
        self.schemaSHA256 = schemaSHA256
        self.rowCounts = rowCounts
    }

    enum CodingKeys: String, CodingKey {
        case engine, version
        case schemaSHA256 = "schema_sha256"
        case rowCounts = "row_counts"
    }
}
