import Model

/// The common core of the aggregating recipes: what is aggregated, what it is grouped by, and
/// the filters, with every joined table contributing a column.
struct GroupedAggregate {
    var measures: [FrameColumn]
    var groups: [FrameColumn]
    var conditions: [Condition]
    /// Many groups: the recipes keep the top ten.
    var manyGroups: Bool
    /// Averages instead of totals for additive measures.
    var averages = false
    /// A row count comes first, before the measures (see ``summedFirst()``).
    var countsRowsFirst = false

    init(measures: [FrameColumn], groups: [FrameColumn], conditions: [Condition], manyGroups: Bool) {
        self.measures = measures
        self.groups = groups
        self.conditions = conditions
        self.manyGroups = manyGroups
    }

    /// Aggregates: the planned ones (measures summed, rates averaged, codes counted distinct),
    /// else a measure of the anchor, else `COUNT(*)` of the anchor's rows.
    var aggregateSQL: [String] {
        let planned = measures.map { averages && $0.useClass == .measure ? "AVG(\($0.sql))" : Phrase.aggregateSQL($0) }
        return measures.isEmpty || countsRowsFirst ? ["COUNT(*)"] + planned : planned
    }

    func aggregatePhrases(_ frame: SlotFrame) -> [String] {
        let planned = measures.map { averages && $0.useClass == .measure ? $0.averageLead + $0.phrase : Phrase.aggregate($0) }
        return measures.isEmpty || countsRowsFirst ? ["number of \(frame.anchorPlural)"] + planned : planned
    }

    /// "total net profit of store sales".
    func request(_ frame: SlotFrame) -> String {
        measures.isEmpty ? "number of \(frame.anchorPlural)" : Self.figures(aggregatePhrases(frame), of: frame)
    }

    /// "total net paid and net profit of store sales": the aggregates and the facts they add up;
    /// a count of those facts alone names them once ("number of store sales", never "number of
    /// store sales of store sales").
    static func figures(_ phrases: [String], of frame: SlotFrame) -> String {
        if phrases == ["number of \(frame.anchorPlural)"] { return phrases[0] }
        return frame.subject(of: Phrase.list(aggregates: phrases))
    }

    var groupSQL: [String] { groups.map(Phrase.groupSQL) }

    /// Makes the first aggregate one that adds up, for recipes whose figure is a share of the
    /// total or a running total: a summed measure, else a count of the anchor's rows (averages
    /// and distinct counts do not add up; they stay as further columns).
    mutating func summedFirst() {
        guard !measures.isEmpty else { return }
        if let summed = measures.firstIndex(where: { $0.useClass == .measure }) {
            measures.swapAt(0, summed)
        } else {
            countsRowsFirst = true
        }
    }

    /// The column of each of ``aggregateSQL`` (nil for `COUNT(*)`).
    var aggregateColumns: [FrameColumn?] {
        measures.isEmpty || countsRowsFirst ? [nil] + measures.map(Optional.some) : measures.map(Optional.some)
    }

    /// The output name of each of ``aggregateSQL``, saying what it holds (``Phrase/outputName(of:column:)``).
    var outputNames: [String] {
        Phrase.unique(zip(aggregateSQL, aggregateColumns).map { Phrase.outputName(of: $0, column: $1) })
    }

    /// The output names of the aggregates after the first.
    var extraNames: [String] { Array(outputNames.dropFirst()) }

    /// The aggregates after the first, as extra output columns named for what they hold, for
    /// recipes built around one aggregate.
    var extraSQL: [String] {
        zip(aggregateSQL.dropFirst(), extraNames).map { "\($0) AS \($1)" }
    }

    /// ", with total tax and average list price" for the aggregates after the first.
    func extraPhrase(_ frame: SlotFrame) -> String {
        let more = Array(aggregatePhrases(frame).dropFirst())
        return more.isEmpty ? "" : ", \(frame.wording.alongWith) \(Phrase.list(aggregates: more))"
    }

    /// "total net profit of store sales" for the first aggregate only.
    func firstSubject(_ frame: SlotFrame) -> String {
        Self.figures([aggregatePhrases(frame)[0]], of: frame)
    }

    /// Builds the core for `context`, with `groupCount` groupings (the planned ones first); added
    /// groupings are none of `excluded` (the calendar year a comparison of years reads).
    static func build(_ context: inout IntentContext, groupCount: Int = 1, excluding excluded: [FrameColumn] = []) -> GroupedAggregate? {
        var measures = context.measures()
        measures += context.targets(.count)
        var groups = context.targets(.group) + context.targets(.period)
        while groups.count < groupCount + groups.filter(excluded.contains).count {
            let more = context.groupings(excluding: groups + measures + excluded)
            guard let next = more.first(where: { !groups.contains($0) }) else { break }
            groups.append(next)
        }
        guard groups.count >= groupCount, !groups.isEmpty else { return nil }
        var conditions = context.targets(.filter).compactMap { context.condition(on: $0) }
        conditions += context.contributions(besides: measures + groups + conditions.map(\.column))
        return GroupedAggregate(measures: measures, groups: groups, conditions: conditions,
                                manyGroups: context.hasManyGroups(groups, under: conditions))
    }
}
