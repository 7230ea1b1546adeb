import Model
import SQLite

/// Everything a recipe needs for one slot and attempt: the frame, the targets with their
/// intended uses, the other columns of the frame's tables, sampled rows and the seeded stream.
struct IntentContext {
    let frame: SlotFrame
    let level: ComplexityLevel
    let targets: [(column: FrameColumn, use: IntendedUse)]
    /// Non-key columns of every instance that are not targets, in frame order.
    let helpers: [FrameColumn]
    let sample: SampleTable
    /// The sampled row that filter values come from.
    let anchorRow: Int
    var rng: SeededRandom
    /// The whole schema and its words, for recipes that reach beyond the slot's tables (a sibling
    /// fact of another channel).
    let schema: Schema
    let vocabulary: SchemaVocabulary
    /// The dialect the SQL is written in (the run's engine); dialect-sensitive constructs are
    /// rendered through it (`SQLDialect+Rendering`).
    let dialect: SQLDialect
    /// The period of the anchor fact's events the question restricts to (``PeriodChoice``); nil
    /// for a dimension or a fact without an event date.
    var period: Condition?
    /// The same period's year alone, for queries that cut the calendar by a finer grain.
    var periodYear: Condition?

    /// The semantic model (metrics, grains), from the frame.
    var semantic: SemanticModel? { frame.semantic }

    /// The anchor row's measure of `column` as a number, if it has one.
    func number(_ column: FrameColumn) -> Double? { value(column).number }

    /// The calendar columns of the period instance by grain (``PeriodChoice/calendar(of:frame:semantic:vocabulary:)``).
    var calendar = PeriodChoice.Calendar()

    func targets(_ use: IntendedUse) -> [FrameColumn] { targets.filter { $0.use == use }.map(\.column) }

    /// Helpers of `classes` with at least `minimum` distinct sampled values, from `alias` when given.
    func helpers(_ classes: Set<ColumnUseClass>, alias: String? = nil, minimum: Int = 1) -> [FrameColumn] {
        helpers.filter { classes.contains($0.useClass) && (alias == nil || $0.alias == alias)
            && sample.distinctCount(of: $0) >= minimum && value($0) != .null }
    }

    /// The anchor row's value of `column`.
    func value(_ column: FrameColumn) -> SQLValue { sample.value(column, row: anchorRow) }

    /// A measure to aggregate: the aggregate targets, else a seeded additive measure of the anchor,
    /// else none (the recipes count the anchor's rows: "number of customers"; a rate of a joined
    /// table, such as a GMT offset, averaged over the anchor's rows asks nothing an analyst would).
    mutating func measures() -> [FrameColumn] {
        let planned = targets(.aggregate)
        if !planned.isEmpty { return planned }
        let pool = helpers([.measure], alias: frame.anchor.alias, minimum: 2)
        return pool.isEmpty ? [] : [rng.pick(pool)]
    }

    /// A column to group by: the group targets, else a grouping helper with 2 to 30 sampled values,
    /// from a joined dimension first (a table that must contribute), else the anchor.
    mutating func groupings(excluding used: [FrameColumn] = []) -> [FrameColumn] {
        let planned = targets(.group).filter { !used.contains($0) }
        if !planned.isEmpty { return planned }
        let classes: Set<ColumnUseClass> = [.category, .name, .datePart]
        let candidates = helpers(classes, minimum: 2).filter { !used.contains($0) && sample.distinctCount(of: $0) <= 30 && isCut($0) }
        let unused = candidates.filter { candidate in !usesInstance(candidate.alias, besides: used) }
        let pool = unused.isEmpty ? candidates : unused
        return pool.isEmpty ? [] : [rng.pick(pool)]
    }

    /// Whether an analyst cuts a metric by `column`: a dimension, or a calendar part of the facts'
    /// event date that people say (year, quarter, month, weekday); not a calendar sequence number,
    /// a fiscal or technical part, nor a date part of an entity's own dates (opening, birth).
    func isCut(_ column: FrameColumn) -> Bool {
        guard let semantic else { return true }
        // A snapshot is read at one date: its calendar is no cut.
        if column.alias == frame.periodAlias, semantic.table(frame.anchor.table.name).snapshot == true { return false }
        let semantics = semantic.semantics(of: column.ref)
        switch semantics.role {
        case .dimension: return true
        case .timeGrain:
            let said: Set<TimeGrain> = [.year, .quarter, .month, .dayOfWeek, .quarterName, .hour, .shift, .mealTime]
            return readsEventCalendar(column) ? said.contains(semantics.grain ?? .other) : false
        default: return false
        }
    }

    /// Whether `column` is read through the calendar or clock of the facts' events (the sale date,
    /// not a call center's opening date): its parts are the periods of the facts.
    func readsEventCalendar(_ column: FrameColumn) -> Bool {
        guard let semantic else { return true }
        return column.alias == frame.periodAlias || frame.instances.contains { $0.alias == column.alias && $0.edge.map(semantic.isEventEdge) == true }
    }

    /// Whether analysts filter by `column` when its table must contribute a condition: not a
    /// descriptive detail, a record date or key, and for a calendar part one they say (``isCut(_:)``).
    func isFiltered(_ column: FrameColumn) -> Bool {
        guard let semantic else { return true }
        switch semantic.semantics(of: column.ref).role {
        case .detail, .recordDate, .key: return false
        case .timeGrain: return isCut(column)
        default: return true
        }
    }

    /// Most distinct values of a dimension's number that is filtered by one of them.
    static let fewValues = 6

    /// A filter on `column` holding the anchor row's value (``Condition/on(_:value:)``); for a
    /// third of the categories, names and short details, one of two values ("TN or SD").
    mutating func condition(on column: FrameColumn) -> Condition? {
        if rng.chance(1.0 / 3), let other = alternatives(of: column).first(where: { $0 != value(column) }),
           let either = Condition.either(column, values: [value(column), other]) {
            return either
        }
        if [.measure, .rate].contains(column.useClass), let number = value(column).number {
            let numbers = sample.values(of: column).compactMap(\.number)
            // A dimension's number with a few values (a GMT offset: a time zone) is one of them, as
            // TPC-DS q33 writes `ca_gmt_offset = -5`.
            if column.useClass == .rate, semantic?.role(of: column.ref) == .detail, Set(numbers).count <= Self.fewValues {
                return Condition.equal(column, value: value(column))
            }
            // A threshold at the column's smallest sampled value ("household vehicles at least -1")
            // keeps every row: no threshold fits, unless the column has that one value, asked for
            // itself (as a zero is, ``Condition/on(_:value:)``).
            if number != 0, let smallest = numbers.min(), number <= smallest {
                return numbers.allSatisfy({ $0 == number }) ? Condition.equal(column, value: value(column)) : nil
            }
        }
        return Condition.on(column, value: value(column))
    }

    /// Whether `column` is a flag of the period's calendar with one value over the sampled days of
    /// the anchor row's year (the current-year flag in a past year).
    func isConstantInPeriod(_ column: FrameColumn) -> Bool {
        guard column.useClass == .flag, let values = valuesInPeriodYear(of: column) else { return false }
        return Set(values).count == 1
    }

    /// The sampled values a filter on `column` may hold besides the anchor row's: on the period's
    /// calendar, only those of the period's year ("2002Q3 or 2002Q1" in 2002, never 1998Q3).
    private func alternatives(of column: FrameColumn) -> [SQLValue] {
        guard period != nil, let values = valuesInPeriodYear(of: column) else { return sample.values(of: column) }
        return values
    }

    /// The sampled values of a column of the period's calendar in the rows of the anchor row's
    /// year; nil for a column of another instance or a calendar without a year.
    private func valuesInPeriodYear(of column: FrameColumn) -> [SQLValue]? {
        guard column.alias == frame.periodAlias, let year = calendar.year else { return nil }
        return sample.values(of: column, where: year, is: value(year))
    }

    /// `shown` with the name of each entity a fact's rows reach before its details: "the names and
    /// managers of call centers of catalog sales", not a bare list of managers.
    func withEntityNames(_ shown: [FrameColumn]) -> [FrameColumn] {
        let anchor = frame.anchor
        guard anchor.table.kind == .fact, let semantic else { return shown }
        var named = shown
        for detail in shown where detail.alias != anchor.alias && semantic.role(of: detail.ref) == .detail {
            guard let name = entityName(of: detail.alias, excluding: named), let at = named.firstIndex(of: detail) else { continue }
            named.insert(name, at: at)
        }
        return named
    }

    /// What names one row of the anchor (or of the instance `alias`): its first name column, else
    /// its first code or business key.
    func entityName(of alias: String? = nil, excluding used: [FrameColumn] = []) -> FrameColumn? {
        let instance = alias ?? frame.anchor.alias
        let names = helpers([.name], alias: instance).filter { !used.contains($0) }
        let codes = helpers([.identifier], alias: instance).filter { !used.contains($0) }
        return names.first ?? codes.first
    }

    /// Whether the anchor is a snapshot (stock levels): its amounts do not add up over dates.
    var anchorIsSnapshot: Bool { semantic?.table(frame.anchor.table.name).snapshot == true }

    /// Whether a target of `alias` (or one of `besides`) already uses that instance.
    func usesInstance(_ alias: String, besides: [FrameColumn] = []) -> Bool {
        targets.contains { $0.column.alias == alias } || besides.contains { $0.alias == alias }
    }

    /// Instances none of `used` reads: each gets a helper filter so that every joined table contributes.
    func idleInstances(_ used: [FrameColumn]) -> [SlotFrame.Instance] {
        frame.instances.filter { instance in !used.contains { $0.alias == instance.alias } }
    }

    /// A filter on a column of each instance none of `used` reads, so that every joined table
    /// contributes a column the question states (categories first, amounts last).
    mutating func contributions(besides used: [FrameColumn]) -> [Condition] {
        let order: [ColumnUseClass] = [.category, .datePart, .name, .flag, .identifier, .date, .rate, .measure, .text]
        var conditions: [Condition] = []
        var used = used
        // The period first: unless the query already cuts or filters the calendar by year or
        // date (a trend over years, a comparison of two years), it restricts to one period.
        // A snapshot's levels (stock on hand) are read at one date whatever else the query does.
        let snapshot = semantic?.table(frame.anchor.table.name).snapshot == true
        // A calendar flag that holds for every sampled day of the period's year ("outside the
        // current year" in 1999) is the question's time restriction alone: a period beside it
        // would make it say nothing.
        if let period, let alias = frame.periodAlias,
           snapshot || !used.contains(where: { $0.alias == alias && ($0.phrase.hasSuffix("year") || $0.useClass == .date || isConstantInPeriod($0)) }) {
            // A query that already cuts the calendar (by month, day name) keeps a year only.
            let chosen = !snapshot && used.contains(where: { $0.alias == alias }) ? periodYear : period
            if let chosen {
                conditions.append(chosen)
                used.append(chosen.column)
            }
        }
        for instance in idleInstances(used) {
            // What analysts filter by: dimensions, flags, business keys and the calendar parts
            // they say; a descriptive detail (street number, suite, manager), a record date or a
            // technical calendar number only when the instance has nothing else. A fact reached
            // through another (the sales of returns) is cut by its amounts, not by one ticket.
            let said = helpers(Set(order), alias: instance.alias).filter(isFiltered)
            let classes = instance.table.kind == .fact ? order.filter { $0 != .identifier } + [.identifier] : order
            for useClass in classes {
                let all = helpers([useClass], alias: instance.alias)
                let pool = said.isEmpty ? all : all.filter(isFiltered)
                let varied = pool.filter { sample.distinctCount(of: $0) >= 2 }
                let column = varied.isEmpty ? pool.first : rng.pick(varied)
                if let column, let condition = condition(on: column) {
                    conditions.append(condition)
                    break
                }
            }
        }
        return conditions
    }
}
