import Model
import SQLite

/// `ship_mode`: type (EXPRESS, NEXT DAY, ...) x code (AIR, SURFACE, ...) with carriers (UPS,
/// FEDEX, DHL, USPS, ...) and a contract code.
struct ShipModeProfile: TableProfile {
    func rowCount(scale: Double, data: GeneratedData) -> Int? { scaled(20, scale) }

    func allowsNulls(in column: String) -> Bool { false }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        let types = CommerceVocabulary.shipModeTypes
        let codes = CommerceVocabulary.shipModeCodes
        let carriers = CommerceVocabulary.carriers
        row["sm_ship_mode_sk"] = .int(index + 1)
        row["sm_ship_mode_id"] = .text(BusinessKey.id(index + 1))
        row["sm_type"] = .text(types[index % types.count])
        row["sm_code"] = .text(codes[(index / types.count + index) % codes.count])
        row["sm_carrier"] = .text(carriers[index % carriers.count])
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        row["sm_contract"] = .text(String((0..<random.int(in: 8...20)).map { _ in random.pick(alphabet) }))
    }
}
