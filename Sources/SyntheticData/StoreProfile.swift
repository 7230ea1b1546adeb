import Model
import SQLite

/// `store`: stores named with TPC-DS syllables (`ought`, `able`, ...), staff, floor space, hours,
/// managers, market and a consistent US address; every fourth store has a closing date.
struct StoreProfile: TableProfile {
    private var dates = SortedKeys([])

    func rowCount(scale: Double, data: GeneratedData) -> Int? { scaled(12, scale) }

    mutating func prepare(data: GeneratedData, random: inout SeededRandom) {
        dates = SortedKeys(data, "date_dim", "d_date_sk")
    }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        let key = index + 1
        row["s_store_sk"] = .int(key)
        row["s_store_id"] = .text(BusinessKey.id(key))
        row["s_rec_start_date"] = .text(random.pick(ProductVocabulary.recordStartDates))
        row["s_rec_end_date"] = .null
        if index % 4 == 3, let closed = dates.random(using: &random) {
            row["s_closed_date_sk"] = .int(closed)
        } else {
            row["s_closed_date_sk"] = .null
        }
        row["s_store_name"] = .text(BusinessKey.word(key))
        row["s_number_employees"] = .int(random.int(in: 200...300))
        row["s_floor_space"] = .int(random.int(in: 5_000_000...10_000_000))
        row["s_hours"] = .text(random.pick(CommerceVocabulary.storeHours))
        row["s_manager"] = .text(AddressFiller.fullName(random: &random))
        row["s_market_id"] = .int(random.int(in: 1...10))
        row["s_geography_class"] = .text("Unknown")
        row["s_market_desc"] = .text(ValueRecipe.sentence(words: random.int(in: 5...15), random: &random))
        row["s_market_manager"] = .text(AddressFiller.fullName(random: &random))
        row["s_division_id"] = .int(1)
        row["s_division_name"] = .text("Unknown")
        row["s_company_id"] = .int(1)
        row["s_company_name"] = .text("Unknown")
        AddressFiller.fill(&row, prefix: "s_", random: &random)
        row["s_tax_precentage"] = .cents(random.int(in: 0...11))
        row["s_tax_percentage"] = .cents(random.int(in: 0...11))
    }
}
