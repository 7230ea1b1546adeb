import Model
import SQLite

/// Fills the address columns that several TPC-DS tables share (`<prefix>street_number` ...
/// `<prefix>gmt_offset`) with one consistent US address: the zip and GMT offset match the state.
enum AddressFiller {
    static func fill(_ row: inout RowDraft, prefix: String, random: inout SeededRandom) {
        let state = random.pick(PlaceVocabulary.states)
        row[prefix + "street_number"] = .text(String(random.int(in: 1...999)))
        row[prefix + "street_name"] = .text(streetName(random: &random))
        row[prefix + "street_type"] = .text(random.pick(PlaceVocabulary.streetTypes))
        row[prefix + "suite_number"] = .text("Suite \(random.chance(0.5) ? String(random.int(in: 1...49) * 10) : String(random.pick(Array("ABCDEFGHIJKLMNOPQRSTUVWXY"))))")
        row[prefix + "city"] = .text(random.pick(PlaceVocabulary.cities))
        row[prefix + "county"] = .text(random.pick(PlaceVocabulary.counties))
        row[prefix + "state"] = .text(state.code)
        row[prefix + "zip"] = .text(String(state.zipPrefix * 1000 + random.int(in: 0...999)).leftPadded(to: 5))
        row[prefix + "country"] = .text("United States")
        row[prefix + "gmt_offset"] = .cents(state.gmtOffset * 100)
    }

    /// One or two distinct street words: "Oak", "Spring Pine".
    static func streetName(random: inout SeededRandom) -> String {
        let names = PlaceVocabulary.streetNames
        let first = random.int(in: 0...(names.count - 1))
        guard random.chance(0.5) else { return names[first] }
        let second = (first + random.int(in: 1...(names.count - 1))) % names.count
        return "\(names[first]) \(names[second])"
    }

    /// "First Last".
    static func fullName(random: inout SeededRandom) -> String {
        "\(random.pick(PeopleVocabulary.firstNames)) \(random.pick(PeopleVocabulary.lastNames))"
    }
}
