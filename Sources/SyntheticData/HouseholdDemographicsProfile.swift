import Model
import SQLite

/// `household_demographics`: income band x buy potential x vehicle count combinations (as TPC-DS
/// enumerates them) with a random dependant count 0-9.
struct HouseholdDemographicsProfile: TableProfile {
    private var bands = SortedKeys([])

    func rowCount(scale: Double, data: GeneratedData) -> Int? { scaled(720, scale) }

    func allowsNulls(in column: String) -> Bool { false }

    mutating func prepare(data: GeneratedData, random: inout SeededRandom) {
        bands = SortedKeys(data, "income_band", "ib_income_band_sk")
    }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        let bandCount = max(bands.values.count, 1)
        let potentials = PeopleVocabulary.buyPotentials
        row["hd_demo_sk"] = .int(index + 1)
        if !bands.isEmpty { row["hd_income_band_sk"] = .int(bands.values[index % bandCount]) }
        row["hd_buy_potential"] = .text(potentials[(index / bandCount) % potentials.count])
        row["hd_dep_count"] = .int(random.int(in: 0...9))
        row["hd_vehicle_count"] = .int((index / (bandCount * potentials.count)) % 6 - 1)
    }
}
