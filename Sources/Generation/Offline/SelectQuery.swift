/// A SELECT statement assembled from clauses and rendered on several lines.
struct SelectQuery: Sendable {
    var with: [(name: String, sql: String)] = []
    var distinct = false
    var select: [String]
    var from: String
    var filters: [String] = []
    var groupBy: [String] = []
    var having: [String] = []
    var orderBy: [String] = []
    var limit: Int?

    init(select: [String], from: String) {
        self.select = select
        self.from = from
    }

    /// The SQL text without a trailing semicolon.
    var sql: String {
        var lines: [String] = []
        if !with.isEmpty {
            lines.append("WITH " + with.map { "\($0.name) AS (\n\($0.sql)\n)" }.joined(separator: ",\n"))
        }
        lines.append("SELECT " + (distinct ? "DISTINCT " : "") + select.joined(separator: ", "))
        lines.append("FROM " + from)
        if !filters.isEmpty { lines.append("WHERE " + filters.joined(separator: "\n  AND ")) }
        if !groupBy.isEmpty { lines.append("GROUP BY " + groupBy.joined(separator: ", ")) }
        if !having.isEmpty { lines.append("HAVING " + having.joined(separator: " AND ")) }
        if !orderBy.isEmpty { lines.append("ORDER BY " + orderBy.joined(separator: ", ")) }
        if let limit { lines.append("LIMIT \(limit)") }
        return lines.joined(separator: "\n")
    }
}
