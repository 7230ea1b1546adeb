/// The US federal holidays (on their nominal dates): New Year's Day, Martin Luther King Jr. Day,
/// Presidents' Day, Memorial Day, Independence Day, Labor Day, Columbus Day, Veterans Day,
/// Thanksgiving and Christmas.
enum USHolidays {
    static func contains(_ date: CivilDate) -> Bool {
        let (year, month, day) = (date.year, date.month, date.day)
        switch (month, day) {
        case (1, 1), (7, 4), (11, 11), (12, 25): return true
        default: break
        }
        let monday = 1
        let thursday = 4
        switch month {
        case 1: return date == CivilDate.nthWeekday(3, weekday: monday, year: year, month: 1)
        case 2: return date == CivilDate.nthWeekday(3, weekday: monday, year: year, month: 2)
        case 5: return date == CivilDate.lastWeekday(monday, year: year, month: 5)
        case 9: return date == CivilDate.nthWeekday(1, weekday: monday, year: year, month: 9)
        case 10: return date == CivilDate.nthWeekday(2, weekday: monday, year: year, month: 10)
        case 11: return date == CivilDate.nthWeekday(4, weekday: thursday, year: year, month: 11)
        default: return false
        }
    }
}
