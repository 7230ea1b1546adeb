import Model
import SQLite

/// `reason`: return reasons ("Package was damaged", "Did not fit", ...).
struct ReasonProfile: TableProfile {
    func rowCount(scale: Double, data: GeneratedData) -> Int? { scaled(35, scale) }

    func allowsNulls(in column: String) -> Bool { false }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        let reasons = CommerceVocabulary.returnReasons
        row["r_reason_sk"] = .int(index + 1)
        row["r_reason_id"] = .text(BusinessKey.id(index + 1))
        let round = index / reasons.count
        row["r_reason_desc"] = .text(reasons[index % reasons.count] + (round > 0 ? " (\(round + 1))" : ""))
    }
}
