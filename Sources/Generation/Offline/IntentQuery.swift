/// What a recipe wrote: the SQL, the question in parts, and the recipe's name (`level.intent`).
struct IntentQuery {
    let sql: String
    let parts: QuestionParts
    let shape: String
}

/// The phrases of aggregates and groupings that recipes share.
enum Phrase {
    /// "total net profit", "average list price", "number of distinct ticket numbers".
    static func aggregate(_ column: FrameColumn) -> String {
        switch column.useClass {
        case .measure: return column.phrase.lowercased().hasPrefix("total") ? column.phrase : "total \(column.phrase)"
        case .rate: return column.phrase.lowercased().hasPrefix("average") ? column.phrase : "average \(column.phrase)"
        default: return "number of distinct \(English.pluralWord(column.phrase))"
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

    /// The grouping expression: the column, or its year for a calendar date.
    static func groupSQL(_ column: FrameColumn) -> String {
        column.useClass == .date ? "strftime('%Y', \(column.sql))" : column.sql
    }

    /// "store state", "year of sale date".
    static func grouping(_ column: FrameColumn) -> String {
        column.useClass == .date ? "year of \(column.phrase)" : column.phrase
    }

    /// Output column names: `total`, `total_2`, ...
    static func alias(_ base: String, _ index: Int) -> String { index == 0 ? base : "\(base)_\(index + 1)" }
}
