import Model
import SQLite

/// `customer_demographics`: gender, marital status, education, purchase estimate (multiples of
/// 500), credit rating and dependant counts 0-6, drawn from the TPC-DS domains.
struct CustomerDemographicsProfile: TableProfile {
    func rowCount(scale: Double, data: GeneratedData) -> Int? { scaled(2000, scale) }

    func allowsNulls(in column: String) -> Bool { false }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        row["cd_demo_sk"] = .int(index + 1)
        row["cd_gender"] = .text(random.pick(PeopleVocabulary.genders))
        row["cd_marital_status"] = .text(random.pick(PeopleVocabulary.maritalStatuses))
        row["cd_education_status"] = .text(random.pick(PeopleVocabulary.educationStatuses))
        row["cd_purchase_estimate"] = .int(random.int(in: 1...20) * 500)
        row["cd_credit_rating"] = .text(random.pick(PeopleVocabulary.creditRatings))
        row["cd_dep_count"] = .int(random.int(in: 0...6))
        row["cd_dep_employed_count"] = .int(random.int(in: 0...6))
        row["cd_dep_college_count"] = .int(random.int(in: 0...6))
    }
}
