import Model
import SQLite

/// `customer`: names with matching salutations, birth dates (1924-1992), e-mail addresses built
/// from the names, current demographics and address, first purchase and ship-to dates.
struct CustomerProfile: TableProfile {
    private var dates = SortedKeys([])

    func rowCount(scale: Double, data: GeneratedData) -> Int? { scaled(2000, scale) }

    mutating func prepare(data: GeneratedData, random: inout SeededRandom) {
        dates = SortedKeys(data, "date_dim", "d_date_sk")
    }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        row["c_customer_sk"] = .int(index + 1)
        row["c_customer_id"] = .text(BusinessKey.id(index + 1))
        if let value = data.table("customer_demographics")?.randomValue("cd_demo_sk", using: &random), !value.isNull {
            row["c_current_cdemo_sk"] = value
        }
        if let value = data.table("household_demographics")?.randomValue("hd_demo_sk", using: &random), !value.isNull {
            row["c_current_hdemo_sk"] = value
        }
        if let value = data.table("customer_address")?.randomValue("ca_address_sk", using: &random), !value.isNull {
            row["c_current_addr_sk"] = value
        }
        if let firstSale = dates.random(using: &random) {
            row["c_first_sales_date_sk"] = .int(firstSale)
            row["c_first_shipto_date_sk"] = .int(dates.shifted(firstSale, by: 30) ?? firstSale)
        }
        if let review = dates.random(using: &random) { row["c_last_review_date_sk"] = .int(review) }

        let female = random.chance(0.5)
        let first = random.pick(female ? PeopleVocabulary.femaleFirstNames : PeopleVocabulary.maleFirstNames)
        let last = random.pick(PeopleVocabulary.lastNames)
        row["c_salutation"] = .text(random.pick(female ? PeopleVocabulary.femaleSalutations : PeopleVocabulary.maleSalutations))
        row["c_first_name"] = .text(first)
        row["c_last_name"] = .text(last)
        row["c_preferred_cust_flag"] = .text(random.chance(0.5) ? "Y" : "N")
        let year = random.int(in: 1924...1992)
        let month = random.int(in: 1...12)
        row["c_birth_year"] = .int(year)
        row["c_birth_month"] = .int(month)
        row["c_birth_day"] = .int(random.int(in: 1...CivilDate.daysIn(year: year, month: month)))
        row["c_birth_country"] = .text(random.pick(PlaceVocabulary.countries))
        row["c_login"] = .null
        row["c_email_address"] = .text(ValueRecipe.email(first: first, last: last, random: &random))
    }
}
