/// A different wording of an example's question that asks for exactly what its SQL returns.
public struct Paraphrase: Sendable, Equatable, Codable {
    public var text: String
    /// The rewrites applied, joined with `+` (e.g. `reordered+synonyms`), or the LLM's style.
    public var style: String
    /// Token-level edit distance to the question divided by the longer token count (0 same, 1 disjoint).
    public var distance: Double
    /// Token-set Jaccard distance to the question.
    public var jaccard: Double
    /// `offline` or `llm`.
    public var source: String

    public init(text: String, style: String, distance: Double, jaccard: Double, source: String) {
        self.text = text
        self.style = style
        self.distance = distance
        self.jaccard = jaccard
        self.source = source
    }
}

/// An equivalent rewrite of an example's SQL, kept only when its result fingerprint equals the
/// positive's on the validation database.
public struct SQLVariant: Sendable, Equatable, Codable {
    public var sql: String
    /// `between_to_comparisons`, `join_order` or `cte`.
    public var kind: String
    public var fingerprint: String

    public init(sql: String, kind: String, fingerprint: String) {
        self.sql = sql
        self.kind = kind
        self.fingerprint = fingerprint
    }
}

/// A near-miss SQL: valid, one perturbation away from the positive, and proven by execution to
/// return a different result.
public struct Negative: Sendable, Equatable, Codable {
    public var sql: String
    /// The perturbation (``NegativeKind`` raw value).
    public var kind: String
    /// Measured hard: few token edits, a result of the positive's shape, joins the schema allows
    /// (docs/dataset-format.md, "Negatives").
    public var hard: Bool
    /// Token-level edits between the positive SQL and this one (measured).
    public var edits: Int
    /// Result fingerprint (sorted rows) on the validation database.
    public var fingerprint: String
    /// Fingerprint of the rows in the order returned; with ``fingerprint`` it differs from the
    /// positive's (the ordered one when the positive orders its rows).
    public var orderedFingerprint: String
    public var rows: Int

    public init(sql: String, kind: String, hard: Bool, edits: Int, fingerprint: String, orderedFingerprint: String, rows: Int) {
        self.sql = sql
        self.kind = kind
        self.hard = hard
        self.edits = edits
        self.fingerprint = fingerprint
        self.orderedFingerprint = orderedFingerprint
        self.rows = rows
    }

    enum CodingKeys: String, CodingKey {
        case sql, kind, hard, edits, fingerprint, rows
        case orderedFingerprint = "ordered_fingerprint"
    }
}

/// The perturbations a near-miss SQL is made with.
public enum NegativeKind: String, Sendable, Codable, CaseIterable {
    case wrongColumn = "wrong_column"
    case wrongAggregate = "wrong_aggregate"
    case flippedComparison = "flipped_comparison"
    case shiftedComparison = "shifted_comparison"
    case droppedFilter = "dropped_filter"
    case changedFilterValue = "changed_filter_value"
    case wrongJoinKey = "wrong_join_key"
    case missingGrouping = "missing_grouping"
    case extraGrouping = "extra_grouping"
    case wrongOrderDirection = "wrong_order_direction"
    case wrongLimit = "wrong_limit"
}

/// An NL-side negative: the question of another example over the same tables whose SQL returns
/// a different result, so it does not match this example's SQL.
public struct NLNegative: Sendable, Equatable, Codable {
    public var question: String
    /// The example the question belongs to.
    public var exampleID: String
    /// Tables both examples read.
    public var sharedTables: [String]

    public init(question: String, exampleID: String, sharedTables: [String]) {
        self.question = question
        self.exampleID = exampleID
        self.sharedTables = sharedTables
    }

    enum CodingKeys: String, CodingKey {
        case question
        case exampleID = "example_id"
        case sharedTables = "shared_tables"
    }
}

/// One line of `pairs.jsonl`: a question and an SQL with label 1 (they match) or 0 (they do not).
public struct ContrastPair: Sendable, Equatable, Codable {
    public var exampleID: String
    public var question: String
    public var sql: String
    public var label: Int
    /// `positive`, `paraphrase`, `sql_variant`, `negative:<kind>` or `nl_negative`.
    public var kind: String
    /// Set on SQL negatives: the negative's measured ``Negative/hard``.
    public var hard: Bool?

    public init(exampleID: String, question: String, sql: String, label: Int, kind: String, hard: Bool? = nil) {
        self.exampleID = exampleID
        self.question = question
        self.sql = sql
        self.label = label
        self.kind = kind
        self.hard = hard
    }

    enum CodingKeys: String, CodingKey {
        case question, sql, label, kind, hard
        case exampleID = "example_id"
    }
}
