import Model
import SQLite

/// `inventory`: quantity on hand (0-1000) for distinct (week, item, warehouse) triples; the weeks
/// are every seventh date key (Thursdays from 1998-01-01).
struct InventoryProfile: TableProfile {
    private var weeks: [Int] = []
    private var items: [Int] = []
    private var warehouses: [Int] = []
    /// Chosen triples, encoded as `(week * items + item) * warehouses + warehouse`, ascending.
    private var triples: [Int] = []

    func rowCount(scale: Double, data: GeneratedData) -> Int? {
        let weekCount = (data.sortedIntegers("date_dim", "d_date_sk").count + 6) / 7
        let total = weekCount * data.sortedIntegers("item", "i_item_sk").count
            * data.sortedIntegers("warehouse", "w_warehouse_sk").count
        let planned = scaled(10_000, scale)
        return total > 0 ? min(planned, total) : planned
    }

    func allowsNulls(in column: String) -> Bool { column == "inv_quantity_on_hand" }

    mutating func prepare(data: GeneratedData, random: inout SeededRandom) {
        let dates = data.sortedIntegers("date_dim", "d_date_sk")
        weeks = stride(from: 0, to: dates.count, by: 7).map { dates[$0] }
        items = data.sortedIntegers("item", "i_item_sk")
        warehouses = data.sortedIntegers("warehouse", "w_warehouse_sk")
        let total = weeks.count * items.count * warehouses.count
        let wanted = min(rowCount(scale: data.scale, data: data) ?? 0, total)
        guard wanted > 0 else { return }
        if wanted * 2 > total {
            var all = Array(0..<total)
            for index in 0..<wanted {
                all.swapAt(index, random.int(in: index...(total - 1)))
            }
            triples = Array(all[0..<wanted]).sorted()
        } else {
            var chosen = Set<Int>()
            while chosen.count < wanted { chosen.insert(random.int(in: 0...(total - 1))) }
            triples = chosen.sorted()
        }
    }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        if index < triples.count {
            let code = triples[index]
            row["inv_warehouse_sk"] = .int(warehouses[code % warehouses.count])
            row["inv_item_sk"] = .int(items[(code / warehouses.count) % items.count])
            row["inv_date_sk"] = .int(weeks[code / (warehouses.count * items.count)])
        }
        row["inv_quantity_on_hand"] = .int(random.int(in: 0...1000))
    }
}
