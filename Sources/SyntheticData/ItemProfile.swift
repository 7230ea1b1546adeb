import Model
import SQLite

/// `item`: TPC-DS categories and classes with consistent category, class and brand ids, brands
/// such as `amalgimporto #1`, prices with the wholesale cost below the current price, colours,
/// sizes, units, manufacturers and record dates.
struct ItemProfile: TableProfile {
    func rowCount(scale: Double, data: GeneratedData) -> Int? { scaled(1000, scale) }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        let key = index + 1
        row["i_item_sk"] = .int(key)
        row["i_item_id"] = .text(BusinessKey.id(key))
        let starts = ProductVocabulary.recordStartDates
        let start = random.int(in: 0...(starts.count - 1))
        row["i_rec_start_date"] = .text(starts[start])
        if start + 1 < starts.count, random.chance(0.4), let next = ValueRecipe.julianDay(iso: starts[start + 1]) {
            row["i_rec_end_date"] = .text(CivilDate(julianDay: next - 1).iso)
        } else {
            row["i_rec_end_date"] = .null
        }
        row["i_item_desc"] = .text(ValueRecipe.sentence(words: random.int(in: 6...20), random: &random))
        let price = random.int(in: 100...9999)
        let wholesale = max(1, min(price - 1, Int((Double(price) * (0.3 + 0.6 * random.unit())).rounded())))
        row["i_current_price"] = .cents(price)
        row["i_wholesale_cost"] = .cents(wholesale)

        let category = random.pick(ProductVocabulary.categories)
        let classIndex = random.int(in: 0...(category.classes.count - 1))
        let brandNumber = random.int(in: 1...10)
        row["i_brand_id"] = .int(ProductVocabulary.brandID(categoryID: category.id, classID: classIndex + 1, number: brandNumber))
        row["i_brand"] = .text(ProductVocabulary.brand(categoryID: category.id, classID: classIndex + 1, number: brandNumber))
        row["i_class_id"] = .int(classIndex + 1)
        row["i_class"] = .text(category.classes[classIndex])
        row["i_category_id"] = .int(category.id)
        row["i_category"] = .text(category.name)
        let manufacturer = random.int(in: 1...1000)
        row["i_manufact_id"] = .int(manufacturer)
        row["i_manufact"] = .text(BusinessKey.word(manufacturer))
        row["i_size"] = .text(random.pick(ProductVocabulary.sizes))
        row["i_formulation"] = .text("\(random.int(in: 1_000_000...9_999_999))\(random.pick(ProductVocabulary.colors))\(random.int(in: 10...9999))")
        row["i_color"] = .text(random.pick(ProductVocabulary.colors))
        row["i_units"] = .text(random.pick(ProductVocabulary.units))
        row["i_container"] = .text("Unknown")
        row["i_manager_id"] = .int(random.int(in: 1...100))
        row["i_product_name"] = .text(BusinessKey.word(key))
    }
}
