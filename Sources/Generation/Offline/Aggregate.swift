/// One aggregate of a select list with its English reading ("the total net amount paid").
struct Aggregate: Sendable, Equatable {
    enum Function: Sendable, Equatable, CaseIterable {
        case sum, average, minimum, maximum, countDistinct, countKnown, countRows
    }

    let function: Function
    let column: BoundColumn?
    /// The SQL expression, e.g. `SUM(ss.ss_net_paid)`.
    let sql: String
    /// The English noun phrase with article.
    let phrase: String
    /// The output column name.
    let name: String

    /// An aggregate of `column` (or of the rows when `column` is nil; `rows` names them).
    init(_ function: Function, of column: BoundColumn?, rows: String) {
        self.column = column
        guard let column else {
            self.function = .countRows
            sql = "COUNT(*)"
            phrase = "the number of \(rows)"
            name = "row_count"
            return
        }
        self.function = function
        let noun = column.noun
        switch function {
        case .sum:
            sql = "SUM(\(column.sql))"
            phrase = noun.hasPrefix("total ") ? "the sum of the \(noun)" : "the total \(noun)"
            name = column.outputName("total")
        case .average:
            sql = "AVG(\(column.sql))"
            phrase = "the average \(noun)"
            name = column.outputName("avg")
        case .minimum:
            sql = "MIN(\(column.sql))"
            phrase = "the lowest \(noun)"
            name = column.outputName("min")
        case .maximum:
            sql = "MAX(\(column.sql))"
            phrase = "the highest \(noun)"
            name = column.outputName("max")
        case .countDistinct:
            sql = "COUNT(DISTINCT \(column.sql))"
            phrase = column.flagClause == nil ? "the number of distinct \(English.plural(noun))"
                : "the number of distinct values of the \(noun)"
            name = column.outputName("distinct")
        case .countKnown:
            sql = "COUNT(\(column.sql))"
            phrase = "the number of records with a known \(noun)"
            name = column.outputName("known")
        case .countRows:
            sql = "COUNT(*)"
            phrase = "the number of \(rows)"
            name = "row_count"
        }
    }

    /// The phrase without its article, for "ranked by total ..." and similar.
    var bare: String { English.withoutArticle(phrase) }

    /// Whether the function sums or averages an amount (as opposed to counting).
    var isNumericSummary: Bool { [.sum, .average, .minimum, .maximum].contains(function) }
}
