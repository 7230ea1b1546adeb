import Model
import SQLite

/// `promotion`: promotions of an item between a start date and a later end date, with channel
/// flags, cost, purpose and whether the discount is active.
struct PromotionProfile: TableProfile {
    private var dates = SortedKeys([])

    func rowCount(scale: Double, data: GeneratedData) -> Int? { scaled(100, scale) }

    mutating func prepare(data: GeneratedData, random: inout SeededRandom) {
        dates = SortedKeys(data, "date_dim", "d_date_sk")
    }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        let key = index + 1
        let flag = { (random: inout SeededRandom, yes: Double) -> SQLValue in .text(random.chance(yes) ? "Y" : "N") }
        row["p_promo_sk"] = .int(key)
        row["p_promo_id"] = .text(BusinessKey.id(key))
        if let start = dates.random(using: &random) {
            row["p_start_date_sk"] = .int(start)
            row["p_end_date_sk"] = .int(dates.shifted(start, by: random.int(in: 30...120)) ?? start)
        }
        if let item = data.table("item")?.randomValue("i_item_sk", using: &random), !item.isNull {
            row["p_item_sk"] = item
        }
        row["p_cost"] = .cents(100_000)
        row["p_response_target"] = .int(1)
        row["p_promo_name"] = .text(BusinessKey.word(key))
        row["p_channel_dmail"] = flag(&random, 0.5)
        row["p_channel_email"] = flag(&random, 0.3)
        row["p_channel_catalog"] = flag(&random, 0.3)
        row["p_channel_tv"] = flag(&random, 0.3)
        row["p_channel_radio"] = flag(&random, 0.3)
        row["p_channel_press"] = flag(&random, 0.3)
        row["p_channel_event"] = flag(&random, 0.3)
        row["p_channel_demo"] = flag(&random, 0.3)
        row["p_channel_details"] = .text(ValueRecipe.sentence(words: random.int(in: 5...15), random: &random))
        row["p_purpose"] = .text(random.pick(CommerceVocabulary.promotionPurposes))
        row["p_discount_active"] = flag(&random, 0.2)
    }
}
