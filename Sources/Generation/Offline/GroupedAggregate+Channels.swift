import Model

extension GroupedAggregate {
    /// Every column the aggregate reads: measures, groups and filtered columns.
    var columns: [FrameColumn] { measures + groups + conditions.map(\.column) }

    /// The same aggregate over `sibling`: anchor columns replaced by their counterparts, dimension
    /// columns and conditions read through the sibling's aliases; nil when a column has none.
    func moved(to sibling: SiblingChannel) -> GroupedAggregate? {
        func move(_ column: FrameColumn) -> FrameColumn? {
            if let counterpart = sibling.columns[column.column.name], sibling.aliases[column.alias] == "u0" { return counterpart }
            return sibling.aliases[column.alias].flatMap { $0 == "u0" ? nil : column.moved(to: $0) }
        }
        let measures = self.measures.compactMap(move), groups = self.groups.compactMap(move)
        let conditions = self.conditions.compactMap { condition in move(condition.column).flatMap { Condition.on($0, value: condition.value) } }
        guard measures.count == self.measures.count, groups.count == self.groups.count, conditions.count == self.conditions.count else { return nil }
        var moved = GroupedAggregate(measures: measures, groups: groups, conditions: conditions, manyGroups: manyGroups)
        moved.averages = averages
        moved.countsRowsFirst = countsRowsFirst
        return moved
    }
}
