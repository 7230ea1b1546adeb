import Model

extension PlanExpander {
    /// Moves each descriptive detail of a dimension (a street name, a suite number, a manager's
    /// name: a `text` column; a floor space, a tax rate, a GMT offset: a number the semantic model
    /// calls a detail) that a grouping slot could only filter by to a simple slot of its table with
    /// room, where it is shown (a lookup, or the profile of one named entity, as analysts use
    /// details). A record's start date goes the same way: no cut of sales, but shown in a profile or
    /// asked of the versions begun on a date; the end date stays, as the current-version filter.
    /// Slots of the dimension alone first, then slots of the same batch. The targets, and so the
    /// coverage, stay the same; levels and families set aside do too.
    func relocateDetails(_ batches: inout [(group: Int, slots: [SlotDraft])]) {
        let positions = Self.positions(batches)
        for position in positions where batches[position.batch].slots[position.slot].level != .simple {
            for target in batches[position.batch].slots[position.slot].targets where isDescriptiveDetail(target, semantic: semantic) || isRecordStart(target, semantic: semantic) {
                guard let table = tableIndex(of: target) else { continue }
                let name = target.description
                let receivers = positions.filter { candidate in
                    let draft = batches[candidate.batch].slots[candidate.slot]
                    return draft.level == .simple && draft.tables.contains(table) && draft.targets.count < problem.maxColumns
                        && !draft.targetNames.contains(name)
                }
                guard let chosen = receivers.min(by: { receiverRank($0, table: table, near: position, batches) < receiverRank($1, table: table, near: position, batches) })
                else { continue }
                batches[position.batch].slots[position.slot].remove(target)
                batches[chosen.batch].slots[chosen.slot].add(target)
            }
        }
    }

    /// A text detail of a dimension table, or a number its semantic model calls a detail.
    private func isDescriptiveDetail(_ ref: ColumnRef, semantic: SemanticModel) -> Bool {
        guard schema.table(named: ref.table)?.kind == .dimension else { return false }
        return schema.useClass(of: ref) == .text || (schema.useClass(of: ref) == .rate && semantic.role(of: ref) == .detail)
    }

    /// The first of the columns that version a dimension's records (`web_rec_start_date`).
    private func isRecordStart(_ ref: ColumnRef, semantic: SemanticModel) -> Bool {
        semantic.table(ref.table).versionedBy?.first == ref.column
    }

    /// Lower is better: a slot of the table alone (an entity's profile), then one of the same batch, then plan order.
    private func receiverRank(_ position: (batch: Int, slot: Int), table: Int, near origin: (batch: Int, slot: Int),
                              _ batches: [(group: Int, slots: [SlotDraft])]) -> (Int, Int, Int, Int) {
        let draft = batches[position.batch].slots[position.slot]
        return (draft.tables == [table] ? 0 : 1, position.batch == origin.batch ? 0 : 1, position.batch, position.slot)
    }
}
