/// The paraphrase and contrast fields of an `examples.jsonl` line. Every field is optional, so
/// datasets written before these fields existed still load.
public struct ContrastFields: Sendable, Equatable, Codable {
    public var paraphrases: [Paraphrase]?
    public var sqlVariants: [SQLVariant]?
    public var negatives: [Negative]?
    public var nlNegatives: [NLNegative]?
    public var contrastNotes: [String]?

    public init(paraphrases: [Paraphrase]? = nil, sqlVariants: [SQLVariant]? = nil, negatives: [Negative]? = nil,
                nlNegatives: [NLNegative]? = nil, contrastNotes: [String]? = nil) {
        self.paraphrases = paraphrases
        self.sqlVariants = sqlVariants
        self.negatives = negatives
        self.nlNegatives = nlNegatives
        self.contrastNotes = contrastNotes
    }

    enum CodingKeys: String, CodingKey {
        case paraphrases, negatives
        case sqlVariants = "sql_variants"
        case nlNegatives = "nl_negatives"
        case contrastNotes = "contrast_notes"
    }

    /// Another wording of the question.
    public struct Paraphrase: Sendable, Equatable, Codable {
        public var text: String
        public var style: String?
        /// Token Jaccard distance to the question.
        public var distance: Double?
        /// `offline` or `llm`.
        public var source: String?

        public init(text: String, style: String? = nil, distance: Double? = nil, source: String? = nil) {
            self.text = text
            self.style = style
            self.distance = distance
            self.source = source
        }
    }

    /// An equivalent rewrite of the SQL.
    public struct SQLVariant: Sendable, Equatable, Codable {
        public var sql: String
        public var kind: String?
        public var fingerprint: String?
    }

    /// A near-miss SQL whose result differs from the example's.
    public struct Negative: Sendable, Equatable, Codable {
        public var sql: String
        public var kind: String
        public var hard: Bool?
        public var edits: Int?
        public var fingerprint: String?
        public var rows: Int?

        public init(sql: String, kind: String, hard: Bool? = nil, edits: Int? = nil, fingerprint: String? = nil, rows: Int? = nil) {
            self.sql = sql
            self.kind = kind
            self.hard = hard
            self.edits = edits
            self.fingerprint = fingerprint
            self.rows = rows
        }
    }

    /// The question of another example over the same tables, with a different result.
    public struct NLNegative: Sendable, Equatable, Codable {
        public var question: String
        public var exampleID: String?

        enum CodingKeys: String, CodingKey {
            case question
            case exampleID = "example_id"
        }
    }
}
