import Model
import SQLite

/// A WHERE condition and how the question states it, every literal included.
struct Condition: Sendable {
    let sql: String
    let column: FrameColumn
    /// The value the condition holds (the anchor row's).
    let value: SQLValue
    /// The words before and after the column's name: "no " + name, name + " at least 12.50".
    let before: String
    let after: String
    /// The whole phrase when the column's name is not said ("in Q2 2001", "on weekends").
    var spoken: String?
    /// A period of the anchor fact's events: the question states it apart from the other
    /// conditions (``QuestionParts/period``).
    var isPeriod = false

    init(sql: String, column: FrameColumn, value: SQLValue, before: String = "", after: String) {
        self.sql = sql
        self.column = column
        self.value = value
        self.before = before
        self.after = after
    }

    /// "store state TN", "net profit at least 12.50", "no ship date".
    var phrase: String { spoken ?? (before + column.phrase + after) }

    /// The same, naming the column by its label alone (after another condition of its instance).
    var shortPhrase: String { spoken ?? (before + column.label + after) }

    /// A filter on `column` holding the anchor row's value: equality for categories, names, codes,
    /// date parts, flags and short text, a prefix for longer text, a lower bound for amounts, the value's year
    /// for dates (`substr(CAST(d AS TEXT), 1, 4) = '2001'`); `IS NULL` when the row has no value. Nil when no filter fits the value.
    static func on(_ column: FrameColumn, value: SQLValue) -> Condition? {
        guard value != .null else {
            // The anchor row has no value: the filter keeps the rows without one, so the row stays in.
            var condition = Condition(sql: "\(column.sql) IS NULL", column: column, value: value, before: "no ", after: "")
            // A version without an end date is the current one.
            if column.useClass == .recordDate { condition.spoken = "current \(column.role.map { $0 + " " } ?? "")records" }
            return condition
        }
        let literal = ValueText.sql(value, for: column)
        let spoken = ValueText.plain(value, for: column)
        switch column.useClass {
        case .measure, .rate:
            // "At least 0" keeps every row of an amount that is never negative: a zero is asked for
            // itself, an amount that rounds to zero as above it.
            if Double(literal) == 0 {
                let zero = value == .integer(0) || value == .real(0) || value == .text(literal)
                return Condition(sql: "\(column.sql) \(zero ? "=" : ">") \(literal)", column: column, value: value,
                                 after: zero ? " \(spoken)" : " above \(spoken)")
            }
            return Condition(sql: "\(column.sql) >= \(literal)", column: column, value: value, after: " at least \(spoken)")
        case .date:
            guard case .text(let text) = value, text.count >= 4 else { return nil }
            let year = String(text.prefix(4))
            guard Int(year) != nil else { return nil }
            return Condition(sql: "\(Phrase.yearSQL(of: column)) = '\(year)'", column: column, value: value, after: " in \(year)")
        case .text:
            guard case .text(let text) = value else { return nil }
            // A short detail is said whole (a manager's name, a ZIP code, a street type); a longer
            // one (a description) by its first word.
            if text.split(separator: " ").count <= 3, !text.isEmpty {
                return Condition(sql: "\(column.sql) = \(literal)", column: column, value: value, after: " \(spoken)")
            }
            let word = text.split(separator: " ").first.map(String.init) ?? text
            guard !word.isEmpty, !word.contains("%"), !word.contains("_") else { return nil }
            return Condition(sql: "\(column.sql) LIKE \(ValueText.quoted(word + "%"))", column: column, value: value, after: " starting with \(word)")
        case .flag:
            var condition = Condition(sql: "\(column.sql) = \(literal)", column: column, value: value, after: " \(spoken)")
            if let phrase = column.flagPhrase(holds: ["Y", "1", "TRUE", "T"].contains(spoken.uppercased())) { condition.spoken = phrase }
            return condition
        case .recordDate:
            var condition = Condition(sql: "\(column.sql) = \(literal)", column: column, value: value, after: " \(spoken)")
            let isEnd = column.column.name.lowercased().contains("end")
            condition.spoken = "\(column.role.map { $0 + " " } ?? "")records \(isEnd ? "ended" : "valid from") \(spoken)"
            return condition
        case .key, .category, .name, .identifier, .datePart:
            return equal(column, value: value)
        }
    }

    /// `column = value`, said "store state TN".
    static func equal(_ column: FrameColumn, value: SQLValue) -> Condition {
        Condition(sql: "\(column.sql) = \(ValueText.sql(value, for: column))", column: column, value: value,
                  after: " \(ValueText.plain(value, for: column))")
    }

    /// `column IN (a, b)` for a category or name and two of its values, said "store state TN or
    /// SD"; nil for other classes (a descriptive detail picks one entity's value: no "suite number
    /// Suite L or Suite O") or values that are not two distinct integers or short texts (three
    /// words at most).
    static func either(_ column: FrameColumn, values: [SQLValue]) -> Condition? {
        guard [.category, .name].contains(column.useClass), values.count == 2, values[0] != values[1],
              values.allSatisfy({ value in
                  // Short values only: two free texts of a dozen words are no question.
                  if case .text(let text) = value { return !text.isEmpty && text.split(separator: " ").count <= 3 }
                  if case .integer = value { return true }
                  return false
              }) else { return nil }
        let literals = values.map { ValueText.sql($0, for: column) }
        let spoken = values.map { ValueText.plain($0, for: column) }
        return Condition(sql: "\(column.sql) IN (\(literals.joined(separator: ", ")))", column: column, value: values[0],
                         after: " \(spoken[0]) or \(spoken[1])")
    }

    /// The phrases of `conditions` for a question, gathered by table instance in the frame's order:
    /// the first condition of an instance names it by its role, the next ones by their label only
    /// ("current address city Woodland and state TN").
    static func phrases(_ conditions: [Condition], in frame: SlotFrame) -> [String] {
        let conditions = conditions.filter { !$0.isPeriod }
        let order = frame.instances.map(\.alias)
        let gathered = order.flatMap { alias in conditions.filter { $0.column.alias == alias } }
            + conditions.filter { condition in !order.contains(condition.column.alias) }
        var named: Set<String> = []
        return gathered.map { condition in
            named.insert(condition.column.alias).inserted ? condition.phrase : condition.shortPhrase
        }
    }
}
