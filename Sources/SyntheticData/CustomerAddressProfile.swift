import Model
import SQLite

/// `customer_address`: US addresses with real state codes, matching zip prefixes and GMT offsets.
struct CustomerAddressProfile: TableProfile {
    func rowCount(scale: Double, data: GeneratedData) -> Int? { scaled(1000, scale) }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        row["ca_address_sk"] = .int(index + 1)
        row["ca_address_id"] = .text(BusinessKey.id(index + 1))
        AddressFiller.fill(&row, prefix: "ca_", random: &random)
        row["ca_location_type"] = .text(random.pick(PlaceVocabulary.locationTypes))
    }
}
