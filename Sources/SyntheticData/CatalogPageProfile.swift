import Model
import SQLite

/// `catalog_page`: pages of numbered catalogs (bi-annual, quarterly, monthly) with start and end
/// dates matching the catalog type.
struct CatalogPageProfile: TableProfile {
    static let pagesPerCatalog = 10
    private var dates = SortedKeys([])

    func rowCount(scale: Double, data: GeneratedData) -> Int? { scaled(60, scale) }

    mutating func prepare(data: GeneratedData, random: inout SeededRandom) {
        dates = SortedKeys(data, "date_dim", "d_date_sk")
    }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        let key = index + 1
        let catalog = index / CatalogPageProfile.pagesPerCatalog + 1
        let types = CommerceVocabulary.catalogTypes
        let type = types[(catalog - 1) % types.count]
        let days = type == "bi-annual" ? 182 : type == "quarterly" ? 91 : 30
        row["cp_catalog_page_sk"] = .int(key)
        row["cp_catalog_page_id"] = .text(BusinessKey.id(key))
        if let start = dates.values.isEmpty ? nil : dates.values[(catalog * 97) % dates.values.count] {
            row["cp_start_date_sk"] = .int(start)
            row["cp_end_date_sk"] = .int(dates.shifted(start, by: days - 1) ?? start)
        }
        row["cp_department"] = .text("DEPARTMENT")
        row["cp_catalog_number"] = .int(catalog)
        row["cp_catalog_page_number"] = .int(index % CatalogPageProfile.pagesPerCatalog + 1)
        row["cp_description"] = .text(ValueRecipe.sentence(words: random.int(in: 6...15), random: &random))
        row["cp_type"] = .text(type)
    }
}
