/// A proleptic Gregorian calendar date with Julian-day-number arithmetic (TPC-DS uses Julian day
/// numbers as date keys: 1998-01-01 is 2450815).
struct CivilDate: Sendable, Equatable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date of Julian day number `julianDay` (Fliegel and Van Flandern).
    init(julianDay: Int) {
        let a = julianDay + 32044
        let b = (4 * a + 3) / 146097
        let c = a - 146097 * b / 4
        let d = (4 * c + 3) / 1461
        let e = c - 1461 * d / 4
        let m = (5 * e + 2) / 153
        day = e - (153 * m + 2) / 5 + 1
        month = m + 3 - 12 * (m / 10)
        year = 100 * b + d - 4800 + m / 10
    }

    /// The Julian day number (days since 4714 BC, noon).
    var julianDay: Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    /// 0 = Sunday ... 6 = Saturday.
    var dayOfWeek: Int { (julianDay + 1) % 7 }

    var dayName: String { CivilDate.dayNames[dayOfWeek] }

    var quarter: Int { (month - 1) / 3 + 1 }

    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The same day `months` months earlier or later, clamped to the end of a shorter month.
    func addingMonths(_ months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        return CivilDate(year: newYear, month: newMonth, day: min(day, CivilDate.daysIn(year: newYear, month: newMonth)))
    }

    /// `YYYY-MM-DD`.
    var iso: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The `n`-th (1-based) given weekday of a month, e.g. the 4th Thursday of November.
    static func nthWeekday(_ n: Int, weekday: Int, year: Int, month: Int) -> CivilDate {
        let first = CivilDate(year: year, month: month, day: 1)
        let offset = (weekday - first.dayOfWeek + 7) % 7
        return CivilDate(year: year, month: month, day: 1 + offset + 7 * (n - 1))
    }

    /// The last given weekday of a month, e.g. the last Monday of May.
    static func lastWeekday(_ weekday: Int, year: Int, month: Int) -> CivilDate {
        let last = CivilDate(year: year, month: month, day: daysIn(year: year, month: month))
        let offset = (last.dayOfWeek - weekday + 7) % 7
        return CivilDate(year: year, month: month, day: last.day - offset)
    }
}
