import Model

/// Quality figures of a dataset directory, written as `report.json` (docs/report.md) and rendered
/// as `report.html`. Built only from the directory's files; no timestamps, sorted keys.
public struct Report: Sendable, Equatable, Codable {
    public static let formatVersion = 1

    public var formatVersion: Int = Report.formatVersion
    public var dataset: DatasetSummary
    public var coverage: CoverageSection
    public var complexity: [LevelRow]
    public var constructs: [ConstructRow]
    public var hardness: [String: Int]
    public var validity: ValiditySection
    public var diversity: DiversitySection
    public var negatives: NegativesSection
    /// Question length and variety, and the meaning of every SQL re-measured (docs/report.md).
    public var quality: QualitySection
    /// Tokens and cost when an LLM was used (absent for offline runs).
    public var llm: LLMUsage?
    public var review: ReviewSection
    /// The LLM judge's verdicts (absent when the run had no judge).
    public var judge: JudgeSection? = nil

    enum CodingKeys: String, CodingKey {
        case dataset, coverage, complexity, constructs, hardness, validity, diversity, negatives, llm, review, quality, judge
        case formatVersion = "format_version"
    }

    /// Quality figures; the meaning counts are nil when the schema file named by the plan cannot be
    /// read with the hash the plan records.
    public struct QualitySection: Sendable, Equatable, Codable {
        public var examples: Int
        public var questionWordsMedian: Double
        public var questionWordsP90: Int
        /// Distinct word bigrams over all bigrams per 5,000 question tokens.
        public var distinctBigramsPerWindow: Double
        /// Examples whose question states every literal of the SQL.
        public var literalsStated: Int
        /// The most common first word of the questions, and its share.
        public var topOpener: String
        public var topOpenerShare: Double
        /// Examples per measured analytic intent.
        public var intents: [String: Int]
        public var examplesWithUnusedJoin: Int?
        public var examplesWithFanTrap: Int?
        public var examplesWithTypedUseViolation: Int?
        public var unparsedSQL: Int?
        /// Examples whose category is the subject area of none of their tables.
        public var categoryMismatches: Int?
        /// Paraphrases the faithfulness check refused, by reason (`literal`, `entity`, `grouping`,
        /// `ordering`); absent when it refused none.
        public var paraphrasesRefusedUnfaithful: [String: Int]?
        /// Share of examples per analytic intent (``intents`` over examples).
        public var intentShares: [String: Double]?
        /// Intents (not `unknown`) with more than 2% of the examples.
        public var familiesAbove2Percent: Int?
        /// Distinct SQL templates (literals and identifiers masked), in all and per 1,000 examples.
        public var sqlTemplates: Int?
        public var sqlTemplatesPer1000Examples: Double?
        /// Examples whose result column is one aggregate call with an alias naming another aggregate.
        public var contradictingAggregateAliases: Int?
        /// `wrong_order_direction` negatives that only reorder the rows (no LIMIT, not a window's order).
        public var orderFlipNegativesWithoutRanking: Int?
        /// Examples whose SQL reads a fact table, and those of them restricted to a period.
        public var factExamples: Int?
        public var factExamplesWithPeriod: Int?
        public var factPeriodShare: Double?
        /// Examples grouped by a descriptive detail (street, suite, record or opening date, person's name).
        public var examplesGroupedByDetail: Int?
        /// Examples with AVG/SUM of a dimension's numeric attribute over fact rows.
        public var examplesAggregatingDimensionAttribute: Int?
        /// Examples aggregating a periodic-snapshot measure, and those summing it over several snapshot dates.
        public var snapshotExamples: Int?
        public var snapshotSumsOverDates: Int?
        /// Top-N lists (ORDER BY ... LIMIT) whose result columns are only numbers that measure (aggregates, measures, rates).
        public var topNWithoutEntity: Int?
        /// `wrong_join_key` negatives, and those equating keys of unrelated entities.
        public var joinKeyNegatives: Int?
        public var joinKeyNegativesUnrelated: Int?
        /// Paraphrases per sentence type (`question`, `command`, `elliptical`; ``SentenceType``), and
        /// the shares of paraphrases whose sentence type, or whose first three words, differ from
        /// their question's; the share of paraphrase sets (examples with two or more) that hold two
        /// sentence types or more. Nil without paraphrases.
        public var paraphraseSentenceTypes: [String: Int]?
        public var paraphraseSentenceTypeChanged: Double?
        public var paraphraseOpeningChanged: Double?
        public var paraphraseSetsMixingTypes: Double?
        /// Distinct openings (first three words) of paraphrases over paraphrases, and the most
        /// common opening with its share: stock lead clauses show as one opening of many paraphrases.
        public var paraphraseDistinctOpenings: Double?
        public var paraphraseTopOpening: String?
        public var paraphraseTopOpeningShare: Double?

        enum CodingKeys: String, CodingKey {
            case examples, intents
            case paraphrasesRefusedUnfaithful = "paraphrases_refused_unfaithful"
            case questionWordsMedian = "question_words_median"
            case questionWordsP90 = "question_words_p90"
            case distinctBigramsPerWindow = "distinct_bigrams_per_5000_tokens"
            case literalsStated = "literals_stated"
            case topOpener = "top_opener"
            case topOpenerShare = "top_opener_share"
            case examplesWithUnusedJoin = "examples_with_unused_join"
            case examplesWithFanTrap = "examples_with_fan_trap"
            case examplesWithTypedUseViolation = "examples_with_typed_use_violation"
            case unparsedSQL = "unparsed_sql"
            case categoryMismatches = "category_mismatches"
            case intentShares = "intent_shares"
            case familiesAbove2Percent = "families_above_2_percent"
            case sqlTemplates = "sql_templates"
            case sqlTemplatesPer1000Examples = "sql_templates_per_1000_examples"
            case contradictingAggregateAliases = "contradicting_aggregate_aliases"
            case orderFlipNegativesWithoutRanking = "order_flip_negatives_without_ranking"
            case factExamples = "fact_examples"
            case factExamplesWithPeriod = "fact_examples_with_period"
            case factPeriodShare = "fact_period_share"
            case examplesGroupedByDetail = "examples_grouped_by_detail"
            case examplesAggregatingDimensionAttribute = "examples_aggregating_dimension_attribute"
            case snapshotExamples = "snapshot_examples"
            case snapshotSumsOverDates = "snapshot_sums_over_dates"
            case topNWithoutEntity = "top_n_without_entity"
            case joinKeyNegatives = "join_key_negatives"
            case joinKeyNegativesUnrelated = "join_key_negatives_unrelated"
            case paraphraseSentenceTypes = "paraphrase_sentence_types"
            case paraphraseSentenceTypeChanged = "paraphrase_sentence_type_changed"
            case paraphraseOpeningChanged = "paraphrase_opening_changed"
            case paraphraseSetsMixingTypes = "paraphrase_sets_mixing_types"
            case paraphraseDistinctOpenings = "paraphrase_distinct_openings"
            case paraphraseTopOpening = "paraphrase_top_opening"
            case paraphraseTopOpeningShare = "paraphrase_top_opening_share"
        }
    }

    public struct DatasetSummary: Sendable, Equatable, Codable {
        public var schema: SchemaIdentity
        public var seed: Int
        public var provider: String
        public var toolVersion: String
        public var examples: Int
        public var slots: Int
        public var batches: Int

        enum CodingKeys: String, CodingKey {
            case schema, seed, provider, examples, slots, batches
            case toolVersion = "tool_version"
        }
    }

    /// `covered` of `total`, planned (projected by the plan) and measured (from the SQL).
    public struct CoverageFigure: Sendable, Equatable, Codable {
        public var planned: Int
        public var measured: Int
        public var total: Int
    }

    public struct CoverageSection: Sendable, Equatable, Codable {
        public var columns: CoverageFigure
        public var tables: CoverageFigure
        public var edges: CoverageFigure
        /// Uses per table, then per column in schema order (from coverage.json).
        public var heatmap: [HeatmapRow]
        /// Uses per foreign-key edge.
        public var edgeUses: [String: Int]
        public var unusedColumns: [String]
        public var unusedEdges: [String]

        enum CodingKeys: String, CodingKey {
            case columns, tables, edges, heatmap
            case edgeUses = "edge_uses"
            case unusedColumns = "unused_columns"
            case unusedEdges = "unused_edges"
        }
    }

    public struct HeatmapRow: Sendable, Equatable, Codable {
        public var table: String
        public var uses: Int
        /// Column name and uses.
        public var columns: [ColumnUses]
    }

    public struct ColumnUses: Sendable, Equatable, Codable {
        public var column: String
        public var uses: Int
    }

    /// One complexity level: the configured share, slots planned and examples measured.
    public struct LevelRow: Sendable, Equatable, Codable {
        public var level: String
        public var targetShare: Double
        public var planned: Int
        public var measured: Int

        enum CodingKeys: String, CodingKey {
            case level, planned, measured
            case targetShare = "target_share"
        }
    }

    /// One SQL construct: examples using it, overall and per planned complexity level.
    public struct ConstructRow: Sendable, Equatable, Codable {
        public var construct: String
        public var examples: Int
        public var byLevel: [String: Int]

        enum CodingKeys: String, CodingKey {
            case construct, examples
            case byLevel = "by_level"
        }
    }

    public struct ValiditySection: Sendable, Equatable, Codable {
        public var slots: Int
        public var examples: Int
        public var rejectedSlots: Int
        /// Rejected slots by the reason of their last draw.
        public var rejectionsByReason: [String: Int]
        /// Failed draws by reason, including draws replaced by a later success.
        public var droppedDraws: [String: Int]
        /// Draws beyond the first, over all slots.
        public var retries: Int
        public var emptyResults: Int
        public var duplicatesRemoved: Int
        public var yield: Double

        enum CodingKeys: String, CodingKey {
            case slots, examples, retries, yield
            case rejectedSlots = "rejected_slots"
            case rejectionsByReason = "rejections_by_reason"
            case droppedDraws = "dropped_draws"
            case emptyResults = "empty_results"
            case duplicatesRemoved = "duplicates_removed"
        }
    }

    public struct DiversitySection: Sendable, Equatable, Codable {
        public var examples: Int
        /// Distinct SQL templates (literals replaced by `?`).
        public var distinctTemplates: Int
        public var templateRatio: Double
        /// n of the question n-grams (word 3-grams).
        public var ngramN: Int
        public var distinctNgrams: Int
        public var totalNgrams: Int
        public var distinctNgramRatio: Double
        public var styles: [String: Int]
        public var categories: [String: Int]
        public var shapes: Int
        public var paraphrases: Int
        /// Recorded distance of paraphrases to their question (normalised token edit distance) (nil without paraphrases).
        public var paraphraseDistanceMean: Double?
        public var paraphraseDistanceMin: Double?
        public var paraphraseStyles: [String: Int]
        public var paraphraseSources: [String: Int]

        enum CodingKeys: String, CodingKey {
            case examples, styles, categories, shapes, paraphrases
            case distinctTemplates = "distinct_templates"
            case templateRatio = "template_ratio"
            case ngramN = "ngram_n"
            case distinctNgrams = "distinct_ngrams"
            case totalNgrams = "total_ngrams"
            case distinctNgramRatio = "distinct_ngram_ratio"
            case paraphraseDistanceMean = "paraphrase_distance_mean"
            case paraphraseDistanceMin = "paraphrase_distance_min"
            case paraphraseStyles = "paraphrase_styles"
            case paraphraseSources = "paraphrase_sources"
        }
    }

    public struct NegativesSection: Sendable, Equatable, Codable {
        public var total: Int
        public var hard: Int
        public var byKind: [NegativeKindRow]
        /// Negatives whose recorded result fingerprint differs from the example's.
        public var verified: Int
        public var verifiedRate: Double?
        /// Candidates dropped by the generator (manifest counts), when recorded.
        public var droppedSameResult: Int
        public var droppedInvalid: Int
        public var nlNegatives: Int
        public var sqlVariants: Int
        public var pairs: Int?

        enum CodingKeys: String, CodingKey {
            case total, hard, verified, pairs
            case byKind = "by_kind"
            case verifiedRate = "verified_rate"
            case droppedSameResult = "dropped_same_result"
            case droppedInvalid = "dropped_invalid"
            case nlNegatives = "nl_negatives"
            case sqlVariants = "sql_variants"
        }
    }

    public struct NegativeKindRow: Sendable, Equatable, Codable {
        public var kind: String
        public var count: Int
        public var verified: Int
        public var hard: Int
    }

    public struct ReviewSection: Sendable, Equatable, Codable {
        /// Latest decision per example: accept, reject, edit.
        public var accepted: Int
        public var rejected: Int
        public var edited: Int
        /// Decision lines recorded (all applications).
        public var recorded: Int
        /// Examples after review (nil when no review was applied).
        public var examplesAfterReview: Int?

        enum CodingKeys: String, CodingKey {
            case accepted, rejected, edited, recorded
            case examplesAfterReview = "examples_after_review"
        }
    }
}
