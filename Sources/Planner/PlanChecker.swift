import Model

/// Checks a plan against the schema and its settings without trusting the solver: slot and batch
/// limits, connected join trees, demand met, complexity mix and category rotation.
public enum PlanChecker {
    /// Every violation found, as readable sentences; empty when the plan is feasible.
    public static func violations(of plan: Plan, schema: Schema, demand: CoverageDemand) -> [String] {
        let settings = plan.config.planner
        var problems: [String] = []
        let keys = Dictionary(schema.foreignKeys.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var columnUses: [String: Int] = [:]
        var edgeUses: [String: Int] = [:]
        var levelCounts: [ComplexityLevel: Int] = [:]
        var categoryCounts: [String: Int] = [:]
        for batch in plan.batches {
            categoryCounts[batch.category, default: 0] += 1
            if batch.slots.count > settings.maxSlotsPerBatch { problems.append("\(batch.id): \(batch.slots.count) slots > \(settings.maxSlotsPerBatch)") }
            if batch.slots.isEmpty { problems.append("\(batch.id): no slots") }
            if batch.tables.count > settings.maxTablesPerBatch { problems.append("\(batch.id): \(batch.tables.count) tables > \(settings.maxTablesPerBatch)") }
            let batchTables = Set(batch.tables)
            for slot in batch.slots {
                levelCounts[slot.complexity, default: 0] += 1
                let tables = Set(slot.tables)
                if !tables.isSubset(of: batchTables) { problems.append("\(slot.id): tables outside its batch") }
                if slot.targetColumns.count > settings.maxColumnsPerSlot { problems.append("\(slot.id): \(slot.targetColumns.count) target columns > \(settings.maxColumnsPerSlot)") }
                if Set(slot.targetColumns).count != slot.targetColumns.count { problems.append("\(slot.id): a column is targeted twice") }
                if slot.complexity == .simple, tables.count > 2 { problems.append("\(slot.id): simple slot on \(tables.count) tables") }
                if let family = slot.family, family.level != slot.complexity {
                    problems.append("\(slot.id): family \(family.rawValue) is not of level \(slot.complexity.rawValue)")
                }
                for target in slot.targets {
                    if let useClass = schema.useClass(of: target.column), !useClass.intendedUses.contains(target.use) {
                        problems.append("\(slot.id): target \(target.column) may not be used as \(target.use.rawValue) (a \(useClass.rawValue) column allows \(useClass.intendedUses.map(\.rawValue).joined(separator: ", ")))")
                    }
                }
                for column in slot.targetColumns {
                    if !tables.contains(column.table) { problems.append("\(slot.id): target \(column) outside its tables") }
                    if schema.table(named: column.table)?.column(named: column.column) == nil { problems.append("\(slot.id): unknown column \(column)") }
                    columnUses[column.description, default: 0] += 1
                }
                var unionFind = Dictionary(uniqueKeysWithValues: slot.tables.map { ($0, $0) })
                func root(_ table: String) -> String {
                    var cursor = table
                    while let parent = unionFind[cursor], parent != cursor { cursor = parent }
                    return cursor
                }
                for edgeID in slot.joinEdges {
                    guard let key = keys[edgeID] else { problems.append("\(slot.id): unknown edge \(edgeID)"); continue }
                    edgeUses[edgeID, default: 0] += 1
                    for ref in key.columnRefs { columnUses[ref.description, default: 0] += 0 }
                    guard tables.contains(key.childTable), tables.contains(key.parentTable) else {
                        problems.append("\(slot.id): edge \(edgeID) leaves its tables")
                        continue
                    }
                    unionFind[root(key.childTable)] = root(key.parentTable)
                }
                if Set(slot.tables.map(root)).count > 1 { problems.append("\(slot.id): its tables are not connected by its join edges") }
                problems += outwardViolations(of: slot, keys: keys)
            }
        }
        for entry in demand.columns where (columnUses[entry.ref.description] ?? 0) < entry.count {
            problems.append("column \(entry.ref) targeted \(columnUses[entry.ref.description] ?? 0) times, needs \(entry.count)")
        }
        for entry in demand.edges where (edgeUses[entry.key.id] ?? 0) < entry.count {
            problems.append("edge \(entry.key.id) joined \(edgeUses[entry.key.id] ?? 0) times, needs \(entry.count)")
        }
        let total = levelCounts.values.reduce(0, +)
        if total > 0, demand.levels.isEmpty, plan.kind == .full {
            for level in ComplexityLevel.allCases {
                let share = Double(levelCounts[level] ?? 0) / Double(total)
                let target = settings.complexityMix.share(of: level)
                // Tolerance plus one slot of rounding.
                if abs(share - target) > settings.mixTolerance + 1 / Double(total) + 1e-9 {
                    problems.append("level \(level.rawValue): share \(share) outside \(target) ± \(settings.mixTolerance)")
                }
            }
        }
        for (level, minimum) in demand.levels where (levelCounts[level] ?? 0) < minimum {
            problems.append("level \(level.rawValue): \(levelCounts[level] ?? 0) slots, needs \(minimum)")
        }
        // Rotation is a constraint of the integer program; a greedy fallback plan does not promise it.
        if settings.maxCategoryShare < 1, plan.solver.status != "greedy", Set(plan.batches.map(\.category)).count > 1 {
            let limit = settings.maxCategoryShare * Double(plan.batches.count) + 1
            for (category, count) in categoryCounts.sorted(by: { $0.key < $1.key }) where Double(count) > limit + 1e-9 {
                problems.append("category \(category): \(count) batches > \(limit)")
            }
        }
        return problems
    }

    /// A slot's joins must lead outward from its anchor: the anchor is one of its tables, and every
    /// table other than the anchor is the parent side of some join (so no two many-sided tables
    /// meet through a shared parent).
    static func outwardViolations(of slot: Slot, keys: [String: ForeignKey]) -> [String] {
        let tables = Set(slot.tables.map { $0.lowercased() })
        let anchor = slot.anchor.lowercased()
        guard tables.contains(anchor) else { return ["\(slot.id): anchor \(slot.anchor) is not one of its tables"] }
        let parents = Set(slot.joinEdges.compactMap { keys[$0]?.parentTable.lowercased() })
        // A self-referencing key (categories.parent_category_id -> categories.id) joins a second
        // role of the anchor ("parent category"): outward, not back into the anchor.
        let outerParents = Set(slot.joinEdges.compactMap { id in
            keys[id].flatMap { $0.parentTable.lowercased() == $0.childTable.lowercased() ? nil : $0.parentTable.lowercased() }
        })
        var problems: [String] = []
        if outerParents.contains(anchor) { problems.append("\(slot.id): a join leads into its anchor \(slot.anchor)") }
        let sources = tables.subtracting(parents).subtracting([anchor]).sorted()
        if !sources.isEmpty { problems.append("\(slot.id): \(sources.joined(separator: ", ")) joined toward the many side (fan trap)") }
        return problems
    }
}
