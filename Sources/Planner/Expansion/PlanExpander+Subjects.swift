import Model

extension PlanExpander {
    /// Sales slots per returns slot the subject mix aims at: twice as many, so that sales questions
    /// stay ahead in the examples too (re-anchored sales slots give fewer distinct examples: at
    /// `--examples 2000` with equal slots, 727 sales examples against 771 returns examples), and
    /// returns near the TPC-DS workload's share (about a fifth of its queries).
    static let salesPerReturn = 2

    /// The subject mix (docs/plan-format.md, "Families and subject mix"): while sales slots are fewer
    /// than ``salesPerReturn`` times the returns slots, a returns slot whose targets all lie in the tables
    /// it joins (a dimension cut of the returns: by call center, by item) is asked of a sales fact
    /// that reaches the same dimensions instead: the sales fact the returns refer to first (the same
    /// channel), then one the batch already reads. The slot keeps its targets and outriggers; its
    /// joins from the returns fact become the sales fact's joins to the same parents. A join use of
    /// the returns fact is given up only where the fact's other slots still meet the edge's demand,
    /// and the batch stays within `planner.max_tables_per_batch`, so coverage and the batch count
    /// stay as the program planned them. Slots are taken from the returns fact with the most slots
    /// first, each fact's in plan order: deterministic. Before that, where the plan has fewer lone
    /// dimensions that two dated sales facts reference than the cross-channel family's least share,
    /// returns cuts of one such dimension are asked of the dimension alone (its activity across
    /// channels), under the same demand rule.
    func balanceSubjects(_ batches: inout [(group: Int, slots: [SlotDraft])]) {
        let subjects = schema.tables.map { QuestionSubject(anchor: $0) }
        var counts: [QuestionSubject: Int] = [:]
        var anchored = [Int](repeating: 0, count: schema.tables.count)
        var edgeUse = [Int](repeating: 0, count: schema.foreignKeys.count)
        var queues = [[(batch: Int, slot: Int)]](repeating: [], count: schema.tables.count)
        for (batchIndex, batch) in batches.enumerated() {
            for (slotIndex, draft) in batch.slots.enumerated() {
                counts[subjects[draft.anchor], default: 0] += 1
                anchored[draft.anchor] += 1
                for edge in draft.edges { edgeUse[edge] += 1 }
                if subjects[draft.anchor] == .returns, schema.tables[draft.anchor].kind == .fact,
                   !draft.targets.contains(where: { tableIndex(of: $0) == draft.anchor }) {
                    queues[draft.anchor].append((batchIndex, slotIndex))
                }
            }
        }
        // Lone dimensions for the cross-channel family first: a returns cut of one such dimension
        // is asked of the dimension alone where the plan has too few of them.
        let crossChannel = schema.tables.indices.map { table in
            AnalysisFamily.crossChannel.fits(AnalysisFamily.SlotShape(anchor: schema.tables[table].name, tables: [schema.tables[table].name],
                                                                      joinEdges: []), schema: schema, semantic: semantic)
        }
        let total = batches.reduce(0) { $0 + $1.slots.count }
        var lone = batches.reduce(0) { $0 + $1.slots.filter { $0.tables.count == 1 && crossChannel[$0.anchor] }.count }
        let need = FamilyReservation.minimums(total: total, settings: mixSettings)[.crossChannel] ?? 0
        for fact in queues.indices {
            queues[fact].removeAll { position in
                let draft = batches[position.batch].slots[position.slot]
                guard lone < need, draft.tables.count == 2, draft.edges.count == 1, let edge = draft.edges.first,
                      crossChannel[graph.edgeEnds[edge].1], edgeUse[edge] > problem.edgeDemand[edge] else { return false }
                var moved = SlotDraft(level: draft.level, anchor: graph.edgeEnds[edge].1)
                for target in draft.targets { moved.add(target) }
                batches[position.batch].slots[position.slot] = moved
                edgeUse[edge] -= 1
                anchored[fact] -= 1
                counts[.returns, default: 0] -= 1
                counts[.other, default: 0] += 1
                lone += 1
                return true
            }
        }
        while Self.salesPerReturn * (counts[.returns] ?? 0) > (counts[.sales] ?? 0) {
            guard let fact = queues.indices.filter({ !queues[$0].isEmpty }).max(by: { (anchored[$0], $1) < (anchored[$1], $0) }) else { return }
            let position = queues[fact].removeFirst()
            let draft = batches[position.batch].slots[position.slot]
            let others = batches[position.batch].slots.indices.filter { $0 != position.slot }
            let batchTables = others.reduce(into: Set<Int>()) { $0.formUnion(batches[position.batch].slots[$1].tables) }
            guard let moved = salesSlot(for: draft, batchTables: batchTables, edgeUse: edgeUse, subjects: subjects) else { continue }
            for edge in draft.edges { edgeUse[edge] -= 1 }
            for edge in moved.edges { edgeUse[edge] += 1 }
            batches[position.batch].slots[position.slot] = moved
            anchored[fact] -= 1
            anchored[moved.anchor] += 1
            counts[.returns, default: 0] -= 1
            counts[.sales, default: 0] += 1
        }
    }

    /// `draft` asked of a sales fact that reaches the parents its returns anchor joins, or nil when
    /// no sales fact does within the demand of the joins it gives up and the batch's table limit.
    private func salesSlot(for draft: SlotDraft, batchTables: Set<Int>, edgeUse: [Int], subjects: [QuestionSubject]) -> SlotDraft? {
        let returns = draft.anchor
        let ownEdges = draft.edges.filter { graph.edgeEnds[$0].0 == returns }
        // Every join from the returns fact is a use the plan may give up only above its demand.
        guard ownEdges.allSatisfy({ edgeUse[$0] > problem.edgeDemand[$0] }) else { return nil }
        let referenced = Set(graph.edgeEnds.filter { $0.0 == returns }.map(\.1))
        let facts = schema.tables.indices.filter { subjects[$0] == .sales && $0 != returns }
            .sorted { (referenced.contains($0) ? 0 : 1, batchTables.contains($0) ? 0 : 1, $0)
                < (referenced.contains($1) ? 0 : 1, batchTables.contains($1) ? 0 : 1, $1) }
        for fact in facts {
            var moved = draft
            moved.anchor = fact
            moved.edges.subtract(ownEdges)
            moved.tables.remove(returns)
            moved.tables.insert(fact)
            var reached = true
            for edge in ownEdges.sorted() where graph.edgeEnds[edge].1 != fact {
                let parent = graph.edgeEnds[edge].1
                let choices = graph.edgeEnds.indices.filter { graph.edgeEnds[$0] == (fact, parent) && !moved.edges.contains($0) }
                guard let chosen = choices.min(by: { (edgeUse[$0], $0) < (edgeUse[$1], $1) }) else {
                    reached = false
                    break
                }
                moved.edges.insert(chosen)
            }
            guard reached, batchTables.union(moved.tables).count <= problem.settings.maxTablesPerBatch else { continue }
            return moved
        }
        return nil
    }
}
