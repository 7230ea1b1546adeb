import Model

/// What a recipe wrote: the SQL, the question in parts, and the recipe's name (`level.intent`).
struct IntentQuery {
    let sql: String
    var parts: QuestionParts
    let shape: String
}

/// The phrases of aggregates and groupings that recipes share.
enum Phrase {
    /// "total net profit", "average list price", "number of distinct ticket numbers", "number of
    /// warehouses" (a distinct count of a dimension's business key).
    static func aggregate(_ column: FrameColumn) -> String {
        switch column.useClass {
        case .measure: return column.phrase.lowercased().hasPrefix("total") ? column.phrase : column.sumLead + column.phrase
        case .rate: return column.phrase.lowercased().hasPrefix("average") ? column.phrase : column.averageLead + column.phrase
        default: return column.counts.map { "number of \($0)" } ?? "number of distinct \(English.plural(column.phrase))"
        }
    }

    /// `SUM(x)`, `AVG(x)` or `COUNT(DISTINCT x)` by the column's class.
    static func aggregateSQL(_ column: FrameColumn) -> String {
        switch column.useClass {
        case .measure: return "SUM(\(column.sql))"
        case .rate: return "AVG(\(column.sql))"
        default: return "COUNT(DISTINCT \(column.sql))"
        }
    }

    /// The output name of an aggregate `sql` of `column`, saying what it holds:
    /// `total_ss_net_profit`, `average_ss_list_price`, `distinct_s_company_id`; `row_count` for `COUNT(*)`.
    static func outputName(of sql: String, column: FrameColumn?) -> String {
        guard let column else { return "row_count" }
        let upper = sql.uppercased()
        let lead = upper.hasPrefix("SUM") ? "total" : upper.hasPrefix("AVG") ? "average"
            : upper.hasPrefix("COUNT(DISTINCT") ? "distinct" : upper.hasPrefix("MIN") ? "lowest" : upper.hasPrefix("MAX") ? "highest" : "count"
        let name = String(column.column.name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
        return "\(lead)_\(name)"
    }

    /// `names` made unique: a repeated name gets `_2`, `_3`, ...
    static func unique(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.map { name in
            seen[name, default: 0] += 1
            return seen[name] == 1 ? name : "\(name)_\(seen[name] ?? 0)"
        }
    }

    /// The grouping expression: the column, or its year for a calendar date.
    static func groupSQL(_ column: FrameColumn) -> String {
        column.useClass == .date ? yearSQL(of: column) : column.sql
    }

    /// The year of a date column as text (``SQLDialect/year(of:)``).
    static func yearSQL(of column: FrameColumn) -> String {
        SQLDialect.year(of: column.sql)
    }

    /// "store state", "record start year" for a calendar date ("record start date"), "year of
    /// birth" style phrases for other dates.
    static func grouping(_ column: FrameColumn) -> String {
        guard column.useClass == .date else { return column.phrase }
        return English.yearPhrase(ofDate: column.phrase) ?? "year of \(column.phrase)"
    }

    /// "total net paid and net profit" for "total net paid" and "total net profit": an aggregate
    /// word shared with the previous phrase is said once.
    static func list(aggregates phrases: [String]) -> String {
        let spoken = phrases.indices.map { index in
            let lead = phrases[index].split(separator: " ").first.map(String.init) ?? ""
            let shared = index > 0 && ["total", "average", "mean"].contains(lead) && phrases[index - 1].hasPrefix(lead + " ")
            return shared ? English.dropping(lead: lead, from: phrases[index]) : phrases[index]
        }
        return English.list(spoken)
    }

    /// The output name of aggregate `sql` (the `index`-th): what it holds, `total` for a sum,
    /// `average` for a mean, `count` for a count, `total_2` and so on after the first.
    static func alias(for sql: String, _ index: Int) -> String {
        let upper = sql.uppercased()
        let base = upper.hasPrefix("AVG") ? "average" : (upper.hasPrefix("COUNT") ? "count" : "total")
        return alias(base, index)
    }

    /// Output column names: `total`, `total_2`, ...
    static func alias(_ base: String, _ index: Int) -> String { index == 0 ? base : "\(base)_\(index + 1)" }
}
