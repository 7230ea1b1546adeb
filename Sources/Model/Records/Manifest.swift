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
    }
}

/// How the validation database was made.
public struct DatabaseIdentity: Sendable, Equatable, Codable {
    public var seed: Int
    public var scale: Double
    public var contentSHA256: String

    public init(seed: Int, scale: Double, contentSHA256: String) {
        self.seed = seed
        self.scale = scale
        self.contentSHA256 = contentSHA256
    }

    enum CodingKeys: String, CodingKey {
        case seed, scale
        case contentSHA256 = "content_sha256"
    }
}
