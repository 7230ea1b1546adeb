import Foundation
import Model

/// A schema column bound to the alias it is read through, with its question phrase.
struct BoundColumn: Sendable, Hashable {
    /// How a column is used by the shapes.
    enum Kind: Sendable, Hashable {
        /// An amount that is summed or averaged.
        case measure
        /// A descriptive value that is grouped, filtered or projected.
        case dimension
        /// A surrogate or foreign key: projected or counted.
        case key
    }

    let ref: ColumnRef
    let column: Column
    let alias: String
    let isTarget: Bool
    /// Noun phrase without article: "calendar year of the day".
    let noun: String
    /// The clause of a Y/N flag column: "the day is a holiday".
    let flagClause: String?
    /// " for the date of the sale" when the table is joined more than once (already in ``noun``).
    var roleSuffix: String?

    /// `alias.column`, the column name quoted when it needs it.
    var sql: String { ("\(identifier: alias).\(identifier: column.name)" as SQL).text }

    var kind: Kind {
        switch column.role {
        case .measure: return column.typeFamily == .text ? .dimension : .measure
        case .key, .foreignKey: return .key
        case .identifier, .date, .attribute: return .dimension
        }
    }

    var family: SQLTypeFamily { column.typeFamily }

    /// "the calendar year of the day".
    var the: String { "the \(noun)" }

    /// Decimal places of a `decimal(p,s)` column (2 when unknown), 0 for integers.
    var scale: Int {
        switch family {
        case .integer: return 0
        case .decimal:
            let type = column.type
            guard let open = type.firstIndex(of: ","), let close = type.firstIndex(of: ")"), open < close else { return 2 }
            return Int(type[type.index(after: open)..<close].trimmingCharacters(in: .whitespaces)) ?? 2
        default: return 0
        }
    }

    /// Whether the values are calendar years (a date-role integer described as a year).
    var isYear: Bool {
        column.role == .date && family == .integer && noun.hasPrefix("calendar year")
    }

    static func == (lhs: BoundColumn, rhs: BoundColumn) -> Bool {
        lhs.alias == rhs.alias && lhs.column.name == rhs.column.name
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(alias)
        hasher.combine(column.name)
    }

    /// Whether the values are rates or unit prices, which are averaged rather than summed.
    var isRate: Bool {
        [" rate", "percentage", "offset", "price of one unit", "per unit"].contains { noun.contains($0) }
            || noun.hasPrefix("rate")
    }

    /// A short output name for the SQL (`total_ss_net_paid`), quoted when it needs it.
    func outputName(_ prefix: String) -> String {
        SQLIdentifier.quoteIfNeeded("\(prefix)_\(column.name.lowercased())")
    }
}
