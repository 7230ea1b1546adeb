/// The greedy set-cover baseline: repeatedly open one batch on the group that covers the most
/// open demand (column targets and joins, a join use taking a slot of its own), until nothing is
/// left, then enough batches for every intent to have a slot.
enum GreedyBaseline {
    /// Batch counts per group of the greedy cover; nil when some demand lies in no group.
    static func batches(_ problem: CoverageProblem) -> [Int]? {
        var tables = problem.tableDemand
        var edges = problem.edgeDemand
        var counts = [Int](repeating: 0, count: problem.groups.count)
        let slots = problem.maxSlots
        func gain(_ group: TableGroup) -> (columns: [Int: Int], edges: [Int: Int], total: Int) {
            var capacity = problem.maxColumns * slots
            var takenColumns: [Int: Int] = [:]
            for table in group.tables where tables[table] > 0 && capacity > 0 {
                let take = min(tables[table], min(problem.maxColumns, problem.tableWidth[table]) * slots, capacity)
                takenColumns[table] = take
                capacity -= take
            }
            // A join use takes a slot of its own: at most S join uses per batch.
            var takenEdges: [Int: Int] = [:]
            var slotsLeft = slots
            for edge in group.edges where edges[edge] > 0 && slotsLeft > 0 {
                takenEdges[edge] = min(edges[edge], slotsLeft)
                slotsLeft -= takenEdges[edge] ?? 0
            }
            return (takenColumns, takenEdges, takenColumns.values.reduce(0, +) + takenEdges.values.reduce(0, +))
        }
        while tables.contains(where: { $0 > 0 }) || edges.contains(where: { $0 > 0 }) {
            var best: (index: Int, total: Int)?
            for (index, group) in problem.groups.enumerated() {
                let total = gain(group).total
                if total > 0, best == nil || total > best!.total { best = (index, total) }
            }
            guard let chosen = best else { return nil }
            let taken = gain(problem.groups[chosen.index])
            for (table, count) in taken.columns { tables[table] -= count }
            for (edge, count) in taken.edges { edges[edge] -= count }
            counts[chosen.index] += 1
        }
        // Enough slots for the intents (the program's `slots_hold_intents`): more batches of the
        // group opened most often.
        if let busiest = counts.indices.max(by: { (counts[$0], -$0) < (counts[$1], -$1) }) {
            while counts.reduce(0, +) * slots < problem.intentSlots { counts[busiest] += 1 }
        }
        return counts
    }
}
