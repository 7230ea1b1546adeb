import Model

/// Turns batch counts and the integral demand assignment into concrete batches and slots:
/// which columns each slot targets, which edges it joins over, and its complexity level.
/// Deterministic for a given seed.
struct PlanExpander {
    let schema: Schema
    let graph: IndexedGraph
    let problem: CoverageProblem
    let demand: CoverageDemand
    let seed: UInt64

    func expand(batches: [Int], assignment: CoverageProgram.Assignment) -> [Batch] {
        var random = SeededRandom(seed: seed, stream: "plan-expansion")
        let columnUnits = columnUnitsByTable(random: &random)
        var nextUnit = [Int](repeating: 0, count: schema.tables.count)
        let edgeUnits = edgeUnitsByGroup(batches: batches, assignment: assignment)

        // Column uses per group (dealt from each table's rounds), then slot counts per group.
        var plannedGroups: [(group: Int, slots: Int, units: [(table: Int, refs: [ColumnRef])])] = []
        for (index, count) in batches.enumerated() where count > 0 {
            let columns = assignment.columns[index]
            var units: [(table: Int, refs: [ColumnRef])] = []
            for table in columns.keys.sorted() {
                let take = columns[table] ?? 0
                let end = min(columnUnits[table].count, nextUnit[table] + take)
                units.append((table, Array(columnUnits[table][nextUnit[table]..<end])))
                nextUnit[table] = end
            }
            let total = units.reduce(0) { $0 + $1.refs.count }
            var needed = max(count, (total + problem.maxColumns - 1) / problem.maxColumns)
            for entry in units {
                let width = max(1, min(problem.maxColumns, problem.tableWidth[entry.table]))
                needed = max(needed, (entry.refs.count + width - 1) / width)
                // A slot targets a column once: repeated uses need distinct slots.
                let repeats = Dictionary(entry.refs.map { ($0, 1) }, uniquingKeysWith: +).values.max() ?? 0
                needed = max(needed, repeats)
            }
            needed = max(needed, edgeUnits[index].map(\.count).max() ?? 0)
            plannedGroups.append((index, min(needed, problem.maxSlots * count), units))
        }
        var levels = levelSequence(total: plannedGroups.reduce(0) { $0 + $1.slots })
        var batchesOut: [(group: Int, slots: [SlotDraft])] = []
        for planned in plannedGroups {
            let group = problem.groups[planned.group]
            var drafts = (0..<planned.slots).map { _ in SlotDraft(level: levels.removeFirst()) }
            let limit = problem.maxSlots * batches[planned.group]
            placeEdges(edgeUnits[planned.group], group: group, limit: limit, into: &drafts)
            for entry in planned.units {
                placeColumns(entry.refs, table: entry.table, group: group, limit: limit, into: &drafts)
            }
            fillEmpty(&drafts, group: group)
            for index in drafts.indices { connect(&drafts[index], within: group) }
            let batchCount = batches[planned.group]
            for batch in 0..<batchCount {
                let share = stride(from: batch, to: drafts.count, by: batchCount).map { drafts[$0] }
                batchesOut.append((planned.group, share))
            }
        }
        assignLevels(&batchesOut)
        // A stable, seeded batch order so that categories interleave.
        var order = Array(batchesOut.indices)
        order.shuffle(using: &random)
        return order.enumerated().map { position, index in
            makeBatch(id: position + 1, group: problem.groups[batchesOut[index].group], drafts: batchesOut[index].slots)
        }
    }

    /// Per table, its non-key columns repeated by demand, in rounds (every column once, then the
    /// ones needing a second use, ...), each round in a seeded order.
    private func columnUnitsByTable(random: inout SeededRandom) -> [[ColumnRef]] {
        var byTable = [[(ref: ColumnRef, count: Int)]](repeating: [], count: schema.tables.count)
        for entry in demand.columns {
            if let index = schema.tables.firstIndex(where: { $0.name.lowercased() == entry.ref.table.lowercased() }) {
                byTable[index].append(entry)
            }
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

    private func edgeUnitsByGroup(batches: [Int], assignment: CoverageProgram.Assignment) -> [[(edge: Int, count: Int)]] {
        assignment.edges.map { edges in edges.keys.sorted().map { ($0, edges[$0] ?? 0) } }
    }

    /// Slots per level for `total` slots: the configured shares by largest remainder, raised to
    /// the level minimums of a gap plan.
    private func levelQuota(total: Int) -> [ComplexityLevel: Int] {
        let mix = problem.settings.complexityMix
        var quota: [ComplexityLevel: Int] = [:]
        var remainders: [(level: ComplexityLevel, fraction: Double)] = []
        for level in ComplexityLevel.allCases {
            let exact = mix.share(of: level) * Double(total)
            quota[level] = Int(exact.rounded(.down))
            remainders.append((level, exact - exact.rounded(.down)))
        }
        var missing = total - quota.values.reduce(0, +)
        for entry in remainders.sorted(by: { $0.fraction != $1.fraction ? $0.fraction > $1.fraction : $0.level < $1.level }) where missing > 0 {
            quota[entry.level, default: 0] += 1
            missing -= 1
        }
        for (level, minimum) in problem.levelDemand.sorted(by: { $0.key < $1.key }) where (quota[level] ?? 0) < minimum {
            // Gap plans: take slots from the largest other level to honour level minimums.
            let deficit = minimum - (quota[level] ?? 0)
            for _ in 0..<deficit {
                if let donor = ComplexityLevel.allCases.filter({ $0 != level && (quota[$0] ?? 0) > (problem.levelDemand[$0] ?? 0) })
                    .max(by: { (quota[$0] ?? 0) < (quota[$1] ?? 0) }) {
                    quota[donor, default: 0] -= 1
                    quota[level, default: 0] += 1
                }
            }
        }
        return quota
    }

    /// A level per slot with the configured shares, evenly interleaved (the packing's first guess).
    private func levelSequence(total: Int) -> [ComplexityLevel] {
        let quota = levelQuota(total: total)
        var assigned: [ComplexityLevel: Int] = [:]
        var sequence: [ComplexityLevel] = []
        for position in 0..<total {
            let next = ComplexityLevel.allCases.filter { (assigned[$0] ?? 0) < (quota[$0] ?? 0) }.max { a, b in
                let da = Double(quota[a] ?? 0) * Double(position + 1) / Double(total) - Double(assigned[a] ?? 0)
                let db = Double(quota[b] ?? 0) * Double(position + 1) / Double(total) - Double(assigned[b] ?? 0)
                return da != db ? da < db : a > b
            } ?? .moderate
            assigned[next, default: 0] += 1
            sequence.append(next)
        }
        return sequence
    }

    /// Final levels: the mix's quotas over all slots. Simple goes to slots on at most two tables
    /// (those packed as simple first); the other levels go by width, the widest slots highest.
    private func assignLevels(_ batches: inout [(group: Int, slots: [SlotDraft])]) {
        var positions: [(batch: Int, slot: Int)] = []
        for (batch, entry) in batches.enumerated() {
            for slot in entry.slots.indices { positions.append((batch, slot)) }
        }
        var quota = levelQuota(total: positions.count)
        func draft(_ position: (batch: Int, slot: Int)) -> SlotDraft { batches[position.batch].slots[position.slot] }
        let eligible = positions.indices.filter { draft(positions[$0]).tables.count <= 2 }.sorted { a, b in
            let da = draft(positions[a]), db = draft(positions[b])
            let ka = (da.level == .simple ? 0 : 1, da.tables.count, da.edges.count, a)
            let kb = (db.level == .simple ? 0 : 1, db.tables.count, db.edges.count, b)
            return ka < kb
        }
        var assigned = [ComplexityLevel?](repeating: nil, count: positions.count)
        for index in eligible.prefix(quota[.simple] ?? 0) { assigned[index] = .simple }
        quota[.simple] = max(0, (quota[.simple] ?? 0) - min(eligible.count, quota[.simple] ?? 0))
        // Too few narrow slots: their share moves to moderate.
        quota[.moderate, default: 0] += quota[.simple] ?? 0
        quota[.simple] = 0
        let rest = positions.indices.filter { assigned[$0] == nil }.sorted { a, b in
            let da = draft(positions[a]), db = draft(positions[b])
            return (da.tables.count, da.edges.count, da.targets.count, a) < (db.tables.count, db.edges.count, db.targets.count, b)
        }
        var cursor = 0
        for level in [ComplexityLevel.moderate, .complex, .highlyComplex] {
            for _ in 0..<(quota[level] ?? 0) where cursor < rest.count {
                assigned[rest[cursor]] = level
                cursor += 1
            }
        }
        for (index, position) in positions.enumerated() {
            batches[position.batch].slots[position.slot].level = assigned[index] ?? .moderate
        }
    }

    /// Whether a slot on `tables` would read two fact tables that no foreign key joins directly
    /// (a fan-out join through a shared dimension, which makes totals hard to state).
    private func mixesFacts(_ tables: Set<Int>, group: TableGroup) -> Bool {
        let facts = tables.filter { schema.tables[$0].kind == .fact }.sorted()
        guard facts.count > 1 else { return false }
        guard facts.count == 2 else { return true }
        return !graph.edges(between: facts[0], and: [facts[1]]).contains(where: group.edges.contains)
    }

    /// Each join use goes to a different slot; simple slots take at most one edge; slots that
    /// would mix unrelated fact tables come last, and a new slot is opened instead while the
    /// group's batches have room.
    private func placeEdges(_ units: [(edge: Int, count: Int)], group: TableGroup, limit: Int, into drafts: inout [SlotDraft]) {
        for unit in units {
            for _ in 0..<unit.count {
                let (child, parent) = graph.edgeEnds[unit.edge]
                func mixes(_ index: Int) -> Bool { mixesFacts(drafts[index].tables.union([child, parent]), group: group) }
                let candidates = drafts.indices.filter { index in
                    !drafts[index].edges.contains(unit.edge)
                        && (drafts[index].level != .simple || drafts[index].edges.isEmpty)
                }
                let fallback = drafts.indices.filter { !drafts[$0].edges.contains(unit.edge) }
                let chosen = (candidates.isEmpty ? fallback : candidates).min(by: { a, b in
                    let sa = (mixes(a) ? 1 : 0, drafts[a].tables.contains(child) || drafts[a].tables.contains(parent) ? 0 : 1, drafts[a].edges.count)
                    let sb = (mixes(b) ? 1 : 0, drafts[b].tables.contains(child) || drafts[b].tables.contains(parent) ? 0 : 1, drafts[b].edges.count)
                    return sa != sb ? sa < sb : a < b
                })
                var target: Int
                if let chosen, !(mixes(chosen) && drafts.count < limit) {
                    target = chosen
                } else if drafts.count < limit {
                    drafts.append(SlotDraft(level: .moderate))
                    target = drafts.count - 1
                } else {
                    continue
                }
                drafts[target].edges.insert(unit.edge)
                drafts[target].tables.formUnion([child, parent])
            }
        }
    }

    /// Each target use goes to a slot that does not yet target that column and has room; slots
    /// that would mix unrelated fact tables come last (a new slot is opened instead while there is
    /// room), then slots already on the table, then the emptiest.
    private func placeColumns(_ units: [ColumnRef], table: Int, group: TableGroup, limit: Int, into drafts: inout [SlotDraft]) {
        for unit in units {
            let name = unit.description
            func fits(_ index: Int, strict: Bool) -> Bool {
                let draft = drafts[index]
                guard draft.targets.count < problem.maxColumns, !draft.targetNames.contains(name) else { return false }
                if strict, !draft.tables.contains(table) {
                    if draft.tables.count + 1 > draft.tableLimit { return false }
                    if draft.level == .simple, let other = draft.tables.first, !graph.edges(between: table, and: [other]).contains(where: group.edges.contains) {
                        return false
                    }
                }
                return true
            }
            let strict = drafts.indices.filter { fits($0, strict: true) }
            let wide = drafts.indices.filter { drafts[$0].level != .simple && fits($0, strict: false) }
            let loose = wide.isEmpty ? drafts.indices.filter { fits($0, strict: false) } : wide
            func mixes(_ index: Int) -> Bool { mixesFacts(drafts[index].tables.union([table]), group: group) }
            let best = (strict.isEmpty ? loose : strict).min(by: { a, b in
                let sa = (mixes(a) ? 1 : 0, drafts[a].tables.contains(table) ? 0 : 1, drafts[a].targets.count)
                let sb = (mixes(b) ? 1 : 0, drafts[b].tables.contains(table) ? 0 : 1, drafts[b].targets.count)
                return sa != sb ? sa < sb : a < b
            })
            guard let chosen = best, !(mixes(chosen) && drafts.count < limit) else {
                if best == nil, swapIn(unit, table: table, drafts: &drafts) { continue }
                var extra = SlotDraft(level: .moderate)
                extra.tables.insert(table)
                extra.targets.append(unit)
                extra.targetNames.insert(name)
                drafts.append(extra)
                continue
            }
            drafts[chosen].tables.insert(table)
            drafts[chosen].targets.append(unit)
            drafts[chosen].targetNames.insert(name)
        }
    }

    /// Places `unit` when every slot with room already targets it: moves another target from a
    /// full slot without `unit` into a slot with room, then puts `unit` into the freed place.
    private func swapIn(_ unit: ColumnRef, table: Int, drafts: inout [SlotDraft]) -> Bool {
        let name = unit.description
        for roomy in drafts.indices where drafts[roomy].targets.count < problem.maxColumns {
            for full in drafts.indices where full != roomy && !drafts[full].targetNames.contains(name) {
                guard let moving = drafts[full].targets.firstIndex(where: { !drafts[roomy].targetNames.contains($0.description) }) else { continue }
                let moved = drafts[full].targets.remove(at: moving)
                drafts[full].targetNames.remove(moved.description)
                drafts[roomy].targets.append(moved)
                drafts[roomy].targetNames.insert(moved.description)
                drafts[roomy].tables.insert(tableIndex(of: moved))
                drafts[full].targets.append(unit)
                drafts[full].targetNames.insert(name)
                drafts[full].tables.insert(table)
                return true
            }
        }
        return false
    }

    private func tableIndex(of ref: ColumnRef) -> Int {
        schema.tables.firstIndex { $0.name == ref.table } ?? 0
    }

    /// Slots left without any target or join (batches opened only for rotation or the mix) get
    /// columns of the group's first tables, so that every slot asks for something.
    private func fillEmpty(_ drafts: inout [SlotDraft], group: TableGroup) {
        for index in drafts.indices where drafts[index].targets.isEmpty && drafts[index].edges.isEmpty {
            let table = group.tables[index % group.tables.count]
            let columns = schema.tables[table].columns.prefix(min(3, problem.maxColumns))
            drafts[index].tables.insert(table)
            for column in columns {
                let ref = ColumnRef(table: schema.tables[table].name, column: column.name)
                drafts[index].targets.append(ref)
                drafts[index].targetNames.insert(ref.description)
            }
        }
    }

    /// Adds group edges until the slot's tables are connected (shortest paths, lowest edge first).
    private func connect(_ draft: inout SlotDraft, within group: TableGroup) {
        guard var component = draft.tables.min().map({ reachable(from: $0, using: draft.edges) }) else { return }
        while !draft.tables.isSubset(of: component) {
            let target = draft.tables.subtracting(component).min() ?? 0
            guard let path = shortestPath(from: component, to: target, edges: group.edges) else { break }
            for edge in path {
                draft.edges.insert(edge)
                draft.tables.formUnion([graph.edgeEnds[edge].0, graph.edgeEnds[edge].1])
            }
            component = reachable(from: draft.tables.min() ?? target, using: draft.edges)
        }
    }

    private func reachable(from start: Int, using edges: Set<Int>) -> Set<Int> {
        var seen: Set<Int> = [start]
        var queue = [start]
        while let table = queue.popLast() {
            for edge in edges.sorted() {
                let (a, b) = graph.edgeEnds[edge]
                let other = a == table ? b : (b == table ? a : nil)
                if let other, seen.insert(other).inserted { queue.append(other) }
            }
        }
        return seen
    }

    private func shortestPath(from sources: Set<Int>, to target: Int, edges: [Int]) -> [Int]? {
        var previous: [Int: (table: Int, edge: Int)] = [:]
        var frontier = sources.sorted()
        var seen = sources
        while !frontier.isEmpty {
            var next: [Int] = []
            for table in frontier {
                for edge in edges {
                    let (a, b) = graph.edgeEnds[edge]
                    let other = a == table ? b : (b == table ? a : nil)
                    guard let other, seen.insert(other).inserted else { continue }
                    previous[other] = (table, edge)
                    if other == target {
                        var path: [Int] = []
                        var cursor = target
                        while let step = previous[cursor] {
                            path.append(step.edge)
                            cursor = step.table
                        }
                        return path.reversed()
                    }
                    next.append(other)
                }
            }
            frontier = next
        }
        return nil
    }

    private func makeBatch(id: Int, group: TableGroup, drafts: [SlotDraft]) -> Batch {
        let batchID = "b" + Self.padded(id, width: 4)
        let slots = drafts.enumerated().map { position, draft in
            Slot(id: "\(batchID)-s" + Self.padded(position + 1, width: 2), complexity: draft.level,
                 tables: draft.tables.sorted().map { schema.tables[$0].name },
                 targetColumns: draft.targets,
                 joinEdges: draft.edges.sorted().map { schema.foreignKeys[$0].id })
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
