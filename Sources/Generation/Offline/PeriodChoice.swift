import Foundation
import Model
import SQLite

/// The period a fact question restricts to, as analysts state it: a year, a quarter, a month or a
/// 30-day window, taken from the anchor row's event date (so the period has rows), over the
/// calendar instance of the frame's event edge (docs/semantic-model.md, "Time context").
enum PeriodChoice {
    /// The grains of the calendar instance, bound as frame columns.
    struct Calendar {
        var year: FrameColumn?
        var quarter: FrameColumn?
        var month: FrameColumn?
        var date: FrameColumn?
    }

    /// The calendar columns of `instance` by their semantic grain.
    static func calendar(of instance: SlotFrame.Instance, frame: SlotFrame, semantic: SemanticModel, vocabulary: SchemaVocabulary) -> Calendar {
        var calendar = Calendar()
        for column in instance.table.columns {
            let ref = ColumnRef(table: instance.table.name, column: column.name)
            guard semantic.role(of: ref) == .timeGrain else { continue }
            let bound = frame.bind(column, of: instance, vocabulary: vocabulary)
            switch semantic.semantics(of: ref).grain {
            case .year: calendar.year = calendar.year ?? bound
            case .quarter: calendar.quarter = calendar.quarter ?? bound
            case .month: calendar.month = calendar.month ?? bound
            case .date: calendar.date = calendar.date ?? bound
            default: break
            }
        }
        return calendar
    }

    /// A period condition holding the sampled row `row`; nil when the calendar has no year.
    /// The year of the sampled row `row` alone ("in 2001"); nil without a year.
    static func year(calendar: Calendar, sample: SampleTable, row: Int, rng: inout SeededRandom) -> Condition? {
        guard let year = calendar.year, case .integer(let yearValue) = sample.value(year, row: row) else { return nil }
        return period(sql: "\(year.sql) = \(yearValue)", column: year, phrases: ["in \(yearValue)", "during \(yearValue)"], rng: &rng)
    }

    /// A snapshot fact (stock levels) is read at one date: its levels do not add up over time.
    static func condition(calendar: Calendar, sample: SampleTable, row: Int, snapshot: Bool, rng: inout SeededRandom) -> Condition? {
        if snapshot {
            guard let date = calendar.date, case .text(let day) = sample.value(date, row: row),
                  let parsed = LiteralCheck.isoDate(day) else { return nil }
            return period(sql: "\(date.sql) = \(ValueText.quoted(day))", column: date,
                          phrases: ["on \(spoken(parsed))", "as of \(spoken(parsed))", "at \(spoken(parsed))"], rng: &rng)
        }
        guard let year = calendar.year, case .integer(let yearValue) = sample.value(year, row: row) else { return nil }
        var choices: [String] = ["year", "year"]
        if let quarter = calendar.quarter, case .integer = sample.value(quarter, row: row) { choices += ["quarter", "quarter", "quarter"] }
        if let month = calendar.month, case .integer = sample.value(month, row: row) { choices += ["month", "month"] }
        if let date = calendar.date, case .text = sample.value(date, row: row) { choices += ["window"] }
        switch rng.pick(choices) {
        case "quarter":
            guard let quarter = calendar.quarter, case .integer(let q) = sample.value(quarter, row: row) else { return nil }
            return period(sql: "\(year.sql) = \(yearValue) AND \(quarter.sql) = \(q)", column: year,
                          phrases: ["in Q\(q) \(yearValue)", "during Q\(q) \(yearValue)", "for Q\(q) \(yearValue)"], rng: &rng)
        case "month":
            guard let month = calendar.month, case .integer(let m) = sample.value(month, row: row), (1...12).contains(m) else { return nil }
            let name = LiteralCheck.monthNames[Int(m) - 1].capitalized
            return period(sql: "\(year.sql) = \(yearValue) AND \(month.sql) = \(m)", column: year,
                          phrases: ["in \(name) \(yearValue)", "during \(name) \(yearValue)", "for \(name) \(yearValue)"], rng: &rng)
        case "window":
            guard let date = calendar.date, case .text(let day) = sample.value(date, row: row),
                  let start = LiteralCheck.isoDate(day) else { return nil }
            let days = rng.pick([30, 60, 90])
            guard let end = shifted(start, days: days) else { return nil }
            let from = spoken(start), to = spoken(end)
            let endText = String(format: "%04d-%02d-%02d", end.year, end.month, end.day)
            return period(sql: "\(date.sql) BETWEEN \(ValueText.quoted(day)) AND \(ValueText.quoted(endText))", column: date,
                          phrases: ["between \(from) and \(to)", "from \(from) to \(to)"], rng: &rng)
        default:
            return period(sql: "\(year.sql) = \(yearValue)", column: year,
                          phrases: ["in \(yearValue)", "during \(yearValue)", "for the year \(yearValue)"], rng: &rng)
        }
    }

    /// "August 3, 2000".
    static func spoken(_ date: (year: Int, month: Int, day: Int)) -> String {
        "\(LiteralCheck.monthNames[date.month - 1].capitalized) \(date.day), \(date.year)"
    }

    /// `date` plus `days` days (proleptic Gregorian, UTC).
    static func shifted(_ date: (year: Int, month: Int, day: Int), days: Int) -> (year: Int, month: Int, day: Int)? {
        var calendar = Foundation.Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let start = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)),
              let end = calendar.date(byAdding: .day, value: days, to: start) else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: end)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return (year, month, day)
    }

    private static func period(sql: String, column: FrameColumn, phrases: [String], rng: inout SeededRandom) -> Condition {
        var condition = Condition(sql: sql, column: column, value: .null, after: "")
        condition.spoken = rng.pick(phrases)
        condition.isPeriod = true
        return condition
    }
}
