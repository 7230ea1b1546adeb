import Foundation
import Model

/// Moderate analyses after the TPC-DS workload: HAVING thresholds, CASE buckets, ratio metrics
/// and time-of-day windows, each cut by the slot's dimensions in its period.
enum ThresholdRecipes {
    /// Groups whose total reaches the anchor row's own amount (`HAVING SUM(m) >= x`): the anchor
    /// row's group passes, so the answer is never empty.
    static func havingThreshold(_ context: inout IntentContext) -> IntentQuery? {
        guard let core = GroupedAggregate.build(&context), let measure = core.measures.first, measure.useClass == .measure,
              let amount = context.number(measure), amount >= 1 else { return nil }
        let threshold = Int(amount.rounded(.down))
        let aggregate = core.aggregateSQL[0]
        var query = QueryText(select: core.groupSQL + ["\(aggregate) AS \(Phrase.alias(for: aggregate, 0))"] + core.extraSQL, from: context.frame.fromClause)
        query.filters = core.conditions.map(\.sql)
        query.groupBy = core.groupSQL
        query.having = ["\(aggregate) >= \(threshold)"]
        query.orderBy = ["\(Phrase.alias(for: aggregate, 0)) DESC"]
        let groups = English.list(core.groups.map { English.plural(Phrase.grouping($0)) })
        // A test of the groups' sum says "total", unlike a filter of rows on the same amount.
        var subject = core.firstSubject(context.frame)
        // Once: no "total store sales total net paid" nor "total total amount paid".
        if measure.useClass == .measure, !subject.lowercased().split(separator: " ").contains("total") { subject = "total " + subject }
        let test = context.frame.phrasing(["\(groups) with \(subject) of at least \(threshold)",
                                           "\(groups) whose \(subject) reached at least \(threshold)"], "having")
        let parts = QuestionParts(request: "\(test)\(core.extraPhrase(context.frame))",
                                  conditions: Condition.phrases(core.conditions, in: context.frame), connector: "with")
        return IntentQuery(sql: query.sql, parts: parts, shape: "moderate.having_threshold")
    }

    /// Rows bucketed by an amount into three bands (`CASE WHEN m <= a ... END`), counted and totalled.
    static func caseBuckets(_ context: inout IntentContext) -> IntentQuery? {
        let planned = context.targets(.aggregate).filter { $0.useClass == .measure }
        let pool = planned.isEmpty ? context.helpers([.measure], alias: context.frame.anchor.alias, minimum: 3) : planned
        guard !pool.isEmpty else { return nil }
        let measure = context.rng.pick(pool)
        let values = context.sample.values(of: measure).compactMap { value -> Double? in
            switch value {
            case .integer(let number): return Double(number)
            case .real(let number): return number
            default: return nil
            }
        }.sorted()
        guard values.count >= 6 else { return nil }
        let low = nice(values[values.count / 3]), high = nice(values[2 * values.count / 3])
        guard low > 0, high > low else { return nil }
        let bands = Self.bands(low: low, high: high, frame: context.frame)
        let bucket = "CASE WHEN \(measure.sql) <= \(low) THEN '\(bands[0])' WHEN \(measure.sql) <= \(high) THEN '\(bands[1])' ELSE '\(bands[2])' END"
        var conditions = (context.targets(.filter) + context.targets(.group)).compactMap { context.condition(on: $0) }
        conditions += context.contributions(besides: [measure] + conditions.map(\.column))
        // The slot's other aggregates and counts as further columns.
        let extras = (context.targets(.aggregate) + context.targets(.count)).filter { $0 != measure }
        let extraNames = Phrase.unique(extras.map { Phrase.outputName(of: Phrase.aggregateSQL($0), column: $0) })
        let extraSQL = zip(extras, extraNames).map { "\(Phrase.aggregateSQL($0)) AS \($1)" }
        let extraPhrase = extras.isEmpty ? "" : ", \(context.frame.wording.alongWith) \(Phrase.list(aggregates: extras.map(Phrase.aggregate)))"
        var query = QueryText(select: ["\(bucket) AS band", "COUNT(*) AS \(English.pluralWord(context.frame.anchorSingular).replacingOccurrences(of: " ", with: "_"))",
                                       "SUM(\(measure.sql)) AS total_\(measure.column.name.lowercased())"] + extraSQL,
                              from: context.frame.fromClause)
        query.filters = conditions.map(\.sql)
        query.groupBy = ["band"]
        query.orderBy = ["MIN(\(measure.sql))"]
        // "total" once, also before a label that starts with it ("total amount paid").
        let summed = measure.phrase.lowercased().hasPrefix("total ") ? measure.phrase : "total \(measure.phrase)"
        let counted = context.frame.phrasing(["number of \(context.frame.anchorPlural) and their \(summed)",
                                              "number and \(summed) of \(context.frame.anchorPlural)",
                                              "count and \(summed) of \(context.frame.anchorPlural)"], "counted")
        let parts = QuestionParts(request: "\(counted)\(extraPhrase)",
                                  grouping: context.frame.phrasing(["by \(measure.phrase) band (\(English.list(bands)))",
                                                                     "in \(measure.phrase) bands of \(English.list(bands))",
                                                                     "split by \(measure.phrase) into \(English.list(bands))"], "bands"),
                                  conditions: Condition.phrases(conditions, in: context.frame), connector: "with")
        return IntentQuery(sql: query.sql, parts: parts, shape: "moderate.case_buckets")
    }

    /// A ratio metric of the anchor fact (profit margin, average selling price: the semantic
    /// model's metrics) by the slot's grouping: `SUM(a) / SUM(b)`, never an average of ratios.
    static func ratioMetric(_ context: inout IntentContext) -> IntentQuery? {
        guard let semantic = context.semantic else { return nil }
        let anchor = context.frame.anchor
        let metrics = semantic.metrics.filter { $0.kind == .ratio && $0.denominatorTable == nil
            && $0.table.lowercased() == anchor.table.name.lowercased() }
        guard !metrics.isEmpty else { return nil }
        let metric = context.rng.pick(metrics)
        guard let numerator = anchor.table.column(named: metric.numerator), let denominatorColumn = metric.denominator,
              let denominator = anchor.table.column(named: denominatorColumn),
              var core = GroupedAggregate.build(&context) else { return nil }
        core.measures.removeAll { [numerator.name, denominator.name].contains($0.column.name) }
        let top = context.frame.bind(numerator, of: anchor, vocabulary: context.vocabulary)
        let bottom = context.frame.bind(denominator, of: anchor, vocabulary: context.vocabulary)
        // Two shapes: the ratio as a fraction, or a percentage rounded to two decimals.
        let percent = metric.unit == .percent && context.rng.int(in: 0...1) == 1
        let alias = metric.label.lowercased().replacingOccurrences(of: " ", with: "_") + (percent ? "_percent" : "")
        let ratio = percent ? context.dialect.rounded("100.0 * SUM(\(top.sql)) / NULLIF(SUM(\(bottom.sql)), 0)", places: 2)
            : context.dialect.quotient("SUM(\(top.sql))", over: "NULLIF(SUM(\(bottom.sql)), 0)")
        let extras = core.measures.isEmpty ? [] : core.aggregateSQL.enumerated().map { "\($1) AS \(Phrase.alias(for: $1, $0))" }
        var query = QueryText(select: core.groupSQL + ["\(ratio) AS \(alias)"] + extras, from: context.frame.fromClause)
        query.filters = core.conditions.map(\.sql)
        query.groupBy = core.groupSQL
        query.orderBy = ["\(alias) DESC"]
        let more = core.measures.isEmpty ? "" : ", \(context.frame.wording.alongWith) \(Phrase.list(aggregates: core.aggregatePhrases(context.frame)))"
        let inPercent = percent ? context.frame.phrasing([" in percent", " as a percentage", " as a percent"], "percent") : ""
        var parts = QuestionParts(request: "\(context.frame.subject(of: context.frame.label(of: metric)))\(inPercent)\(more)", plural: false,
                                  grouping: "by \(English.list(core.groups.map(Phrase.grouping)))",
                                  conditions: Condition.phrases(core.conditions, in: context.frame), connector: "with")
        if core.manyGroups {
            query.limit = 10
            parts.limit = "top 10"
        }
        return IntentQuery(sql: query.sql, parts: parts, shape: "moderate.ratio_metric")
    }

    /// Totals by group within a time-of-day window of the anchor fact's events (the clock table:
    /// `t_hour BETWEEN 8 AND 11`, "in the morning hours 8 to 11").
    static func timeOfDay(_ context: inout IntentContext) -> IntentQuery? {
        guard let semantic = context.semantic,
              let key = semantic.eventTimeKey(of: context.frame.anchor.table.name, in: context.schema),
              let clock = context.frame.instances.first(where: { $0.edge == key }),
              let hourColumn = clock.table.columns.first(where: {
                  semantic.semantics(of: ColumnRef(table: clock.table.name, column: $0.name)).grain == .hour }) else { return nil }
        let hour = context.frame.bind(hourColumn, of: clock, vocabulary: context.vocabulary)
        let windows = [(8, 11, "morning"), (12, 14, "lunchtime"), (15, 18, "afternoon"), (19, 22, "evening")]
        let hours = context.rng.pick(windows)
        guard let core = GroupedAggregate.build(&context) else { return nil }
        // A part of the day the hour decides (AM or PM, shift, meal time), grouped or filtered, is
        // the window itself: an hour window beside it leaves one group or says the window twice.
        let decidedByHour = core.groups.map(\.ref) + core.conditions.map(\.column.ref)
        let window: Condition? = decidedByHour.contains { $0.table == hour.ref.table && $0 != hour.ref } ? nil : {
            var filter = Condition(sql: "\(hour.sql) BETWEEN \(hours.0) AND \(hours.1)", column: hour, value: .null, after: "")
            filter.spoken = "in the \(hours.2) hours \(hours.0) to \(hours.1)"
            return filter
        }()
        let aggregate = core.aggregateSQL[0]
        let name = Phrase.alias(for: aggregate, 0)
        var query = QueryText(select: core.groupSQL + ["\(aggregate) AS \(name)"] + core.extraSQL, from: context.frame.fromClause)
        query.filters = core.conditions.map(\.sql) + (window.map { [$0.sql] } ?? [])
        query.groupBy = core.groupSQL
        query.orderBy = ["\(name) DESC"]
        var parts = QuestionParts(request: "\(core.firstSubject(context.frame))\(core.extraPhrase(context.frame))", plural: false,
                                  grouping: "by \(English.list(core.groups.map(Phrase.grouping)))",
                                  conditions: Condition.phrases(core.conditions, in: context.frame), notes: window.map { [$0.phrase] } ?? [])
        if core.manyGroups {
            query.limit = 10
            parts.limit = "top 10"
        }
        return IntentQuery(sql: query.sql, parts: parts, shape: "moderate.time_of_day")
    }

    /// The labels of the three bands (`<= low`, up to `high`, above it), each said one of several
    /// ways for the draft ("up to 10", "at most 10", "10 or less"; "10 to 100", "over 10 up to 100";
    /// "over 100", "above 100", "more than 100"). The labels are the CASE's values, so the SQL
    /// and the question say the same words.
    static func bands(low: Int, high: Int, frame: SlotFrame) -> [String] {
        [frame.phrasing(["up to \(low)", "at most \(low)", "\(low) or less", "no more than \(low)"], "band_low"),
         frame.phrasing(["\(low) to \(high)", "\(low) to \(high)", "over \(low) up to \(high)"], "band_middle"),
         frame.phrasing(["over \(high)", "above \(high)", "more than \(high)"], "band_high")]
    }

    /// A round number near `value` (1, 2 or 5 times a power of ten, rounded down).
    static func nice(_ value: Double) -> Int {
        guard value >= 1 else { return 0 }
        let power = pow(10, floor(log10(value)))
        let lead = value / power
        let step: Double = lead >= 5 ? 5 : (lead >= 2 ? 2 : 1)
        return Int(step * power)
    }
}
