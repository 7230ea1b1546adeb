/// One dataset example: a question, its SQL, and what the validator measured. A line of
/// `examples.jsonl` (see `docs/dataset-format.md`).
public struct Example: Sendable, Equatable, Codable {
    public var id: String
    public var batchID: String
    public var slotID: String
    public var question: String
    public var sql: String
    public var style: String
    public var category: String
    /// The SQL shape the generator used (e.g. `moderate.grouped_sum_top_n`).
    public var shape: String
    public var provider: String
    /// The slot's planned level.
    public var complexity: ComplexityLevel
    /// Spider hardness computed from the SQL: `easy`, `medium`, `hard`, `extra`.
    public var hardness: String
    /// Schema tables read (measured).
    public var tables: [String]
    /// Schema columns named and read (measured).
    public var columns: [ColumnRef]
    /// Foreign keys joined over: both sides of every column pair named and read (measured).
    public var joinEdges: [String]
    /// SQL constructs used (`join`, `group_by`, `having`, `subquery`, `cte`, `window`, ...).
    public var constructs: [String]
    public var result: ResultShape
    /// Draws used for the slot (1 when the first draft passed).
    public var attempts: Int
    /// Other wordings of the question (see `docs/dataset-format.md`).
    public var paraphrases: [Paraphrase] = []
    /// Equivalent SQL rewrites with the same result (when `paraphrases.sql_variants`).
    public var sqlVariants: [SQLVariant] = []
    /// Near-miss SQLs with a different result.
    public var negatives: [Negative] = []
    /// Questions of other examples over the same tables with a different result.
    public var nlNegatives: [NLNegative] = []
    /// Every visible column use measured from the SQL, with whether its use class allows it.
    public var columnUses: [ColumnUseRecord] = []
    /// The analytic intent measured from the SQL's shape (`lookup`, `top_n`, `total_by_group`,
    /// `trend`, `period_comparison`, `share_of_total`, `ranking_within_groups`, `running_total`,
    /// `above_average`, `channel_comparison`, `total`).
    public var intent: String = ""
    /// Why fewer paraphrases, variants or negatives than configured were kept.
    public var contrastNotes: [String] = []
    /// Candidates refused by reason (`paraphrase_near_copy`, `negative_same_result`, ...).
    public var contrastDropped: [String: Int] = [:]
    /// The LLM judge's verdict (absent when `judge.mode` is `off`).
    public var judge: JudgeVerdict?

    public init(id: String, batchID: String, slotID: String, question: String, sql: String, style: String,
                category: String, shape: String, provider: String, complexity: ComplexityLevel, hardness: String,
                tables: [String], columns: [ColumnRef], joinEdges: [String], constructs: [String],
                result: ResultShape, attempts: Int) {
        self.id = id
        self.batchID = batchID
        self.slotID = slotID
        self.question = question
        self.sql = sql
        self.style = style
        self.category = category
        self.shape = shape
        self.provider = provider
        self.complexity = complexity
        self.hardness = hardness
        self.tables = tables
        self.columns = columns
        self.joinEdges = joinEdges
        self.constructs = constructs
        self.result = result
        self.attempts = attempts
    }

    enum CodingKeys: String, CodingKey {
        case id, question, sql, style, category, shape, provider, complexity, hardness, tables, columns, constructs, result, attempts
        case paraphrases, negatives, intent, judge
        case columnUses = "column_uses"
        case sqlVariants = "sql_variants"
        case nlNegatives = "nl_negatives"
        case contrastNotes = "contrast_notes"
        case contrastDropped = "contrast_dropped"
        case batchID = "batch_id"
        case slotID = "slot_id"
        case joinEdges = "join_edges"
    }
}

extension Example {
    /// Decodes an `examples.jsonl` line; the contrast fields (paraphrases, variants, negatives, notes)
    /// may be absent, as in datasets written before they existed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        batchID = try container.decode(String.self, forKey: .batchID)
        slotID = try container.decode(String.self, forKey: .slotID)
        question = try container.decode(String.self, forKey: .question)
        sql = try container.decode(String.self, forKey: .sql)
        style = try container.decode(String.self, forKey: .style)
        category = try container.decode(String.self, forKey: .category)
        shape = try container.decode(String.self, forKey: .shape)
        provider = try container.decode(String.self, forKey: .provider)
        complexity = try container.decode(ComplexityLevel.self, forKey: .complexity)
        hardness = try container.decode(String.self, forKey: .hardness)
        tables = try container.decode([String].self, forKey: .tables)
        columns = try container.decode([ColumnRef].self, forKey: .columns)
        joinEdges = try container.decode([String].self, forKey: .joinEdges)
        constructs = try container.decode([String].self, forKey: .constructs)
        result = try container.decode(ResultShape.self, forKey: .result)
        attempts = try container.decode(Int.self, forKey: .attempts)
        paraphrases = try container.decodeIfPresent([Paraphrase].self, forKey: .paraphrases) ?? []
        sqlVariants = try container.decodeIfPresent([SQLVariant].self, forKey: .sqlVariants) ?? []
        negatives = try container.decodeIfPresent([Negative].self, forKey: .negatives) ?? []
        nlNegatives = try container.decodeIfPresent([NLNegative].self, forKey: .nlNegatives) ?? []
        contrastNotes = try container.decodeIfPresent([String].self, forKey: .contrastNotes) ?? []
        columnUses = try container.decodeIfPresent([ColumnUseRecord].self, forKey: .columnUses) ?? []
        intent = try container.decodeIfPresent(String.self, forKey: .intent) ?? ""
        contrastDropped = try container.decodeIfPresent([String: Int].self, forKey: .contrastDropped) ?? [:]
        judge = try container.decodeIfPresent(JudgeVerdict.self, forKey: .judge)
    }
}

/// Shape and fingerprint of an SQL's result on the validation database.
public struct ResultShape: Sendable, Equatable, Codable {
    public var rows: Int
    public var columns: Int
    public var columnNames: [String]
    /// SHA-256 of the sorted rows.
    public var fingerprint: String
    /// SHA-256 of the rows in the order returned (absent in datasets written before 0.2).
    public var orderedFingerprint: String?

    public init(rows: Int, columns: Int, columnNames: [String], fingerprint: String, orderedFingerprint: String? = nil) {
        self.rows = rows
        self.columns = columns
        self.columnNames = columnNames
        self.fingerprint = fingerprint
        self.orderedFingerprint = orderedFingerprint
    }

    enum CodingKeys: String, CodingKey {
        case rows, columns, fingerprint
        case columnNames = "column_names"
        case orderedFingerprint = "ordered_fingerprint"
    }
}

/// A slot that produced no example, with the reason of every draw. A line of `rejections.jsonl`.
public struct Rejection: Sendable, Equatable, Codable {
    public var batchID: String
    public var slotID: String
    public var complexity: ComplexityLevel
    public var attempts: [RejectedAttempt]

    public init(batchID: String, slotID: String, complexity: ComplexityLevel, attempts: [RejectedAttempt]) {
        self.batchID = batchID
        self.slotID = slotID
        self.complexity = complexity
        self.attempts = attempts
    }

    enum CodingKeys: String, CodingKey {
        case complexity, attempts
        case batchID = "batch_id"
        case slotID = "slot_id"
    }

    /// The reason of the last draw that was judged: a `no_draft` after a refused draft (the
    /// provider had no more repairs to offer) does not hide why that draft was refused.
    public var reason: String {
        (attempts.last { $0.reason != "no_draft" } ?? attempts.last)?.reason ?? "no_attempt"
    }
}

/// One failed draw of a slot.
public struct RejectedAttempt: Sendable, Equatable, Codable {
    /// A verdict (`syntax_error`, `empty_result`, ...) or `missing_target`, `missing_join`,
    /// `duplicate_sql`, `duplicate_template`, `duplicate_question`, `no_draft`, `request_failed`,
    /// `copied_from_prompt`, `unfaithful_*`.
    public var reason: String
    /// Every fault found in the draft (not only the first), joined by "; ".
    public var message: String
    public var sql: String?
    /// The question that was judged (absent when there was no draft).
    public var question: String?

    public init(reason: String, message: String, sql: String?, question: String? = nil) {
        self.reason = reason
        self.message = message
        self.sql = sql
        self.question = question
    }
}
