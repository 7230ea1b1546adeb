import Model

/// Turns a ``SyntheticLayout`` into tables and foreign keys: column lists with types, roles and
/// descriptions, primary keys, and the composite key from a reversal fact to the fact it reverses.
struct SyntheticTableBuilder {
    private let layout: SyntheticLayout
    private var random: SeededRandom
    /// Primary-key columns per planned fact, once built.
    private var factKeys: [[String]]

    init(layout: SyntheticLayout, seed: UInt64) {
        self.layout = layout
        random = SeededRandom(seed: seed, stream: "schema-synthesis/columns")
        factKeys = Array(repeating: [], count: layout.facts.count)
    }

    mutating func build() -> (tables: [Table], foreignKeys: [ForeignKey]) {
        var tables: [Table] = []
        var foreignKeys: [ForeignKey] = []
        tables.reserveCapacity(layout.order.count)
        for entry in layout.order {
            let (table, keys) = switch entry {
            case .dimension(let index): dimensionTable(index)
            case .fact(let index): factTable(index)
            }
            tables.append(table)
            foreignKeys += keys
        }
        return (tables, foreignKeys)
    }

    // MARK: Dimensions

    private mutating func dimensionTable(_ index: Int) -> (Table, [ForeignKey]) {
        let dimension = layout.dimensions[index]
        var columns = ColumnList(prefix: dimension.prefix)
        var keys: [ForeignKey] = []
        let description: String
        switch dimension.kind {
        case .date, .time:
            let count = dimension.kind == .date ? random.int(in: 8...20) : random.int(in: 6...10)
            for template in dimension.templates.prefix(count) {
                columns.add(template, phrase: dimension.phrase)
            }
            description = dimension.kind == .date
                ? "One calendar day with its year, quarter, month, weekday and holiday flags."
                : "One second of the day with its hour, minute, shift and meal period."
        case .regular, .sub:
            let target = random.int(in: 5...20)
            columns.add("\(dimension.name)_sk", type: "integer", role: .key, nullable: false,
                        description: "unique key of the \(dimension.phrase)")
            columns.add("\(dimension.name)_id", type: "char(16)", role: .identifier, nullable: false,
                        description: "business identifier string of the \(dimension.phrase)")
            for sub in dimension.subDimensions.map({ layout.dimensions[$0] }) {
                let column = columns.add("\(sub.name)_sk", type: "integer", role: .foreignKey,
                                         description: "\(sub.phrase) of the \(dimension.phrase) (key into \(sub.name))")
                keys.append(ForeignKey(childTable: dimension.name, childColumns: [column],
                                       parentTable: sub.name, parentColumns: [sub.keyColumn]))
            }
            var described: [String] = []
            let pool = dimension.templates + shuffled(GenericVocabulary.dimensionAttributes)
            for template in pool where columns.count < target {
                if columns.add(template, phrase: dimension.phrase) {
                    described.append(template.name)
                }
            }
            let features = Self.list(described.prefix(3).map(Self.words))
            if let parent = dimension.parentPhrase {
                description = "One \(dimension.phrase) that groups \(parent) rows, with its \(features)."
            } else {
                description = "One \(dimension.phrase) with its \(features)."
            }
        }
        let table = Table(name: dimension.name, kind: .dimension, subjectArea: dimension.subjectArea,
                          description: description, primaryKey: [dimension.keyColumn], columns: columns.columns)
        return (table, keys)
    }

    // MARK: Facts

    private mutating func factTable(_ index: Int) -> (Table, [ForeignKey]) {
        let fact = layout.facts[index]
        let event = fact.event
        var columns = ColumnList(prefix: fact.prefix)
        var keys: [ForeignKey] = []
        var referenceColumns: [String] = []
        var seen: [Int: Int] = [:]
        var dateRoles = 0
        var timeRoles = 0
        for reference in fact.references {
            let dimension = layout.dimensions[reference]
            let base: String
            let description: String
            switch dimension.kind {
            case .date:
                let role = Self.dateRole(dateRoles, of: event)
                dateRoles += 1
                base = "\(role)_date_sk"
                description = "\(Self.words(role)) date of the \(event.phrase) (key into \(dimension.name))"
            case .time:
                let role = Self.dateRole(timeRoles, of: event)
                timeRoles += 1
                base = "\(role)_time_sk"
                description = "\(Self.words(role)) time of day of the \(event.phrase) (key into \(dimension.name))"
            case .regular, .sub:
                let occurrence = seen[reference, default: 0]
                seen[reference] = occurrence + 1
                if occurrence == 0 {
                    base = "\(dimension.name)_sk"
                    description = "\(dimension.phrase) of the \(event.phrase) (key into \(dimension.name))"
                } else {
                    let role = GenericVocabulary.roles[(occurrence - 1) % GenericVocabulary.roles.count]
                    base = "\(role.name)_\(dimension.name)_sk"
                    description = "\(role.phrase) \(dimension.phrase) of the \(event.phrase) (key into \(dimension.name))"
                }
            }
            let column = columns.add(base, type: "integer", role: .foreignKey, description: description)
            referenceColumns.append(column)
            keys.append(ForeignKey(childTable: fact.name, childColumns: [column],
                                   parentTable: dimension.name, parentColumns: [dimension.keyColumn]))
        }
        let number = columns.add(event.number.name, type: event.number.type, role: .identifier, nullable: false,
                                 description: event.number.description)

        // The key: the primary dimension's column and the event number (TPC-DS: item and ticket).
        let primary = fact.reverses == nil ? layout.primaryDimension(of: fact) : fact.references[0]
        let keyColumn = referenceColumns[fact.references.firstIndex(of: primary) ?? 0]
        columns.requireValue(keyColumn)
        factKeys[index] = [keyColumn, number]
        if let parent = fact.reverses {
            keys.append(ForeignKey(childTable: fact.name, childColumns: [keyColumn, number],
                                   parentTable: layout.facts[parent].name, parentColumns: factKeys[parent]))
        }

        let target = random.int(in: 8...25)
        let attributeCount = random.int(in: 0...2)
        let measureTarget = columns.count + max(2, target - columns.count - attributeCount)
        var measured: [String] = []
        for template in event.measures + shuffled(GenericVocabulary.factMeasures) where columns.count < measureTarget {
            if columns.add(template, phrase: event.phrase) {
                measured.append(template.name)
            }
        }
        for template in shuffled(GenericVocabulary.factAttributes).prefix(attributeCount) {
            columns.add(template, phrase: event.phrase)
        }

        let qualifier = fact.qualifier.map { Self.words($0) + " " } ?? ""
        let grain = ColumnTemplate.split(event.grain, at: "{q}").joined(separator: qualifier)
        let description = Self.articles("One \(grain), with its \(Self.list(measured.prefix(3).map(Self.words))).")
        let table = Table(name: fact.name, kind: .fact, subjectArea: fact.subjectArea, description: description,
                          primaryKey: [keyColumn, number], columns: columns.columns)
        return (table, keys)
    }

    /// The `occurrence`-th calendar role of `event`: its own roles first, then generic ones.
    private static func dateRole(_ occurrence: Int, of event: FactEvent) -> String {
        if occurrence < event.dateRoles.count {
            return event.dateRoles[occurrence]
        }
        let extra = GenericVocabulary.extraDateRoles
        let index = occurrence - event.dateRoles.count
        return index < extra.count ? extra[index] : "other_\(index - extra.count + 2)"
    }

    // MARK: Text

    private static func words(_ name: String) -> String {
        name.split(separator: "_").joined(separator: " ")
    }

    /// `text` with "a" before a vowel turned into "an" ("a email campaign" -> "an email campaign").
    private static func articles(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices.dropLast() where words[index] == "a" {
            if let first = words[index + 1].first, "aeiou".contains(first) {
                words[index] = "an"
            }
        }
        return words.joined(separator: " ")
    }

    /// `a`, `a and b`, `a, b and c`.
    private static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: "attributes"
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    private mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, random.int(in: 0...index))
        }
        return result
    }
}
