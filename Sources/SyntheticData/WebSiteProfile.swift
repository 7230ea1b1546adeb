import Model
import SQLite

/// `web_site`: sites `site_0`, `site_1`, ... with managers, market, company, an opening date (every
/// third site also closed later) and a consistent US address.
struct WebSiteProfile: TableProfile {
    private var dates = SortedKeys([])

    func rowCount(scale: Double, data: GeneratedData) -> Int? { scaled(30, scale) }

    mutating func prepare(data: GeneratedData, random: inout SeededRandom) {
        dates = SortedKeys(data, "date_dim", "d_date_sk")
    }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        let key = index + 1
        row["web_site_sk"] = .int(key)
        row["web_site_id"] = .text(BusinessKey.id(key))
        row["web_rec_start_date"] = .text(random.pick(ProductVocabulary.recordStartDates))
        row["web_rec_end_date"] = .null
        row["web_name"] = .text("site_\(index / 2)")
        if let opened = dates.random(using: &random) {
            row["web_open_date_sk"] = .int(opened)
            let closed = index % 3 == 2 ? dates.shifted(opened, by: random.int(in: 180...900)) : nil
            row["web_close_date_sk"] = closed.map { .int($0) } ?? .null
        }
        row["web_class"] = .text("Unknown")
        row["web_manager"] = .text(AddressFiller.fullName(random: &random))
        row["web_mkt_id"] = .int(random.int(in: 1...6))
        row["web_mkt_class"] = .text(ValueRecipe.sentence(words: random.int(in: 3...8), random: &random))
        row["web_mkt_desc"] = .text(ValueRecipe.sentence(words: random.int(in: 6...15), random: &random))
        row["web_market_manager"] = .text(AddressFiller.fullName(random: &random))
        let company = random.int(in: 1...6)
        row["web_company_id"] = .int(company)
        row["web_company_name"] = .text(BusinessKey.word(company))
        AddressFiller.fill(&row, prefix: "web_", random: &random)
        row["web_tax_percentage"] = .cents(random.int(in: 0...12))
    }
}
