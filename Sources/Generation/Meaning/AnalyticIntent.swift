import Foundation
import Model

/// The analytic intent of an SQL, measured from its shape (keywords outside strings and
/// identifiers): what an analyst asked for, independent of which generator wrote it.
public enum AnalyticIntent: String, Sendable, CaseIterable {
    case lookup, profile, topN = "top_n", total, totalByGroup = "total_by_group", trend, periodComparison = "period_comparison"
    case shareOfTotal = "share_of_total", rankingWithinGroups = "ranking_within_groups", runningTotal = "running_total"
    case aboveAverage = "above_average", channelComparison = "channel_comparison"
    case growth, ratio, peerComparison = "peer_comparison", havingThreshold = "having_threshold", caseBuckets = "case_buckets"
    case rollup, outerJoin = "outer_join", returnRate = "return_rate", crossChannel = "cross_channel", movingAverage = "moving_average", timeOfDay = "time_of_day"

    /// The patterns ``of(_:meaning:schema:)`` looks for, compiled once (case-insensitive).
    static let patterns: [String: TextPattern] = Dictionary(uniqueKeysWithValues: [
        #"NULL\s+AS\s+\w+\s*,"#,
        #"ROWS\s+BETWEEN\s+\d+\s+PRECEDING"#,
        #"OVER\s*\(\s*ORDER\s+BY"#,
        #"-\s*AVG\s*\(\s*(SUM|COUNT)\s*\([^)]*\)\s*\)\s*OVER\s*\(\s*\)"#,
        #"OVER\s*\(\s*\)"#,
        #"[><]=?\s*[0-9.]+\s*\*\s*\(\s*SELECT\s+AVG"#,
        #"[><]=?\s*[0-9.]+\s*\*\s*\w+\.\w*average\b"#,
        #"FILTER\s*\(\s*WHERE"#,
        #"NULLIF\s*\("#,
        #"[><]=?\s*\(\s*SELECT\s+AVG"#,
        #"CASE\s+WHEN"#,
        #"/\s*NULLIF\s*\(\s*SUM"#,
        #"hour\w*\s+BETWEEN"#,
    ].map { ($0, TextPattern($0, caseInsensitive: true)) })

    static let descendingOrder = TextPattern(#"ORDER\s+BY\s[^;]*\bDESC\b"#, caseInsensitive: true)

    /// The intent of `sql`; `meaning` tells which columns are dates and which tables are read.
    public static func of(_ sql: String, meaning: ExampleMeaning?, schema: Schema) -> AnalyticIntent {
        let tokens = SQLTokens.keywords(in: sql)
        let text = tokens.joined(separator: " ")
        let hasAggregate = ["SUM", "AVG", "COUNT", "MIN", "MAX", "TOTAL"].contains(where: tokens.contains)
        let grouped = text.contains("GROUP BY")
        func has(_ pattern: String) -> Bool { (patterns[pattern] ?? TextPattern(pattern, caseInsensitive: true)).matches(sql) }
        if ["INTERSECT", "EXCEPT"].contains(where: tokens.contains) { return .crossChannel }
        if tokens.contains("UNION") {
            let facts = Set((meaning?.uses ?? []).map(\.column.table).filter { schema.table(named: $0)?.kind == .fact })
            if has(#"NULL\s+AS\s+\w+\s*,"#) { return .rollup }
            return facts.count >= 2 ? .channelComparison : .lookup
        }
        if ["RANK", "DENSE_RANK", "ROW_NUMBER", "NTILE"].contains(where: tokens.contains), text.contains("PARTITION BY") { return .rankingWithinGroups }
        if tokens.contains("OVER") {
            if has(#"ROWS\s+BETWEEN\s+\d+\s+PRECEDING"#) { return .movingAverage }
            if has(#"OVER\s*\(\s*ORDER\s+BY"#) || tokens.contains("ROWS") { return .runningTotal }
            // The deviation from the average of all groups (the year's average month).
            if has(#"-\s*AVG\s*\(\s*(SUM|COUNT)\s*\([^)]*\)\s*\)\s*OVER\s*\(\s*\)"#) { return .movingAverage }
            if has(#"OVER\s*\(\s*\)"#), sql.contains("/") { return .shareOfTotal }
        }
        if text.contains("LEFT JOIN") || text.contains("LEFT OUTER JOIN") {
            let facts = Set((meaning?.uses ?? []).map(\.column.table).filter { schema.table(named: $0)?.kind == .fact })
            // Returns joined to their sales; else two channels' figures side by side.
            guard facts.count >= 2 else { return .outerJoin }
            return facts.contains { schema.table(named: $0)?.subjectArea == "returns" } ? .returnRate : .channelComparison
        }
        // A factor times the peers' average: a correlated subquery, or a column of their averages.
        if has(#"[><]=?\s*[0-9.]+\s*\*\s*\(\s*SELECT\s+AVG"#) || has(#"[><]=?\s*[0-9.]+\s*\*\s*\w+\.\w*average\b"#) { return .peerComparison }
        if has(#"FILTER\s*\(\s*WHERE"#) { return has(#"NULLIF\s*\("#) ? .growth : .periodComparison }
        if has(#"[><]=?\s*\(\s*SELECT\s+AVG"#) { return .aboveAverage }
        if tokens.contains("HAVING") { return .havingThreshold }
        if has(#"CASE\s+WHEN"#) && grouped { return .caseBuckets }
        if has(#"/\s*NULLIF\s*\(\s*SUM"#) { return .ratio }
        if has(#"hour\w*\s+BETWEEN"#) || cutsByPartOfDay(meaning, schema: schema) { return .timeOfDay }
        if grouped && hasAggregate {
            let groupsByPeriod = (meaning?.uses ?? []).contains { use in
                use.clause == "group" && [.date, .datePart].contains(schema.useClass(of: use.column) ?? .category)
            }
            return groupsByPeriod ? .trend : .totalByGroup
        }
        if hasAggregate { return .total }
        if !grouped, isProfile(meaning, schema: schema) { return .profile }
        if text.contains("ORDER BY"), tokens.contains("LIMIT"), ranksByAmount(sql, meaning: meaning, schema: schema) { return .topN }
        return .lookup
    }

    /// Whether the rows kept are ranked (top or bottom N by an amount): the order is descending, or
    /// reads an amount (a measure or rate). The first rows of a listing ordered by a name are a lookup.
    static func ranksByAmount(_ sql: String, meaning: ExampleMeaning?, schema: Schema) -> Bool {
        if descendingOrder.matches(sql) { return true }
        guard let uses = meaning?.uses else { return true }
        return uses.contains { $0.clause == "order" && [.measure, .rate].contains(schema.useClass(of: $0.column) ?? .category) }
    }

    /// A profile lookup: dimensions only, a name or business key compared to a value, and a
    /// descriptive detail (semantic role `detail`) shown.
    static func isProfile(_ meaning: ExampleMeaning?, schema: Schema) -> Bool {
        guard let uses = meaning?.uses, !uses.isEmpty,
              uses.allSatisfy({ schema.table(named: $0.column.table)?.kind == .dimension }) else { return false }
        func role(_ ref: ColumnRef) -> SemanticRole? {
            guard let table = schema.table(named: ref.table), let column = table.column(named: ref.column) else { return nil }
            return SemanticDerivation.resolved(column, in: table).role
        }
        let named = uses.contains { $0.clause == "filter" && [.name, .identifier].contains(schema.useClass(of: $0.column)) && role($0.column) != .detail }
        return named && uses.contains { $0.clause == "select" && role($0.column) == .detail }
    }

    /// Grouped or filtered by a column of the clock (the hour, AM or PM, shift, meal time): the part
    /// of the day is the window ("return fees by meal time", "afternoon returns").
    static func cutsByPartOfDay(_ meaning: ExampleMeaning?, schema: Schema) -> Bool {
        (meaning?.uses ?? []).contains { use in
            guard ["group", "filter"].contains(use.clause), let table = schema.table(named: use.column.table),
                  table.primaryKey != [use.column.column] else { return false }
            return (table.semantic?.timeDimension ?? SemanticDerivation.timeDimension(of: table)) == "time_of_day"
        }
    }
}
