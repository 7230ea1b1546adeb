import Foundation
import Model

/// Phrases and SQL pieces shared by the shapes.
enum ShapeKit {
    /// "sorted by the total net amount paid, highest first".
    static func ordering(by aggregate: Aggregate, descending: Bool) -> String {
        "sorted by \(aggregate.phrase), \(descending ? "highest" : "lowest") first"
    }

    /// "sorted by the short name of the store" (ascending), with the direction spelled out for numbers.
    static func ordering(by column: BoundColumn, descending: Bool) -> String {
        if column.family == .text && !descending { return "sorted alphabetically by \(column.the)" }
        if column.family == .date { return "sorted by \(column.the) from \(descending ? "latest to earliest" : "earliest to latest")" }
        return "sorted by \(column.the) from \(descending ? "highest to lowest" : "lowest to highest")"
    }

    /// "showing only the top 10" / "showing only the first 10".
    static func limit(_ count: Int, top: Bool) -> String {
        top ? "showing only the top \(count)" : "showing only the first \(count)"
    }

    /// "the A, the B and the C".
    static func list(_ columns: [BoundColumn]) -> String {
        English.list(columns.map(\.the))
    }

    /// "the total X and the average Y".
    static func list(_ aggregates: [Aggregate]) -> String {
        English.list(aggregates.map(\.phrase))
    }

    /// Output names for grouping columns, unique within one select list, quoted when they need it.
    static func outputNames(_ columns: [BoundColumn], taken: [String] = []) -> [String] {
        var used = Set(taken.map { $0.lowercased() })
        return columns.map { column in
            var name = column.column.name.lowercased()
            var number = 2
            while used.contains(name) {
                name = "\(column.column.name.lowercased())_\(number)"
                number += 1
            }
            used.insert(name)
            return SQLIdentifier.quoteIfNeeded(name)
        }
    }

    /// `expr AS name` items.
    static func aliased(_ items: [(String, String)]) -> [String] {
        items.map { "\($0.0) AS \($0.1)" }
    }
}

extension ShapeKit {
    /// A threshold for `aggregate` at or below `value`: SQL literal and English.
    static func threshold(_ value: Double, for aggregate: Aggregate) -> (sql: String, english: String) {
        let whole: Bool
        switch aggregate.function {
        case .countRows, .countDistinct, .countKnown: whole = true
        case .sum, .minimum, .maximum: whole = aggregate.column?.family == .integer
        case .average: whole = false
        }
        if whole {
            let number = (value + 1e-9).rounded(.down)
            let text = String(Int64(number))
            return (text, abs(number) >= 1_000 ? ValueText.grouped(text) : text)
        }
        let number = (value * 100 - 1e-6).rounded(.down) / 100
        let text = String(format: "%.2f", number)
        return (text, abs(number) >= 1_000 ? ValueText.grouped(text) : text)
    }
}
