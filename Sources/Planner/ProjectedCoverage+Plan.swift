import Model

extension ProjectedCoverage {
    /// What `batches` cover of `schema`: target columns and join-key columns, tables, edges, levels.
    public static func of(batches: [Batch], schema: Schema) -> ProjectedCoverage {
        let keys = Dictionary(schema.foreignKeys.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var columns: Set<String> = []
        var tables: Set<String> = []
        var edges: Set<String> = []
        var levels: [String: Int] = [:]
        let slots = batches.flatMap(\.slots)
        for slot in slots {
            levels[slot.complexity.rawValue, default: 0] += 1
            tables.formUnion(slot.tables)
            for column in slot.targetColumns { columns.insert(column.description) }
            for edge in slot.joinEdges {
                edges.insert(edge)
                for ref in keys[edge]?.columnRefs ?? [] { columns.insert(ref.description) }
            }
        }
        return ProjectedCoverage(
            columns: CoverageCount(covered: columns.count, total: schema.columnCount),
            tables: CoverageCount(covered: tables.count, total: schema.tables.count),
            edges: CoverageCount(covered: edges.count, total: schema.foreignKeys.count),
            complexity: levels, slots: slots.count, batches: batches.count)
    }
}
