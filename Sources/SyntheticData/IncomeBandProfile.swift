import Model
import SQLite

/// `income_band`: the 20 TPC-DS bands of 10,000 (0-10000, 10001-20000, ..., 190001-200000).
struct IncomeBandProfile: TableProfile {
    func rowCount(scale: Double, data: GeneratedData) -> Int? { 20 }

    func allowsNulls(in column: String) -> Bool { false }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        row["ib_income_band_sk"] = .int(index + 1)
        row["ib_lower_bound"] = .int(index == 0 ? 0 : index * 10_000 + 1)
        row["ib_upper_bound"] = .int((index + 1) * 10_000)
    }
}
