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
    /// `form` draws how a period of whole calendar units is written (``spanned(_:calendar:sample:row:year:months:form:)``).
    static func year(calendar: Calendar, sample: SampleTable, row: Int, rng: inout SeededRandom, form: inout SeededRandom) -> Condition? {
        guard let year = calendar.year, case .integer(let yearValue) = sample.value(year, row: row) else { return nil }
        let sql = spanned("\(year.sql) = \(yearValue)", calendar: calendar, sample: sample, row: row, year: Int(yearValue), months: 1...12, form: &form)
        return period(sql: sql, column: year, phrases: ["in \(yearValue)", "during \(yearValue)", "for \(yearValue)", "throughout \(yearValue)"], rng: &rng)
    }

    /// A snapshot fact (stock levels) is read at one date: its levels do not add up over time.
    /// `form` draws how a year, quarter or month is written (``spanned(_:calendar:sample:row:year:months:form:)``).
    static func condition(calendar: Calendar, sample: SampleTable, row: Int, snapshot: Bool, rng: inout SeededRandom,
                          form: inout SeededRandom) -> Condition? {
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
            let sql = spanned("\(year.sql) = \(yearValue) AND \(quarter.sql) = \(q)", calendar: calendar, sample: sample, row: row,
                              year: Int(yearValue), months: Int(3 * q - 2)...Int(3 * q), form: &form)
            return period(sql: sql, column: year,
                          phrases: ["in Q\(q) \(yearValue)", "during Q\(q) \(yearValue)", "for Q\(q) \(yearValue)", "within Q\(q) \(yearValue)"], rng: &rng)
        case "month":
            guard let month = calendar.month, case .integer(let m) = sample.value(month, row: row), (1...12).contains(m) else { return nil }
            let name = LiteralCheck.monthNames[Int(m) - 1].capitalized
            let sql = spanned("\(year.sql) = \(yearValue) AND \(month.sql) = \(m)", calendar: calendar, sample: sample, row: row,
                              year: Int(yearValue), months: Int(m)...Int(m), form: &form)
            return period(sql: sql, column: year,
                          phrases: ["in \(name) \(yearValue)", "during \(name) \(yearValue)", "for \(name) \(yearValue)", "within \(name) \(yearValue)"], rng: &rng)
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
            let sql = spanned("\(year.sql) = \(yearValue)", calendar: calendar, sample: sample, row: row, year: Int(yearValue), months: 1...12, form: &form)
            return period(sql: sql, column: year,
                          phrases: ["in \(yearValue)", "during \(yearValue)", "for the year \(yearValue)", "for \(yearValue)", "throughout \(yearValue)"], rng: &rng)
        }
    }

    /// A period of whole calendar units (`parts`: the year, the year and quarter, the year and
    /// month) as analysts also write it: the range of dates it spans, `d_date BETWEEN '2001-10-01'
    /// AND '2001-12-31'` (TPC-DS q12, q20, q98 restrict to date ranges), for half of the draws.
    /// The same rows: the calendar's year, quarter and month are parts of its date, which the
    /// sampled row confirms (its date falls in `months` of `year`); else `parts` unchanged. The
    /// question keeps its words ("in Q4 2001"): ``LiteralCheck`` reads a range spanning a whole
    /// year, quarter or month as that period.
    static func spanned(_ parts: String, calendar: Calendar, sample: SampleTable, row: Int, year: Int, months: ClosedRange<Int>,
                        form: inout SeededRandom) -> String {
        guard form.chance(0.5), let date = calendar.date, case .text(let day) = sample.value(date, row: row),
              let parsed = LiteralCheck.isoDate(day), parsed.year == year, months.contains(parsed.month),
              let next = shifted((months.upperBound == 12 ? year + 1 : year, months.upperBound % 12 + 1, 1), days: -1) else { return parts }
        let first = String(format: "%04d-%02d-01", year, months.lowerBound)
        let last = String(format: "%04d-%02d-%02d", next.year, next.month, next.day)
        return "\(date.sql) BETWEEN \(ValueText.quoted(first)) AND \(ValueText.quoted(last))"
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
