import Model

/// Decides the tables of a synthetic schema and how they reference each other, before any column
/// exists: fact tables grouped in data marts, each mart with its own dimensions (some snowflaked),
/// calendar dimensions shared by the marts of a domain, and conformed dimensions shared with the
/// marts just before it.
///
/// Connectivity holds by construction: every dimension a mart owns is referenced by one of the mart's
/// facts or snowflaked from one of its dimensions; every fact references its domain's calendar; and
/// the first fact of every mart but the first references a dimension of an earlier mart (or, when the
/// earlier marts own none, the previous domain's calendar).
struct SyntheticLayout {
    private struct Mart {
        var area: BusinessArea
        var events: [FactEvent]
        /// Whether `events[1]` reverses `events[0]` (returns of sales).
        var hasReversal: Bool
    }

    static let martsPerDomain = 6
    static let conformedWindow = 8
    /// Most snowflaked children per dimension, while other parents are available.
    static let maxSubDimensions = 3

    private(set) var dimensions: [PlannedDimension] = []
    private(set) var facts: [PlannedFact] = []
    /// All tables in output order.
    private(set) var order: [PlannedTable] = []

    private var random: SeededRandom
    private var names = NameRegistry()
    private var createdEntities: Set<String> = []
    private var qualifierCursor: [String: Int] = [:]
    private var martSerial: [String: Int] = [:]
    private var martDimensions: [[Int]] = []
    private var martDomains: [Int] = []
    private var dateDimensions: [Int] = []
    private var timeDimension: Int?

    init(tableCount: Int, seed: UInt64) {
        random = SeededRandom(seed: seed, stream: "schema-synthesis/layout")
        build(tableCount: tableCount)
    }

    private mutating func build(tableCount: Int) {
        let share = 0.17 + 0.06 * random.unit()
        let factCount = min(max(Int((Double(tableCount) * share).rounded()), 1), tableCount - 1)
        let dimensionCount = tableCount - factCount
        let marts = planMarts(factCount: factCount)
        let domainCount = (marts.count + Self.martsPerDomain - 1) / Self.martsPerDomain
        let dateCount = min(domainCount, dimensionCount)
        let hasTime = dimensionCount - dateCount >= 7
        let regularCount = dimensionCount - dateCount - (hasTime ? 1 : 0)
        var factsSoFar = 0
        for (index, mart) in marts.enumerated() {
            let domain = index / Self.martsPerDomain
            if domain < dateCount, dateDimensions.count == domain {
                addDateDimension(domain: domain, area: mart.area)
            }
            if index == 0, hasTime {
                addTimeDimension()
            }
            // Spread the regular dimensions over the marts in proportion to their facts.
            let first = regularCount * factsSoFar / factCount
            factsSoFar += mart.events.count
            let last = regularCount * factsSoFar / factCount
            addMart(mart, index: index, domain: domain, dimensionBudget: last - first)
        }
    }

    // MARK: Marts

    private mutating func planMarts(factCount: Int) -> [Mart] {
        let areas = shuffled(BusinessArea.catalog)
        var uses = [Int](repeating: 0, count: areas.count)
        var marts: [Mart] = []
        var remaining = factCount
        var turn = 0
        while remaining > 0 {
            let slot = turn % areas.count
            turn += 1
            let area = areas[slot]
            let first = area.events[uses[slot] % area.events.count]
            uses[slot] += 1
            let wanted = min(remaining, martSize())
            var events = [first]
            var hasReversal = false
            if wanted >= 2, let reversal = first.reversals.first, random.chance(0.7) {
                events.append(reversal)
                hasReversal = true
            }
            for other in area.events where events.count < wanted && other.name != first.name {
                events.append(other)
            }
            remaining -= events.count
            marts.append(Mart(area: area, events: events, hasReversal: hasReversal))
        }
        return marts
    }

    /// 1 to 4 facts per mart, mostly 1 or 2.
    private mutating func martSize() -> Int {
        let roll = random.unit()
        return roll < 0.3 ? 1 : roll < 0.7 ? 2 : roll < 0.9 ? 3 : 4
    }

    private mutating func addMart(_ mart: Mart, index: Int, domain: Int, dimensionBudget: Int) {
        let (qualifier, factNames) = claimFactNames(for: mart)
        martDomains.append(domain)

        // The mart's own dimensions: mostly referenced by facts, some snowflaked.
        var subCount = 0
        if dimensionBudget >= 2 {
            subCount = Int((Double(dimensionBudget) * (0.2 + 0.15 * random.unit())).rounded())
            subCount = min(max(subCount, 0), dimensionBudget - 1)
        }
        var owned: [Int] = []
        var tops: [Int] = []
        for number in 0..<(dimensionBudget - subCount) {
            let dimension = addRegularDimension(area: mart.area, qualifier: qualifier, central: number == 0)
            owned.append(dimension)
            tops.append(dimension)
        }
        for _ in 0..<subCount {
            owned.append(addSubDimension(parents: owned))
        }
        martDimensions.append(owned)

        let conformed = martDimensions[max(0, index - Self.conformedWindow)..<index].flatMap { $0 }
        let calendar = dateDimensions.isEmpty ? nil : dateDimensions[min(domain, dateDimensions.count - 1)]
        let firstFact = facts.count
        for (position, event) in mart.events.enumerated() {
            var references: [Int] = []
            var reverses: Int?
            if mart.hasReversal, position == 1 {
                reverses = firstFact
                references.append(primaryDimension(of: facts[firstFact]))
            }
            if let calendar {
                references.append(calendar)
                if event.dateRoles.count >= 2, random.chance(0.45) {
                    references.append(calendar)
                }
            }
            if let timeDimension, domain == 0, (index == 0 && position == 0) || random.chance(0.3) {
                references.append(timeDimension)
            }
            for (slot, top) in tops.enumerated() where slot % mart.events.count == position && !references.contains(top) {
                references.append(top)
            }
            if position == 0, index > 0, let link = conformedLink(pool: conformed, mart: index, calendar: calendar) {
                references.append(link)
            }
            let target = max(references.count, 3 + referenceExtra())
            fill(&references, to: target, local: owned, conformed: conformed, event: event)

            let name = factNames[position]
            facts.append(PlannedFact(name: name, prefix: names.claimPrefix(for: name), event: event,
                                     qualifier: qualifier, subjectArea: mart.area.name,
                                     references: references, reverses: reverses))
            order.append(.fact(facts.count - 1))
        }
    }

    /// 0 to 7 extra references beyond the minimum of 3, mostly 2 to 5.
    private mutating func referenceExtra() -> Int {
        random.int(in: 0...3) + random.int(in: 0...4)
    }

    /// The dimension a fact's primary key starts with: its first non-calendar reference.
    func primaryDimension(of fact: PlannedFact) -> Int {
        fact.references.first { !dimensions[$0].isCalendar } ?? fact.references[0]
    }

    /// A dimension of an earlier mart for the mart's first fact, so that the marts form one graph.
    private mutating func conformedLink(pool: [Int], mart index: Int, calendar: Int?) -> Int? {
        if !pool.isEmpty {
            return pool[random.int(in: 0...(pool.count - 1))]
        }
        // The earlier marts own no dimensions; they hang together through their calendar.
        let previousDomain = martDomains[index - 1]
        guard !dateDimensions.isEmpty else { return nil }
        let previous = dateDimensions[min(previousDomain, dateDimensions.count - 1)]
        return previous == calendar ? nil : previous
    }

    /// Adds references until `target`: the mart's own dimensions, conformed ones, or a second role of one
    /// already referenced (ship date, bill customer).
    private mutating func fill(_ references: inout [Int], to target: Int, local: [Int], conformed: [Int],
                               event: FactEvent) {
        var attempts = 0
        while references.count < target, attempts < target * 6 {
            attempts += 1
            let roll = random.unit()
            if roll < 0.15 || (local.isEmpty && conformed.isEmpty) {
                let candidate = references.isEmpty ? nil : references[random.int(in: 0...(references.count - 1))]
                if let candidate, references.filter({ $0 == candidate }).count < roleLimit(candidate, event: event) {
                    references.append(candidate)
                }
            } else {
                let pool = (roll < 0.4 && !conformed.isEmpty) || local.isEmpty ? conformed : local
                let candidate = pool[random.int(in: 0...(pool.count - 1))]
                if !references.contains(candidate) {
                    references.append(candidate)
                }
            }
        }
    }

    /// How often one fact may reference `dimension` (once per available role name).
    private func roleLimit(_ dimension: Int, event: FactEvent) -> Int {
        switch dimensions[dimension].kind {
        case .date: event.dateRoles.count + GenericVocabulary.extraDateRoles.count
        case .time: event.dateRoles.count
        case .regular: GenericVocabulary.roles.count + 1
        case .sub: 1
        }
    }

    // MARK: Names

    /// A qualifier under which all of the mart's fact names are free, and those names (claimed).
    private mutating func claimFactNames(for mart: Mart) -> (String?, [String]) {
        let area = mart.area
        var qualifiers: [String?] = area.qualifiers.map { $0 }
        qualifiers.append(nil)
        for region in GenericVocabulary.regions {
            qualifiers += area.qualifiers.map { "\(region)_\($0)" }
        }
        let key = "\(area.name)/\(mart.events[0].name)"
        var cursor = qualifierCursor[key] ?? 0
        while cursor < qualifiers.count {
            let qualifier = qualifiers[cursor]
            let candidates = mart.events.map { Self.factName($0, qualifier: qualifier) }
            if candidates.allSatisfy(names.isFree) {
                qualifierCursor[key] = cursor
                candidates.forEach { names.claim($0) }
                return (qualifier, candidates)
            }
            cursor += 1
        }
        qualifierCursor[key] = cursor
        // Every qualifier is taken: number the mart.
        let qualifier = area.qualifiers.first
        var serial = martSerial[key] ?? 2
        while true {
            let candidates = mart.events.map { "\(Self.factName($0, qualifier: qualifier))_\(serial)" }
            serial += 1
            if candidates.allSatisfy(names.isFree) {
                martSerial[key] = serial
                candidates.forEach { names.claim($0) }
                return (qualifier, candidates)
            }
        }
    }

    private static func factName(_ event: FactEvent, qualifier: String?) -> String {
        qualifier.map { "\($0)_\(event.name)" } ?? event.name
    }

    private static func snake(_ text: String) -> String {
        text.split(separator: " ").joined(separator: "_")
    }

    // MARK: Dimensions

    private mutating func appendDimension(_ dimension: PlannedDimension) -> Int {
        dimensions.append(dimension)
        order.append(.dimension(dimensions.count - 1))
        return dimensions.count - 1
    }

    private mutating func addDateDimension(domain: Int, area: BusinessArea) {
        let base = domain == 0 ? "date_dim" : "\(Self.snake(area.name))_date_dim"
        let name = names.claimTable(candidates: [base], base: base)
        let index = appendDimension(PlannedDimension(
            kind: .date, name: name, prefix: names.claimPrefix(for: name), phrase: "calendar day",
            subjectArea: "calendar", templates: GenericVocabulary.dateDimension, rootEntity: "date",
            rootPhrase: "calendar day", parentPhrase: nil))
        dateDimensions.append(index)
    }

    private mutating func addTimeDimension() {
        let name = names.claimTable(candidates: ["time_dim"], base: "time_dim")
        timeDimension = appendDimension(PlannedDimension(
            kind: .time, name: name, prefix: names.claimPrefix(for: name), phrase: "time of day",
            subjectArea: "calendar", templates: GenericVocabulary.timeDimension, rootEntity: "time",
            rootPhrase: "time of day", parentPhrase: nil))
    }

    private mutating func addRegularDimension(area: BusinessArea, qualifier: String?, central: Bool) -> Int {
        let entity = nextEntity(in: area, central: central)
        var candidates = [entity.name]
        if let qualifier {
            candidates.append("\(qualifier)_\(entity.name)")
        }
        candidates += GenericVocabulary.regions.map { "\($0)_\(entity.name)" }
        let name = names.claimTable(candidates: candidates, base: entity.name)
        return appendDimension(PlannedDimension(
            kind: .regular, name: name, prefix: names.claimPrefix(for: name), phrase: entity.phrase,
            subjectArea: entity.subjectArea, templates: entity.attributes, rootEntity: entity.name,
            rootPhrase: entity.phrase, parentPhrase: nil))
    }

    /// An entity not used anywhere yet (the area's own first, its central entity for a mart's first
    /// dimension; then other areas'), else a repeat from the own area under a qualified name.
    private mutating func nextEntity(in area: BusinessArea, central: Bool) -> DimensionEntity {
        let fresh = area.entities.filter { !createdEntities.contains($0.name) }
        let entity: DimensionEntity
        if let first = fresh.first {
            entity = central ? first : fresh[random.int(in: 0...(fresh.count - 1))]
        } else if let other = BusinessArea.catalog.lazy.flatMap(\.entities).first(where: { !createdEntities.contains($0.name) }) {
            entity = other
        } else {
            entity = central ? area.entities[0] : area.entities[random.int(in: 0...(area.entities.count - 1))]
        }
        createdEntities.insert(entity.name)
        return entity
    }

    /// A snowflaked dimension referenced by one of `parents` (which must not be empty).
    private mutating func addSubDimension(parents: [Int]) -> Int {
        let open = parents.filter { dimensions[$0].subDimensions.count < Self.maxSubDimensions }
        let choices = open.isEmpty ? parents : open
        let parent = choices[random.int(in: 0...(choices.count - 1))]
        let root = dimensions[parent].rootEntity
        let taken = dimensions[parent].subDimensions.map { dimensions[$0].name }
        let kinds = GenericVocabulary.subDimensions.filter { kind in
            !root.hasSuffix(kind.suffix) && !taken.contains { $0.hasSuffix("_\(kind.suffix)") }
        }
        let pool = kinds.isEmpty ? GenericVocabulary.subDimensions : kinds
        let kind = pool[random.int(in: 0...(pool.count - 1))]
        let base = "\(root)_\(kind.suffix)"
        let name = names.claimTable(candidates: [base, "\(dimensions[parent].name)_\(kind.suffix)"], base: base)
        let rootPhrase = dimensions[parent].rootPhrase
        let index = appendDimension(PlannedDimension(
            kind: .sub, name: name, prefix: names.claimPrefix(for: name), phrase: "\(rootPhrase) \(kind.phrase)",
            subjectArea: dimensions[parent].subjectArea, templates: kind.columns, rootEntity: root,
            rootPhrase: rootPhrase, parentPhrase: dimensions[parent].phrase))
        dimensions[parent].subDimensions.append(index)
        return index
    }

    // MARK: Random helpers

    private mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, random.int(in: 0...index))
        }
        return result
    }
}
