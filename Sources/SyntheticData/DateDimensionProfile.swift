import Model
import SQLite

/// `date_dim`: one row per day from 1998-01-01 to 2003-12-31 with real calendar attributes.
/// `d_date_sk` is the Julian day number as in TPC-DS; month, quarter and week sequences count from
/// January 1900; "current" is 2003-01-08 as in dsdgen.
struct DateDimensionProfile: TableProfile {
    static let firstDay = CivilDate(year: 1998, month: 1, day: 1)
    static let lastDay = CivilDate(year: 2003, month: 12, day: 31)
    static let currentDay = CivilDate(year: 2003, month: 1, day: 8)
    /// Julian day of Sunday 1899-12-31: weeks run Sunday to Saturday and week 1 starts then.
    static let weekOrigin = 2_415_020

    func rowCount(scale: Double, data: GeneratedData) -> Int? {
        DateDimensionProfile.lastDay.julianDay - DateDimensionProfile.firstDay.julianDay + 1
    }

    func allowsNulls(in column: String) -> Bool { false }

    static func weekSequence(_ julianDay: Int) -> Int { (julianDay - weekOrigin) / 7 + 1 }
    static func monthSequence(_ date: CivilDate) -> Int { (date.year - 1900) * 12 + date.month - 1 }
    static func quarterSequence(_ date: CivilDate) -> Int { (date.year - 1900) * 4 + date.quarter }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        let julian = DateDimensionProfile.firstDay.julianDay + index
        let date = CivilDate(julianDay: julian)
        let current = DateDimensionProfile.currentDay
        let week = DateDimensionProfile.weekSequence(julian)
        let flag = { (yes: Bool) -> SQLValue in .text(yes ? "Y" : "N") }
        row["d_date_sk"] = .int(julian)
        row["d_date_id"] = .text(BusinessKey.id(julian))
        row["d_date"] = .text(date.iso)
        row["d_month_seq"] = .int(DateDimensionProfile.monthSequence(date))
        row["d_week_seq"] = .int(week)
        row["d_quarter_seq"] = .int(DateDimensionProfile.quarterSequence(date))
        row["d_year"] = .int(date.year)
        row["d_dow"] = .int(date.dayOfWeek)
        row["d_moy"] = .int(date.month)
        row["d_dom"] = .int(date.day)
        row["d_qoy"] = .int(date.quarter)
        row["d_fy_year"] = .int(date.year)
        row["d_fy_quarter_seq"] = .int(DateDimensionProfile.quarterSequence(date))
        row["d_fy_week_seq"] = .int(week)
        row["d_day_name"] = .text(date.dayName)
        row["d_quarter_name"] = .text("\(date.year)Q\(date.quarter)")
        row["d_holiday"] = flag(USHolidays.contains(date))
        row["d_weekend"] = flag(date.dayOfWeek == 0 || date.dayOfWeek == 6)
        row["d_following_holiday"] = flag(USHolidays.contains(CivilDate(julianDay: julian - 1)))
        row["d_first_dom"] = .int(CivilDate(year: date.year, month: date.month, day: 1).julianDay)
        row["d_last_dom"] = .int(CivilDate(year: date.year, month: date.month,
                                           day: CivilDate.daysIn(year: date.year, month: date.month)).julianDay)
        row["d_same_day_ly"] = .int(date.addingMonths(-12).julianDay)
        row["d_same_day_lq"] = .int(date.addingMonths(-3).julianDay)
        row["d_current_day"] = flag(date == current)
        row["d_current_week"] = flag(week == DateDimensionProfile.weekSequence(current.julianDay))
        row["d_current_month"] = flag(date.year == current.year && date.month == current.month)
        row["d_current_quarter"] = flag(date.year == current.year && date.quarter == current.quarter)
        row["d_current_year"] = flag(date.year == current.year)
    }
}
