import Model
import SQLite
import Validation

/// The embedded generator: turns one plan slot (an analytic intent) into an SQL query (in the run's ``SQLDialect``) and a
/// short English question without any network access.
///
/// It joins the slot's anchor outward over the slot's edges (one alias per edge), reads one
/// sample of that join, and lets a recipe of the slot's level spend the targets as planned
/// (aggregated, grouped, filtered, shown, counted); every joined table contributes a column, and
/// filters take their values from one sampled row, so results are non-empty and every value is
/// stated. The question is written from the schema vocabulary (entities, labels, role phrases).
/// Deterministic in (slot id, attempt, seed). The draft is not executed here: the pipeline
/// validates it once.
public struct OfflineGenerator: Sendable {
    public let schema: Schema
    /// The question styles drafts rotate through (never empty).
    public let styles: [String]
    let vocabulary: SchemaVocabulary
    /// The dialect its SQL is written in: the run's engine.
    public let dialect: SQLDialect
    /// What each column and table means (measures, dimensions, event dates, flag phrases).
    let semantic: SemanticModel

    /// A generator for `schema`; `styles` are the configured question styles (e.g. `formal`,
    /// `colloquial`, `imperative`, `concise`, `descriptive`, `analytical`).
    /// `dialect` is the run's engine (``SQLDialect/init(database:)``).
    public init(schema: Schema, styles: [String], dialect: SQLDialect = .sqlite) {
        self.schema = schema
        self.dialect = dialect
        self.styles = styles.isEmpty ? ["formal"] : styles
        vocabulary = SchemaVocabulary(schema: schema)
        semantic = SemanticModel(schema: schema)
    }

    typealias Recipe = (inout IntentContext) -> IntentQuery?

    /// The recipes of each level, in catalogue order; the last one of a level is its fallback.
    static func recipes(for level: ComplexityLevel) -> [(name: String, build: Recipe)] {
        switch level {
        case .simple: return [("simple.profile", ProfileRecipes.profile), ("simple.lookup", LookupRecipes.lookup), ("simple.top_n", LookupRecipes.topRows)]
        case .moderate:
            return [("moderate.total_by_group", TotalRecipes.totalByGroup), ("moderate.average_by_group", TotalRecipes.averageByGroup),
                    ("moderate.top_groups", TotalRecipes.topGroups), ("moderate.having_threshold", ThresholdRecipes.havingThreshold),
                    ("moderate.case_buckets", ThresholdRecipes.caseBuckets), ("moderate.ratio_metric", ThresholdRecipes.ratioMetric),
                    ("moderate.time_of_day", ThresholdRecipes.timeOfDay)]
        case .complex:
            return [("complex.above_average", ComparisonRecipes.aboveAverage), ("complex.share_of_total", ComparisonRecipes.shareOfTotal),
                    ("complex.growth", PeerRecipes.growth), ("complex.peer_comparison", PeerRecipes.peerComparison),
                    ("complex.without_activity", ActivityRecipes.withoutActivity), ("complex.return_rate", ReturnRecipes.returnRate)]
        case .highlyComplex:
            return [("highly_complex.ranking_within_groups", RankingRecipes.rankingWithinGroups),
                    ("highly_complex.channel_comparison", ChannelRecipes.channelComparison),
                    ("highly_complex.running_total", RankingRecipes.runningTotal), ("highly_complex.rollup", PeerRecipes.rollup),
                    ("highly_complex.moving_average", PeerRecipes.movingAverage), ("highly_complex.cross_channel", ActivityRecipes.crossChannel)]
        }
    }

    /// The family a recipe writes (its name after the level, with the names that differ mapped).
    static func family(of recipe: String) -> AnalysisFamily? {
        let name = recipe.split(separator: ".").last.map(String.init) ?? recipe
        switch name {
        case "average_by_group", "top_groups": return .totalByGroup
        case "ratio_metric": return .ratio
        case "without_activity": return .outerJoin
        default: return AnalysisFamily(rawValue: name)
        }
    }

    /// The names of every recipe of `level`.
    public static func shapeNames(for level: ComplexityLevel) -> [String] {
        recipes(for: level).map(\.name)
    }

    /// A draft for `slot`; `attempt` (0, 1, 2, ...) gives a different draw. Deterministic in
    /// (slot id, attempt, seed). Filter values are read with one sample query of the slot's join.
    /// Nil when the slot cannot be joined or no recipe fits it.
    public func draft(slot: Slot, category: String, attempt: Int, seed: UInt64, validator: Validator) -> SQLDraft? {
        let attempt = max(0, attempt)
        guard var frame = SlotFrame.build(slot: slot, schema: schema, vocabulary: vocabulary, semantic: semantic) else { return nil }
        // The drafts call the anchor's rows by its entity's plural or one of its synonyms, each as
        // often ("web sales", "online sales", "web orders").
        var words = SeededRandom(seed: seed, stream: "offline.words|\(slot.id)|\(attempt)")
        let entity = vocabulary.entity(of: frame.anchor.table.name)
        if !entity.synonyms.isEmpty { frame.anchorPlural = words.pick(entity.plurals) }
        // "" puts the facts in front of their figure ("store sales net profit").
        frame.amountOf = words.pick(["of", "of", "in", "for", "on", "from", "across", ""])
        frame.chooseWords(vocabulary: vocabulary, seed: seed, stream: "offline.synonyms|\(slot.id)|\(attempt)")
        var targets: [(column: FrameColumn, use: IntendedUse)] = []
        for target in slot.targets {
            guard let instance = frame.instances.first(where: { $0.table.name.lowercased() == target.column.table.lowercased() }),
                  let column = instance.table.column(named: target.column.column) else { return nil }
            targets.append((frame.bind(column, of: instance, vocabulary: vocabulary), target.use))
        }
        var helpers: [FrameColumn] = []
        for instance in frame.instances {
            for column in instance.table.columns {
                let bound = frame.bind(column, of: instance, vocabulary: vocabulary)
                if bound.useClass != .key, !targets.contains(where: { $0.column == bound }) { helpers.append(bound) }
            }
        }
        var random = SeededRandom(seed: seed, stream: "offline.sample|\(slot.id)|\(attempt)")
        let offset = attempt == 0 ? 0 : random.int(in: 0...400)
        let columns = targets.map(\.column) + helpers
        var sample = SampleTable.read(columns: columns, from: frame.fromClause, validator: validator, offset: offset)
            ?? SampleTable(columns: columns, rows: [])
        if sample.rows.isEmpty, offset > 0 {
            sample = SampleTable.read(columns: columns, from: frame.fromClause, validator: validator) ?? sample
        }
        guard !sample.rows.isEmpty else { return nil }
        let anchorRow = Self.anchorRow(sample, targets: targets.map(\.column), rng: &random)
        var recipes = Self.recipes(for: slot.complexity)
        var order = SeededRandom(seed: seed, stream: "offline.recipes|\(slot.id)")
        recipes.shuffle(using: &order)
        // The slot's planned family first (docs/analysis-families.md), then the level's others.
        let planned = recipes.filter { recipe in slot.family.map { Self.family(of: recipe.name) == $0 } ?? false }
        recipes.removeAll { recipe in planned.contains { $0.name == recipe.name } }
        let start = recipes.isEmpty ? 0 : attempt % recipes.count
        let others = Array(recipes[start...] + recipes[..<start])
        let fallbacks: [(name: String, build: Recipe)] = [("moderate.total_by_group", TotalRecipes.totalByGroup), ("moderate.total", TotalRecipes.total)]
        // The planned family again on the second attempt (another sample, period and draw), the
        // level's others first on the third; from the fourth on, the plain totals first: a
        // comparison that keeps no group (none above the average) must not cost the slot its coverage.
        let rotated = attempt <= 1 ? planned + others + fallbacks : (attempt == 2 ? others + planned + fallbacks : fallbacks + others + planned)
        var styleStart = SeededRandom(seed: seed, stream: "offline.style|\(slot.id)")
        let style = styles[(Int(styleStart.next() % UInt64(styles.count)) + attempt) % styles.count]
        var period: Condition?
        var periodYear: Condition?
        var calendar = PeriodChoice.Calendar()
        if let instance = frame.periodInstance {
            var periodRandom = SeededRandom(seed: seed, stream: "offline.period|\(slot.id)|\(attempt)")
            // How the period is written (calendar parts or a date range) is drawn apart, so the
            // question stays; its year alone takes the same form (a year period is then one SQL and one phrase).
            var periodForm = SeededRandom(seed: seed, stream: "offline.period_form|\(slot.id)|\(attempt)")
            var yearForm = periodForm
            calendar = PeriodChoice.calendar(of: instance, frame: frame, semantic: semantic, vocabulary: vocabulary)
            period = PeriodChoice.condition(calendar: calendar, sample: sample, row: anchorRow,
                                            snapshot: semantic.table(frame.anchor.table.name).snapshot == true, rng: &periodRandom, form: &periodForm)
            periodYear = semantic.table(frame.anchor.table.name).snapshot == true ? period
                : PeriodChoice.year(calendar: calendar, sample: sample, row: anchorRow, rng: &periodRandom, form: &yearForm)
        }
        for recipe in rotated {
            var context = IntentContext(frame: frame, level: slot.complexity, targets: targets, helpers: helpers, sample: sample,
                                        anchorRow: anchorRow,
                                        rng: SeededRandom(seed: seed, stream: "offline.draft|\(slot.id)|\(attempt)|\(recipe.name)"),
                                        schema: schema, vocabulary: vocabulary, dialect: dialect, period: period, periodYear: periodYear, calendar: calendar)
            guard var output = recipe.build(&context) else { continue }
            // Every planned target is used (coverage counts on it).
            guard targets.allSatisfy({ output.sql.contains($0.column.sql) }) else { continue }
            // A calendar joined for the period alone must be used by it.
            if frame.periodAdded, let alias = frame.periodAlias, !output.sql.contains("\(alias).") { continue }
            // The period as a WHERE condition (not inside a FILTER clause of a comparison of years).
            if let used = [period, periodYear].compactMap({ $0 }).first(where: {
                output.sql.contains("\nWHERE \($0.sql)") || output.sql.contains(" AND \($0.sql)") }) {
                output.parts.period = used.phrase
            }
            var styleRandom = SeededRandom(seed: seed, stream: "offline.style|\(slot.id)|\(attempt)")
            let question = QuestionWriter.render(output.parts, style: style, rng: &styleRandom)
            var formRandom = SeededRandom(seed: seed, stream: "offline.form|\(slot.id)|\(attempt)")
            var sql = EquivalentForm.rewrite(output.sql, frame: frame, level: slot.complexity, rng: &formRandom)
            // Complex queries only: Spider's grammar, which simple and moderate ones keep to, has no
            // parenthesised conditions.
            if [.complex, .highlyComplex].contains(slot.complexity) {
                var listRandom = SeededRandom(seed: seed, stream: "offline.list_form|\(slot.id)|\(attempt)")
                sql = EquivalentForm.spelledOutLists(sql, rng: &listRandom)
            }
            var draft = SQLDraft(sql: sql, question: question, style: style, shape: output.shape)
            draft.wording = Wording(parts: output.parts, category: category, roleSuffixes: [])
            return draft
        }
        return nil
    }

    /// A sampled row with the most known target values (seeded among equals).
    static func anchorRow(_ sample: SampleTable, targets: [FrameColumn], rng: inout SeededRandom) -> Int {
        let known = sample.rows.indices.map { row in targets.filter { sample.value($0, row: row) != .null }.count }
        let best = known.max() ?? 0
        let candidates = sample.rows.indices.filter { known[$0] == best }
        return candidates.isEmpty ? 0 : rng.pick(candidates)
    }
}
