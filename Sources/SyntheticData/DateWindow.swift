import Model
import SQLite

/// The days that dates of tables outside TPC-DS fall in: the three years before a fixed reference
/// day (never the wall clock, so the same seed gives the same data every day), or the TPC-DS
/// calendar when the schema has a calendar table, so that dates agree with it.
struct DateWindow: Sendable, Equatable {
    /// First and last Julian day.
    let days: ClosedRange<Int>

    /// 2023-01-01 to 2025-12-31.
    static let recent = DateWindow(days: CivilDate(year: 2023, month: 1, day: 1).julianDay...CivilDate(year: 2025, month: 12, day: 31).julianDay)
    /// 1998-01-01 to 2003-12-31, the TPC-DS calendar.
    static let tpcds = DateWindow(days: ValueRecipe.firstDay...ValueRecipe.lastDay)
    /// Birth dates: 1950-01-01 to 2005-12-31.
    static let births = DateWindow(days: CivilDate(year: 1950, month: 1, day: 1).julianDay...CivilDate(year: 2005, month: 12, day: 31).julianDay)

    /// The TPC-DS calendar when the schema has a calendar table (or a TPC-DS table), else the recent window.
    static func of(_ schema: Schema) -> DateWindow {
        let calendar = schema.tables.contains { table in
            TPCDSProfiles.profile(for: table) != nil || SemanticDerivation.timeDimension(of: table) == "date"
        }
        return calendar ? .tpcds : .recent
    }

    /// The years of the window.
    var years: ClosedRange<Int> { CivilDate(julianDay: days.lowerBound).year...CivilDate(julianDay: days.upperBound).year }

    /// Every second of the window, counted from Julian day 0.
    var seconds: ClosedRange<Int> { days.lowerBound * 86_400...(days.upperBound * 86_400 + 86_399) }

    /// `YYYY-MM-DD` (or `YYYY-MM-DD HH:MM:SS`) of second `second`.
    func value(second: Int, timestamp: Bool) -> SQLValue {
        let date = CivilDate(julianDay: second / 86_400).iso
        return .text(timestamp ? "\(date) \(ValueRecipe.clock(second % 86_400))" : date)
    }

    /// The second a date or timestamp text stands for (a date: its first second), nil otherwise.
    static func second(of value: SQLValue) -> Int? {
        guard let text = value.textValue, let day = ValueRecipe.julianDay(iso: text) else { return nil }
        let clock = text.dropFirst(11).split(separator: ":").compactMap { Int($0) }
        let time = clock.count >= 2 ? clock[0] * 3600 + clock[1] * 60 + (clock.count > 2 ? clock[2] : 0) : 0
        return day * 86_400 + time
    }
}
