import Model
import SQLite

/// `warehouse`: named warehouses with square footage and a consistent US address.
struct WarehouseProfile: TableProfile {
    func rowCount(scale: Double, data: GeneratedData) -> Int? { scaled(5, scale) }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        row["w_warehouse_sk"] = .int(index + 1)
        row["w_warehouse_id"] = .text(BusinessKey.id(index + 1))
        row["w_warehouse_name"] = .text(ValueRecipe.sentence(words: random.int(in: 2...3), random: &random))
        row["w_warehouse_sq_ft"] = .int(random.int(in: 50_000...1_000_000))
        AddressFiller.fill(&row, prefix: "w_", random: &random)
    }
}
