import Model

/// SQL constructs and Spider hardness, counted from the SQL's tokens (keywords outside strings,
/// identifiers and comments) and the result's column count. Spider's own rules work on a parse
/// tree; these counts follow the same rules on tokens (see docs/dataset-format.md).
public struct SQLFeatures: Sendable, Equatable {
    public var constructs: [String]
    public var hardness: String

    /// Measures `sql`, whose result has `resultColumns` columns.
    public init(sql: String, resultColumns: Int) {
        let tokens = SQLTokens.keywords(in: sql)
        func count(_ word: String) -> Int { tokens.filter { $0 == word }.count }
        let selects = count("SELECT")
        let joins = count("JOIN")
        let setOperations = count("UNION") + count("INTERSECT") + count("EXCEPT")
        let hasCTE = tokens.first == "WITH"
        let windows = count("OVER")
        let aggregates = ["COUNT", "SUM", "AVG", "MIN", "MAX", "TOTAL", "GROUP_CONCAT"].reduce(0) { $0 + count($1) }
        let groupBy = SQLTokens.pairs(tokens, "GROUP", "BY")
        let orderBy = SQLTokens.pairs(tokens, "ORDER", "BY")
        let between = count("BETWEEN")
        let whereConditions = count("WHERE") > 0 ? 1 + max(0, count("AND") - between) + count("OR") : 0
        let subqueries = max(0, selects - 1 - setOperations - (hasCTE ? 1 : 0))

        var constructs: [String] = []
        func add(_ name: String, _ present: Bool) { if present { constructs.append(name) } }
        add("join", joins > 0)
        add("where", count("WHERE") > 0)
        add("aggregate", aggregates > 0)
        add("group_by", groupBy > 0)
        add("having", count("HAVING") > 0)
        add("order_by", orderBy > 0)
        add("limit", count("LIMIT") > 0)
        add("distinct", count("DISTINCT") > 0)
        add("subquery", subqueries > 0)
        add("cte", hasCTE)
        add("window", windows > 0)
        add("set_operation", setOperations > 0)
        add("case", count("CASE") > 0)
        add("like", count("LIKE") > 0)
        add("between", between > 0)
        add("in", count("IN") > 0)
        add("exists", count("EXISTS") > 0)
        add("date_function", count("STRFTIME") + count("DATE") + count("JULIANDAY") > 0)
        self.constructs = constructs

        // Spider: component1 = WHERE, GROUP BY, ORDER BY, LIMIT, JOINs, OR, LIKE;
        // component2 = nested queries and set operations; others = more than one aggregate,
        // select column, WHERE condition or GROUP BY column.
        let component1 = (count("WHERE") > 0 ? 1 : 0) + (groupBy > 0 ? 1 : 0) + (orderBy > 0 ? 1 : 0)
            + (count("LIMIT") > 0 ? 1 : 0) + joins + count("OR") + count("LIKE")
        let component2 = subqueries + setOperations + (hasCTE ? 1 : 0)
        let others = (aggregates > 1 ? 1 : 0) + (resultColumns > 1 ? 1 : 0) + (whereConditions > 1 ? 1 : 0)
            + (groupBy > 0 && SQLTokens.groupByHasSeveralColumns(sql) ? 1 : 0)
        if component1 <= 1 && others == 0 && component2 == 0 {
            hardness = "easy"
        } else if (others <= 2 && component1 <= 1 && component2 == 0) || (component1 <= 2 && others < 2 && component2 == 0) {
            hardness = "medium"
        } else if (others > 2 && component1 <= 2 && component2 == 0) || (component1 > 2 && component1 <= 3 && others <= 2 && component2 == 0)
                    || (component1 <= 1 && others == 0 && component2 <= 1) {
            hardness = "hard"
        } else {
            hardness = "extra"
        }
    }
}
