import LinearProgramming
import Model

/// Turns batch counts and the integral demand assignment into concrete batches and slots. Each
/// slot is one analytic intent: an anchor table, at most K target columns with their intended
/// uses, and only the joins its targets need, each leading outward from the anchor (a star of at
/// most ``maxSlotTables`` tables), so no slot meets two many-sided tables through a shared parent.
/// Deterministic for a given seed.
struct PlanExpander {
    let schema: Schema
    let graph: IndexedGraph
    let problem: CoverageProblem
    let demand: CoverageDemand
    let seed: UInt64
    /// The schema's semantic model, built once for the whole expansion.
    let semantic: SemanticModel
    /// Most tables in one slot: the anchor and two dimensions.
    static let maxSlotTables = 3
    /// Whether families get their least shares (`planner.family_min_share`): a full plan. A gap plan
    /// (`replan`) fills what a dataset misses, its families dealt evenly without least shares.
    var familyMix = true

    init(schema: Schema, graph: IndexedGraph, problem: CoverageProblem, demand: CoverageDemand, seed: UInt64) {
        self.schema = schema
        self.graph = graph
        self.problem = problem
        self.demand = demand
        self.seed = seed
        semantic = SemanticModel(schema: schema)
    }

    /// The settings the family mix reads: without ``familyMix``, no family has a least share.
    var mixSettings: PlannerSettings {
        var settings = problem.settings
        if !familyMix {
            settings.familyMinShare = 0
            settings.familyMinShareOverrides = [:]
        }
        return settings
    }

    /// The expanded plan: its batches and a warning for every analysis family below its least share.
    struct Expansion {
        var batches: [Batch]
        var warnings: [String]
    }

    func expand(batches: [Int], assignment: CoverageProgram.Assignment) throws(SolverError) -> Expansion {
        var random = SeededRandom(seed: seed, stream: "plan-expansion")
        let columnUnits = columnUnitsByTable(random: &random)
        var nextUnit = [Int](repeating: 0, count: schema.tables.count)
        var edgeUse = [Int](repeating: 0, count: schema.foreignKeys.count)
        var batchesOut: [(group: Int, slots: [SlotDraft])] = []
        for (index, count) in batches.enumerated() where count > 0 {
            let group = problem.groups[index]
            var units: [[ColumnRef]] = []
            for table in assignment.columns[index].keys.sorted() {
                let take = assignment.columns[index][table] ?? 0
                let end = min(columnUnits[table].count, nextUnit[table] + take)
                units.append(Array(columnUnits[table][nextUnit[table]..<end]))
                nextUnit[table] = end
            }
            var drafts: [SlotDraft] = []
            let capacity = problem.maxSlots * count
            for edge in assignment.edges[index].keys.sorted() {
                for _ in 0..<(assignment.edges[index][edge] ?? 0) {
                    placeEdge(edge, group: group, capacity: capacity, into: &drafts, edgeUse: &edgeUse)
                }
            }
            let ordered = Self.interleaved(units)
            for (position, unit) in ordered.enumerated() {
                let slack = (capacity - drafts.count - 1) * problem.maxColumns >= ordered.count - position
                placeColumn(unit, standalone: slack && position % 3 == 2, group: group,
                            capacity: capacity, into: &drafts, edgeUse: &edgeUse)
            }
            if drafts.isEmpty, let anchor = group.anchor ?? group.tables.first {
                drafts.append(SlotDraft(level: .moderate, anchor: anchor))
            }
            // Batches of at most S slots: the planned count, more when the intents need more slots.
            let batchCount = max(count, (drafts.count + problem.maxSlots - 1) / problem.maxSlots)
            for batch in 0..<batchCount {
                let share = stride(from: batch, to: drafts.count, by: batchCount).map { drafts[$0] }
                if !share.isEmpty { batchesOut.append((index, share)) }
            }
        }
        balanceSubjects(&batchesOut)
        // The family mix sets slots aside (at their family's level) before the levels are dealt.
        let quota = levelQuota(total: Self.positions(batchesOut).count)
        let reservation = try FamilyReservation.reserve(Self.positions(batchesOut).map { batchesOut[$0.batch].slots[$0.slot] },
                                                        widthOrder: widthOrder(batchesOut), quota: quota, schema: schema,
                                                        semantic: semantic, settings: mixSettings)
        for (index, position) in Self.positions(batchesOut).enumerated() {
            batchesOut[position.batch].slots[position.slot].family = reservation.families[index]
        }
        assignLevels(&batchesOut, quota: quota)
        relocateDetails(&batchesOut)
        for batch in batchesOut.indices {
            for slot in batchesOut[batch].slots.indices {
                TargetUses.assign(&batchesOut[batch].slots[slot], schema: schema)
            }
        }
        var order = Array(batchesOut.indices)
        order.shuffle(using: &random)
        var batches = order.enumerated().map { position, index in
            makeBatch(id: position + 1, group: problem.groups[batchesOut[index].group], drafts: batchesOut[index].slots)
        }
        Self.assignFamilies(&batches, schema: schema, semantic: semantic)
        var counts: [AnalysisFamily: Int] = [:]
        for slot in batches.flatMap(\.slots) { if let family = slot.family { counts[family, default: 0] += 1 } }
        return Expansion(batches: batches, warnings: reservation.warnings(counts: counts))
    }

    /// Units taken in turn from each table's list, so that slots mix the tables of a group.
    static func interleaved(_ lists: [[ColumnRef]]) -> [ColumnRef] {
        var result: [ColumnRef] = []
        var cursor = 0
        while true {
            var added = false
            for list in lists where cursor < list.count {
                result.append(list[cursor])
                added = true
            }
            if !added { return result }
            cursor += 1
        }
    }

    /// Per table, its non-key columns repeated by demand, in rounds (every column once, then the
    /// ones needing a second use, ...), each round in a seeded order.
    private func columnUnitsByTable(random: inout SeededRandom) -> [[ColumnRef]] {
        var byTable = [[(ref: ColumnRef, count: Int)]](repeating: [], count: schema.tables.count)
        for entry in demand.columns {
            if let index = tableIndex(of: entry.ref) { byTable[index].append(entry) }
        }
        return byTable.map { entries in
            var units: [ColumnRef] = []
            var round = 1
            while true {
                var layer = entries.filter { $0.count >= round }.map(\.ref)
                if layer.isEmpty { break }
                layer.shuffle(using: &random)
                units += layer
                round += 1
            }
            return units
        }
    }

    /// A join use of `edge` goes to a slot that reaches the edge's child but not its parent and has
    /// room for another table; otherwise it opens a slot anchored at the group's anchor when that
    /// reaches the child outward within ``maxSlotTables`` tables, else at the child.
    private func placeEdge(_ edge: Int, group: TableGroup, capacity: Int, into drafts: inout [SlotDraft], edgeUse: inout [Int]) {
        let (child, parent) = graph.edgeEnds[edge]
        edgeUse[edge] += 1
        // While the group's batches have room, a join gets a slot of its own (two tables: short
        // questions); then it extends a slot that reaches its child.
        let limit = drafts.count >= capacity ? Self.maxSlotTables + 1 : 2
        let candidates = drafts.indices.filter { index in
            drafts[index].tables.contains(child) && !drafts[index].tables.contains(parent) && drafts[index].tables.count < limit
        }
        if let chosen = candidates.min(by: { (drafts[$0].tables.count, $0) < (drafts[$1].tables.count, $1) }) {
            drafts[chosen].edges.insert(edge)
            drafts[chosen].tables.insert(parent)
            return
        }
        var draft = SlotDraft(level: .moderate, anchor: child)
        if drafts.count >= capacity, let anchor = group.anchor, anchor != child,
           let path = outwardPath(from: [anchor], to: child, group: group, edgeUse: edgeUse), path.count + 2 <= Self.maxSlotTables {
            draft = SlotDraft(level: .moderate, anchor: anchor)
            for step in path {
                edgeUse[step] += 1
                draft.edges.insert(step)
                draft.tables.insert(graph.edgeEnds[step].1)
            }
        }
        draft.edges.insert(edge)
        draft.tables.insert(parent)
        drafts.append(draft)
    }

    /// A target use goes to a slot on its table that has no target yet; else, while the group's
    /// batches have room, it opens a slot (anchored at the group's anchor when that reaches the
    /// table, so later targets of other tables fit too, unless `standalone` and there is slack for a
    /// slot on the table alone); else to the slot on its table whose targets
    /// it complements best, or a slot whose anchor reaches its table outward.
    private func placeColumn(_ unit: ColumnRef, standalone: Bool, group: TableGroup, capacity: Int,
                             into drafts: inout [SlotDraft], edgeUse: inout [Int]) {
        guard let table = tableIndex(of: unit) else { return }
        let name = unit.description
        let useClass = schema.useClass(of: unit) ?? .category
        func room(_ index: Int) -> Bool {
            drafts[index].targets.count < problem.maxColumns && !drafts[index].targetNames.contains(name)
        }
        let onTable = drafts.indices.filter { drafts[$0].tables.contains(table) && room($0) }
        if let empty = onTable.first(where: { drafts[$0].targets.isEmpty }) {
            drafts[empty].add(unit)
            return
        }
        if drafts.count < capacity {
            var draft = SlotDraft(level: .moderate, anchor: table)
            if let anchor = group.anchor, anchor != table, !standalone,
               let path = outwardPath(from: [anchor], to: table, group: group, edgeUse: edgeUse), path.count == 1 {
                draft = SlotDraft(level: .moderate, anchor: anchor)
                for edge in path {
                    edgeUse[edge] += 1
                    draft.edges.insert(edge)
                    draft.tables.insert(graph.edgeEnds[edge].1)
                }
            }
            draft.add(unit)
            drafts.append(draft)
            return
        }
        if let chosen = onTable.min(by: { fitScore(drafts[$0], useClass, $0) < fitScore(drafts[$1], useClass, $1) }) {
            drafts[chosen].add(unit)
            return
        }
        if extendThroughPath(unit, table: table, group: group, into: &drafts, edgeUse: &edgeUse) { return }
        var draft = SlotDraft(level: .moderate, anchor: table)
        draft.add(unit)
        drafts.append(draft)
    }

    /// When the group's batches are full: the unit goes to a slot with room whose anchor reaches its
    /// table along an outward path of the group (the path's joins are added, up to one more table).
    private func extendThroughPath(_ unit: ColumnRef, table: Int, group: TableGroup, into drafts: inout [SlotDraft],
                                   edgeUse: inout [Int]) -> Bool {
        let name = unit.description
        var best: (index: Int, path: [Int])?
        for index in drafts.indices where drafts[index].targets.count < problem.maxColumns && !drafts[index].targetNames.contains(name) {
            guard let path = outwardPath(from: drafts[index].tables, to: table, group: group, edgeUse: edgeUse) else { continue }
            let added = path.count
            guard drafts[index].tables.count + added <= Self.maxSlotTables + 1 else { continue }
            if best == nil || added < best!.path.count { best = (index, path) }
        }
        guard let best else { return false }
        for edge in best.path {
            edgeUse[edge] += 1
            drafts[best.index].edges.insert(edge)
            drafts[best.index].tables.insert(graph.edgeEnds[edge].1)
        }
        drafts[best.index].add(unit)
        return true
    }

    /// The shortest child-to-parent path of group edges from any of `tables` to `target` that
    /// enters no table of `tables` again; nil when there is none.
    private func outwardPath(from tables: Set<Int>, to target: Int, group: TableGroup, edgeUse: [Int]) -> [Int]? {
        let edges = group.edges.sorted { (edgeUse[$0], $0) < (edgeUse[$1], $1) }
        var previous: [Int: (table: Int, edge: Int)] = [:]
        var seen = tables
        var frontier = tables.sorted()
        while !frontier.isEmpty {
            var next: [Int] = []
            for table in frontier {
                for edge in edges where graph.edgeEnds[edge].0 == table {
                    let parent = graph.edgeEnds[edge].1
                    guard seen.insert(parent).inserted else { continue }
                    previous[parent] = (table, edge)
                    if parent == target {
                        var path: [Int] = []
                        var cursor = target
                        while let step = previous[cursor] {
                            path.append(step.edge)
                            cursor = step.table
                        }
                        return path.reversed()
                    }
                    next.append(parent)
                }
            }
            frontier = next
        }
        return nil
    }

    /// Lower is better: the emptiest slots first (short questions), among them those that lack what
    /// `useClass` brings (a measure to aggregate, a category to group by).
    private func fitScore(_ draft: SlotDraft, _ useClass: ColumnUseClass, _ index: Int) -> (Int, Int, Int) {
        let classes = draft.targets.compactMap { schema.useClass(of: $0) }
        let hasMeasure = classes.contains { $0 == .measure || $0 == .rate }
        let hasGroup = classes.contains { $0.groups }
        let bringsMeasure = useClass == .measure || useClass == .rate
        let complements = (bringsMeasure && !hasMeasure) || (!bringsMeasure && useClass.groups && !hasGroup)
        return (draft.targets.count, complements ? 0 : 1, index)
    }

    func tableIndex(of ref: ColumnRef) -> Int? {
        let lowered = ref.table.lowercased()
        return schema.tables.firstIndex { $0.name.lowercased() == lowered }
    }

    private func makeBatch(id: Int, group: TableGroup, drafts: [SlotDraft]) -> Batch {
        let batchID = "b" + Self.padded(id, width: 4)
        let slots = drafts.enumerated().map { position, draft in
            draft.slot(id: "\(batchID)-s" + Self.padded(position + 1, width: 2), schema: schema)
        }
        let tables = Set(drafts.flatMap(\.tables)).sorted().map { schema.tables[$0].name }
        let edges = Set(drafts.flatMap(\.edges)).sorted().map { schema.foreignKeys[$0].id }
        return Batch(id: batchID, tables: tables, joinEdges: edges, category: group.category, slots: slots)
    }

    static func padded(_ number: Int, width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
