import Model
import SQLite

/// Chooses values that look like the domain for a table outside TPC-DS, from what each column
/// means: its name's words, the table's words, its type, its semantic role and unit
/// (docs/semantic-model.md) and its description (the values an imported enum lists). Returns nil
/// for a column it does not recognise, which then gets ``ColumnHeuristics``' recipe.
struct DomainHeuristics {
    let table: Table
    let shapes: [ColumnShape]
    let window: DateWindow
    /// Words of the table's name, singular and plural ("orders" gives "orders" and "order").
    let tableWords: Set<String>
    /// Words of each column's name.
    let words: [[String]]

    static let personTables: Set<String> = ["customer", "user", "employee", "person", "people", "member", "author", "staff",
                                             "contact", "buyer", "agent", "student", "patient", "client", "driver", "seller"]
    static let companyTables: Set<String> = ["supplier", "vendor", "company", "manufacturer", "brand", "carrier", "shipper",
                                              "partner", "publisher", "merchant", "organization", "distributor"]
    static let productTables: Set<String> = ["product", "item", "article", "good", "sku", "variant"]
    static let categoryTables: Set<String> = ["category", "department", "genre", "collection"]

    init(table: Table, shapes: [ColumnShape], window: DateWindow) {
        self.table = table
        self.shapes = shapes
        self.window = window
        var tableWords = Set<String>()
        for word in ColumnUseClass.words(of: table.name) {
            tableWords.insert(word)
            tableWords.insert(DomainHeuristics.singular(word))
        }
        self.tableWords = tableWords
        words = table.columns.map { ColumnUseClass.words(of: $0.name) }
    }

    /// The recipe for column `position`, nil when its meaning is not recognised.
    func recipe(for position: Int) -> ValueRecipe? {
        let column = table.columns[position]
        let semantics = SemanticDerivation.resolved(column, in: table)
        switch semantics.role {
        case .key?, .businessKey?, .identifier?, .recordDate?, .timeGrain?: return nil
        default: break
        }
        let shape = shapes[position]
        if shape.isBoolean || semantics.role == .flag { return .domain(flag(position, text: shape.family == .text)) }
        if let listed = DomainHeuristics.listedValues(in: column.description) { return .domain(.weighted(listed)) }
        switch shape.family {
        case .text: return text(position, semantics: semantics)
        case .integer: return integer(position, semantics: semantics)
        case .decimal: return decimal(position, semantics: semantics)
        case .date: return date(position)
        default: return nil
        }
    }

    /// Whether column `position`'s name has any of `candidates` among its words.
    func has(_ position: Int, _ candidates: String...) -> Bool {
        candidates.contains(where: words[position].contains)
    }

    /// Whether the table's name has any of `candidates` among its words (singular or plural).
    func tableIs(_ candidates: Set<String>) -> Bool {
        !tableWords.isDisjoint(with: candidates)
    }

    /// The first column other than `position` whose words satisfy `test` (and whose type family
    /// is `family`, when given).
    func column(except position: Int, family: SQLTypeFamily? = nil, where test: ([String]) -> Bool) -> Int? {
        table.columns.indices.first { $0 != position && test(words[$0]) && (family == nil || shapes[$0].family == family) }
    }

    /// A flag: mostly true for active, verified, available ... rows; mostly false for deleted,
    /// discontinued, cancelled ... rows; else even.
    func flag(_ position: Int, text: Bool) -> DomainRecipe {
        let rare: Set<String> = ["deleted", "discontinued", "cancelled", "canceled", "archived", "blocked", "banned", "fraud",
                                 "returned", "suspended", "disabled", "refunded", "test", "gift", "flagged", "spam"]
        let common: Set<String> = ["active", "enabled", "verified", "available", "published", "visible", "subscribed",
                                   "approved", "valid", "confirmed", "paid", "stock", "purchase"]
        let probability = words[position].contains(where: rare.contains) ? 0.08
            : (words[position].contains(where: common.contains) ? 0.85 : 0.5)
        return .chance(probability, text: text)
    }

    /// The quoted values a description lists (`One of 'placed', 'shipped'.`, written by the schema
    /// importer for enums), the first the most common; nil when it lists fewer than two.
    static func listedValues(in description: String) -> DomainVocabulary.Weighted? {
        let pieces = description.split(separator: "'", omittingEmptySubsequences: false)
        guard pieces.count >= 5 else { return nil }
        let values = stride(from: 1, to: pieces.count - 1, by: 2).map { String(pieces[$0]) }
        // Between the values only commas, slashes, "or" and "and": apostrophes of prose are no list.
        let separators = stride(from: 2, to: pieces.count - 2, by: 2).map {
            pieces[$0].split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" }).filter { $0 != "or" && $0 != "and" }
        }
        guard values.count >= 2, separators.allSatisfy(\.isEmpty),
              values.allSatisfy({ !$0.isEmpty && $0.count <= 40 }) else { return nil }
        return DomainVocabulary.Weighted(values: values, weights: values.indices.map { values.count * 2 - $0 })
    }

    /// A lower-case word without a plural ending ("categories" → "category", "boxes" → "box").
    static func singular(_ word: String) -> String {
        if word.count < 4 || word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        if word.hasSuffix("ies") { return word.dropLast(3) + "y" }
        for ending in ["xes", "ches", "shes", "sses"] where word.hasSuffix(ending) { return String(word.dropLast(2)) }
        return word.hasSuffix("s") ? String(word.dropLast()) : word
    }
}
