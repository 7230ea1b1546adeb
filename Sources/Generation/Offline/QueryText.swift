/// One SELECT written clause by clause; ``sql`` joins the clauses on separate lines.
struct QueryText {
    var with: [(name: String, body: String)] = []
    var select: [String]
    var distinct = false
    var from: String
    var filters: [String] = []
    var groupBy: [String] = []
    var having: [String] = []
    var orderBy: [String] = []
    var limit: Int?

    var sql: String {
        var lines: [String] = []
        if !with.isEmpty {
            lines.append("WITH " + with.map { "\($0.name) AS (\n\($0.body)\n)" }.joined(separator: ",\n"))
        }
        lines.append("SELECT \(distinct ? "DISTINCT " : "")" + select.joined(separator: ", "))
        lines.append("FROM " + from)
        if !filters.isEmpty { lines.append("WHERE " + filters.joined(separator: " AND ")) }
        if !groupBy.isEmpty { lines.append("GROUP BY " + groupBy.joined(separator: ", ")) }
        if !having.isEmpty { lines.append("HAVING " + having.joined(separator: " AND ")) }
        if !orderBy.isEmpty { lines.append("ORDER BY " + orderBy.joined(separator: ", ")) }
        if let limit { lines.append("LIMIT \(limit)") }
        return lines.joined(separator: "\n")
    }
}
