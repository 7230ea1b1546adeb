import Model
import SQLite

/// `call_center`: regional call centres (`NY Metro`, `Mid Atlantic`, ...) with class, staff,
/// hours, managers, market, division, company, opening date (every fourth also closed later) and
/// a consistent US address.
struct CallCenterProfile: TableProfile {
    private var dates = SortedKeys([])

    func rowCount(scale: Double, data: GeneratedData) -> Int? { scaled(6, scale) }

    mutating func prepare(data: GeneratedData, random: inout SeededRandom) {
        dates = SortedKeys(data, "date_dim", "d_date_sk")
    }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        let key = index + 1
        let names = CommerceVocabulary.callCenterNames
        row["cc_call_center_sk"] = .int(key)
        row["cc_call_center_id"] = .text(BusinessKey.id(key))
        row["cc_rec_start_date"] = .text(random.pick(ProductVocabulary.recordStartDates))
        row["cc_rec_end_date"] = .null
        if let opened = dates.random(using: &random) {
            row["cc_open_date_sk"] = .int(opened)
            let closed = index % 4 == 3 ? dates.shifted(opened, by: random.int(in: 180...720)) : nil
            row["cc_closed_date_sk"] = closed.map { .int($0) } ?? .null
        }
        row["cc_name"] = .text(names[index % names.count] + (index >= names.count ? " \(index / names.count + 1)" : ""))
        row["cc_class"] = .text(random.pick(CommerceVocabulary.callCenterClasses))
        row["cc_employees"] = .int(random.int(in: 50...700))
        row["cc_sq_ft"] = .int(random.int(in: 5_000...100_000))
        row["cc_hours"] = .text(random.pick(CommerceVocabulary.storeHours))
        row["cc_manager"] = .text(AddressFiller.fullName(random: &random))
        row["cc_mkt_id"] = .int(random.int(in: 1...6))
        row["cc_mkt_class"] = .text(ValueRecipe.sentence(words: random.int(in: 3...8), random: &random))
        row["cc_mkt_desc"] = .text(ValueRecipe.sentence(words: random.int(in: 6...15), random: &random))
        row["cc_market_manager"] = .text(AddressFiller.fullName(random: &random))
        let division = random.int(in: 1...6)
        row["cc_division"] = .int(division)
        row["cc_division_name"] = .text(BusinessKey.word(division))
        let company = random.int(in: 1...6)
        row["cc_company"] = .int(company)
        row["cc_company_name"] = .text(BusinessKey.word(company))
        AddressFiller.fill(&row, prefix: "cc_", random: &random)
        row["cc_tax_percentage"] = .cents(random.int(in: 0...12))
    }
}
