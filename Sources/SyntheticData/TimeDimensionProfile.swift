import Model
import SQLite

/// `time_dim`: one row per minute of the day, keyed like TPC-DS by the second since midnight
/// (`t_time_sk` 0, 60, 120, ...), with hour, minute, AM/PM, shift, sub-shift and meal time.
/// Minutes rather than the 86,400 seconds of TPC-DS keep small databases small and fast to hash.
struct TimeDimensionProfile: TableProfile {
    /// Seconds between rows: 60 gives 1,440 rows; 1 would give the 86,400 rows of TPC-DS.
    static let step = 60

    func rowCount(scale: Double, data: GeneratedData) -> Int? { 86_400 / TimeDimensionProfile.step }

    func allowsNulls(in column: String) -> Bool { false }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        let seconds = index * TimeDimensionProfile.step
        let hour = seconds / 3600
        row["t_time_sk"] = .int(seconds)
        row["t_time_id"] = .text(BusinessKey.id(seconds + 1))
        row["t_time"] = .int(seconds)
        row["t_hour"] = .int(hour)
        row["t_minute"] = .int(seconds / 60 % 60)
        row["t_second"] = .int(seconds % 60)
        row["t_am_pm"] = .text(hour < 12 ? "AM" : "PM")
        row["t_shift"] = .text((6..<14).contains(hour) ? "first" : (14..<22).contains(hour) ? "second" : "third")
        let subShift: String
        switch hour {
        case 6..<12: subShift = "morning"
        case 12..<17: subShift = "afternoon"
        case 17..<22: subShift = "evening"
        default: subShift = "night"
        }
        row["t_sub_shift"] = .text(subShift)
        switch hour {
        case 6..<9: row["t_meal_time"] = .text("breakfast")
        case 11..<14: row["t_meal_time"] = .text("lunch")
        case 17..<20: row["t_meal_time"] = .text("dinner")
        default: row["t_meal_time"] = .null
        }
    }
}
