import Model

/// A schema column read through one table instance of a slot's join, with its use class and the
/// words a question names it by ("store state", "sale year", "net profit").
struct FrameColumn: Sendable, Hashable {
    let ref: ColumnRef
    let column: Column
    /// The alias of the table instance it is read through.
    let alias: String
    let useClass: ColumnUseClass
    /// How the question names it.
    let phrase: String

    /// `alias.column`, quoted where needed.
    var sql: String { "\(alias).\(SQLIdentifier.quoteIfNeeded(column.name))" }

    var family: SQLTypeFamily { column.typeFamily }

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

    /// Whether the column is an amount whose large values read better with grouped thousands.
    var isMeasure: Bool { useClass == .measure || useClass == .rate }

    static func == (lhs: FrameColumn, rhs: FrameColumn) -> Bool {
        lhs.alias == rhs.alias && lhs.column.name == rhs.column.name
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(alias)
        hasher.combine(column.name)
    }
}
