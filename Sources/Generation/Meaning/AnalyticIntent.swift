import Foundation
import Model

/// The analytic intent of an SQL, measured from its shape (keywords outside strings and
/// identifiers): what an analyst asked for, independent of which generator wrote it.
public enum AnalyticIntent: String, Sendable, CaseIterable {
    case lookup, topN = "top_n", total, totalByGroup = "total_by_group", trend, periodComparison = "period_comparison"
    case shareOfTotal = "share_of_total", rankingWithinGroups = "ranking_within_groups", runningTotal = "running_total"
    case aboveAverage = "above_average", channelComparison = "channel_comparison"

    /// The intent of `sql`; `meaning` tells which columns are dates and which tables are read.
    public static func of(_ sql: String, meaning: ExampleMeaning?, schema: Schema) -> AnalyticIntent {
        let tokens = SQLTokens.keywords(in: sql)
        let text = tokens.joined(separator: " ")
        let hasAggregate = ["SUM", "AVG", "COUNT", "MIN", "MAX", "TOTAL"].contains(where: tokens.contains)
        let grouped = text.contains("GROUP BY")
        if ["UNION", "INTERSECT", "EXCEPT"].contains(where: tokens.contains) {
            let facts = Set((meaning?.uses ?? []).map(\.column.table).filter { schema.table(named: $0)?.kind == .fact })
            return facts.count >= 2 ? .channelComparison : .lookup
        }
        if ["RANK", "DENSE_RANK", "ROW_NUMBER", "NTILE"].contains(where: tokens.contains), text.contains("PARTITION BY") { return .rankingWithinGroups }
        func has(_ pattern: String) -> Bool { sql.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil }
        if tokens.contains("OVER") {
            if has(#"OVER\s*\(\s*\)"#), sql.contains("/") { return .shareOfTotal }
            if has(#"OVER\s*\(\s*ORDER\s+BY"#) || tokens.contains("ROWS") { return .runningTotal }
        }
        if has(#"FILTER\s*\(\s*WHERE"#) || (has(#"CASE\s+WHEN"#) && grouped) { return .periodComparison }
        if has(#"[><]=?\s*\(\s*SELECT\s+AVG"#) { return .aboveAverage }
        if grouped && hasAggregate {
            let groupsByPeriod = (meaning?.uses ?? []).contains { use in
                use.clause == "group" && [.date, .datePart].contains(schema.useClass(of: use.column) ?? .category)
            }
            return groupsByPeriod ? .trend : .totalByGroup
        }
        if hasAggregate { return .total }
        if text.contains("ORDER BY"), tokens.contains("LIMIT") { return .topN }
        return .lookup
    }
}
