import Model
import SQLite

/// Chooses a ``ValueRecipe`` for a column from its name (suffixes such as `_state`, `_zip`,
/// `first_name`, `_flag`), its declared type and its role.
enum ColumnHeuristics {
    /// The recipe for column `position` of `table`.
    static func recipe(for position: Int, in table: Table, shape: ColumnShape, rowCount: Int) -> ValueRecipe {
        let column = table.columns[position]
        let name = column.name.lowercased()
        func ends(_ suffixes: String...) -> Bool { suffixes.contains { name.hasSuffix($0) || name == String($0.drop { $0 == "_" }) } }
        func sibling(_ suffix: String) -> Int? {
            table.columns.indices.first { $0 < position && table.columns[$0].name.lowercased().hasSuffix(suffix) }
        }

        switch shape.family {
        case .text:
            return textRecipe(name: name, ends: ends, sibling: sibling, maxLength: shape.maxLength)
        case .integer:
            return integerRecipe(name: name, ends: ends, role: column.role, rowCount: rowCount, limit: shape.integerLimit)
        case .decimal:
            return decimalRecipe(ends: ends, limit: shape.decimalLimitCents)
        case .date:
            let isTimestamp = column.type.lowercased().hasPrefix("timestamp") || column.type.lowercased().hasPrefix("datetime")
            if ends("_end_date") && !isTimestamp {
                let startName = name.replacingOccurrences(of: "_end_date", with: "_start_date")
                return .endDate(start: table.columns.indices.first { table.columns[$0].name.lowercased() == startName && $0 < position })
            }
            let days = ends("birth_date", "_birthdate") ? 2_423_421...2_448_623 : ValueRecipe.firstDay...ValueRecipe.lastDay
            return isTimestamp ? .dateTime(days) : .date(days)
        case .time:
            return .time
        case .other:
            if shape.isBoolean { return .boolean }
            if shape.isBlob { return .blob }
            return .integer(1...1000)
        }
    }

    private static func textRecipe(name: String, ends: (String...) -> Bool, sibling: (String) -> Int?,
                                   maxLength: Int?) -> ValueRecipe {
        let length = maxLength ?? 200
        if ends("_id") { return length >= 16 ? .businessID : .code(width: length) }
        if ends("_flag") || (length == 1 && (name.hasPrefix("is_") || name.hasPrefix("has_"))) { return .flag }
        if ends("_gender") { return .pick(PeopleVocabulary.genders) }
        if ends("_marital_status") { return .pick(PeopleVocabulary.maritalStatuses) }
        if ends("_education_status") { return .pick(PeopleVocabulary.educationStatuses) }
        if ends("_credit_rating") { return .pick(PeopleVocabulary.creditRatings) }
        if ends("_buy_potential") { return .pick(PeopleVocabulary.buyPotentials) }
        if length == 1 { return .letters(count: 1) }
        if ends("_state") { return length >= 2 ? .state : .letters(count: length) }
        if ends("_city") { return .pick(PlaceVocabulary.cities) }
        if ends("_county") { return .pick(PlaceVocabulary.counties) }
        if ends("_zip", "zip_code", "zipcode", "postal_code") { return length >= 5 ? .zip : .code(width: length) }
        if ends("birth_country") { return .pick(PlaceVocabulary.countries) }
        if ends("_country") { return .pick(["United States"]) }
        if ends("_street_name") { return .streetName }
        if ends("_street_number") { return .streetNumber }
        if ends("_street_type") { return .pick(PlaceVocabulary.streetTypes) }
        if ends("_suite_number") { return .suiteNumber }
        if ends("_location_type") { return .pick(PlaceVocabulary.locationTypes) }
        if ends("first_name") { return .pick(PeopleVocabulary.firstNames) }
        if ends("last_name") { return .pick(PeopleVocabulary.lastNames) }
        if ends("_salutation") { return .pick(PeopleVocabulary.salutations) }
        if ends("_email_address", "email") { return .email(firstName: sibling("first_name"), lastName: sibling("last_name")) }
        if ends("_login") { return .login }
        if ends("_manager") { return .personName }
        if ends("_category") { return .pick(ProductVocabulary.categories.map(\.name)) }
        if ends("_class") { return .pick(ProductVocabulary.categories.flatMap(\.classes)) }
        if ends("_brand") { return .brand }
        if ends("_color") { return .pick(ProductVocabulary.colors) }
        if ends("_size") { return .pick(ProductVocabulary.sizes) }
        if ends("_units") { return .pick(ProductVocabulary.units) }
        if ends("_container") { return .pick(ProductVocabulary.containers) }
        if ends("_formulation") { return .formulation }
        if ends("_manufact") { return .syllableWord }
        if ends("_product_name") { return .rowWord }
        if ends("_day_name") { return .pick(CivilDate.dayNames) }
        if ends("_quarter_name") { return .quarterName }
        if ends("_am_pm") { return .pick(["AM", "PM"]) }
        if ends("_sub_shift") { return .pick(["morning", "afternoon", "evening", "night"]) }
        if ends("_shift") { return .pick(["first", "second", "third"]) }
        if ends("_meal_time") { return .pick(["breakfast", "lunch", "dinner"]) }
        if ends("_hours") { return .pick(CommerceVocabulary.storeHours) }
        if ends("_url") { return .url }
        if ends("_phone", "phone_number") { return .phone }
        if ends("_desc", "_description", "_details") { return .sentence(words: 3...12) }
        if ends("_purpose") { return .pick(CommerceVocabulary.promotionPurposes) }
        if ends("_type", "_kind") { return .pick(CommerceVocabulary.kinds) }
        if ends("_code") { return .code(width: min(length, 6)) }
        if ends("_name") { return .syllableWord }
        if length <= 3 { return .letters(count: length) }
        return .sentence(words: 1...3)
    }

    private static func integerRecipe(name: String, ends: (String...) -> Bool, role: ColumnRole, rowCount: Int,
                                      limit: Int64) -> ValueRecipe {
        let cap = Int(min(limit, Int64(Int.max)))
        func bounded(_ range: ClosedRange<Int>) -> ValueRecipe {
            .integer(min(range.lowerBound, cap)...min(range.upperBound, cap))
        }
        if ends("birth_year") { return bounded(1924...1992) }
        if ends("_year") { return bounded(1998...2003) }
        if ends("birth_month", "_month", "_moy") { return .integer(1...12) }
        if ends("birth_day", "_day", "_dom") { return .integer(1...28) }
        if ends("_dow") { return .integer(0...6) }
        if ends("_hour") { return .integer(0...23) }
        if ends("_minute", "_second") { return .integer(0...59) }
        if ends("_qoy", "_quarter") { return .integer(1...4) }
        if ends("_vehicle_count") { return .integer(-1...4) }
        if ends("_dep_count", "_employed_count", "_college_count") { return .integer(0...6) }
        if ends("_estimate") { return .stepped(1...20, step: 500) }
        if ends("_employees") { return bounded(10...300) }
        if ends("_sq_ft", "_floor_space") { return bounded(5_000...1_000_000) }
        if ends("_quantity", "_qty", "quantity_on_hand") { return bounded(0...100) }
        if ends("_count") { return bounded(0...25) }
        if ends("_sk") { return bounded(1...max(1, rowCount)) }
        if ends("_ticket_number", "_order_number") { return bounded(1...max(1, rowCount)) }
        if role == .measure { return bounded(0...100) }
        return bounded(1...1000)
    }

    private static func decimalRecipe(ends: (String...) -> Bool, limit: Int64) -> ValueRecipe {
        let cap = Int(min(limit, Int64(Int.max / 2)))
        func bounded(_ range: ClosedRange<Int>) -> ValueRecipe {
            .cents(max(range.lowerBound, -cap)...min(range.upperBound, cap))
        }
        if ends("_gmt_offset") { return .gmtOffset }
        if ends("_percentage", "_precentage", "_pct", "_rate") { return bounded(0...11) }
        if ends("_profit", "_loss") { return bounded(-10_000...30_000) }
        if ends("_price", "_cost", "_amt", "_amount", "_paid", "_credit", "_charge", "_cash", "_fee", "_tax") {
            return bounded(0...30_000)
        }
        return bounded(0...100_000)
    }
}
