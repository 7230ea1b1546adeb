/// A grouped aggregate written as a CTE body, for the shapes that post-process it with window
/// functions, correlated subqueries or a second CTE.
struct Summary {
    let layout: AggregateLayout
    /// The aggregate the shape ranks or compares by.
    let lead: Aggregate
    /// Output names of the grouping columns inside the CTE.
    let groupNames: [String]
    /// `SELECT groups AS names, aggregates FROM joins WHERE filters GROUP BY groups`.
    let inner: SelectQuery
    /// Request, grouping and conditions of the summary.
    let parts: QuestionParts

    init?(_ context: inout ShapeContext, groups: ClosedRange<Int>, functions: [Aggregate.Function]) {
        guard let layout = context.aggregateLayout(groups: groups, functions: functions, maxFilters: 2),
              let lead = layout.lead, !layout.groups.isEmpty else { return nil }
        self.layout = layout
        self.lead = lead
        groupNames = ShapeKit.outputNames(layout.groups, taken: layout.aggregates.map(\.name))
        var inner = SelectQuery(select: ShapeKit.aliased(zip(layout.groups.map(\.sql), groupNames).map { ($0, $1) })
                                    + ShapeKit.aliased(layout.aggregates.map { ($0.sql, $0.name) }),
                                from: context.from)
        inner.filters = layout.filters.map(\.sql)
        inner.groupBy = layout.groups.map(\.sql)
        self.inner = inner
        parts = ModerateShapes.parts(layout)
    }

    /// The CTE's columns read through `alias`: groups first, then aggregates.
    func outer(_ alias: String) -> [String] {
        (groupNames + layout.aggregates.map(\.name)).map { "\(alias).\($0)" }
    }
}
