import Foundation
import Model

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

    /// With a LIMIT, the qualified columns the query shows that its ORDER BY does not name yet:
    /// rows tied on the ranked figure keep one order, so the rows kept are the same on every
    /// engine and every run.
    var tieBreakers: [String] {
        guard limit != nil else { return [] }
        let named = Set(orderBy.map { $0.components(separatedBy: " ")[0] })
        var result: [String] = []
        for item in select {
            let expression = item.components(separatedBy: " AS ")[0]
            guard Self.isQualifiedColumn(expression), !named.contains(expression), !result.contains(expression) else { continue }
            result.append(expression)
        }
        return result
    }

    /// `alias.column` (either part may be quoted), nothing else.
    static func isQualifiedColumn(_ text: String) -> Bool {
        qualifiedColumn.matches(text)
    }

    static let qualifiedColumn = TextPattern(#"^[A-Za-z_][A-Za-z0-9_]*\.("[^"]+"|[A-Za-z_][A-Za-z0-9_]*)$"#)

    /// An ORDER BY item as written, with its NULL order explicit when the sorted value can be NULL
    /// (``SQLDialect/orderItem(_:descending:)``): which rows a LIMIT keeps, and the order of the
    /// rows shown, are then the same on every engine.
    func ordered(_ item: String) -> String {
        guard !item.uppercased().contains(" NULLS ") else { return item }
        let descending = item.hasSuffix(" DESC")
        let expression = descending ? String(item.dropLast(5)) : (item.hasSuffix(" ASC") ? String(item.dropLast(4)) : item)
        let shown = select.first { $0.hasSuffix(" AS \(expression)") }.map { String($0.dropLast(expression.count + 4)) } ?? expression
        guard SQLDialect.canBeNull(shown) else { return item }
        return SQLDialect.orderItem(expression, descending: descending)
    }

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
        if !orderBy.isEmpty { lines.append("ORDER BY " + (orderBy + tieBreakers).map(ordered).joined(separator: ", ")) }
        if let limit { lines.append(SQLDialect.limit(limit)) }
        return lines.joined(separator: "\n")
    }
}
