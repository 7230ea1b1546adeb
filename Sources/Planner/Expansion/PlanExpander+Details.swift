import Model

extension PlanExpander {
    /// Moves each descriptive detail of a dimension (a street name, a suite number, a manager's
    /// name: a `text` column; a floor space, a tax rate, a GMT offset: a number the semantic model
    /// calls a detail) that a grouping slot could only filter by to a simple slot of its table with
    /// room, where it is shown (a lookup, or the profile of one named entity, as analysts use
    /// details). A record's start date goes the same way: no cut of sales, but shown in a profile or
    /// asked of the versions begun on a date; the end date stays, as the current-version filter.
    /// Slots of the dimension alone first, then slots of the same batch; with none that has room,
    /// it trades places (``trade(_:from:with:_:)``). The targets, and so the coverage, stay the
    /// same; levels and families set aside do too.
    func relocateDetails(_ batches: inout [(group: Int, slots: [SlotDraft])]) {
        let positions = Self.positions(batches)
        for position in positions where batches[position.batch].slots[position.slot].level != .simple {
            for target in batches[position.batch].slots[position.slot].targets where isDescriptiveDetail(target) || isRecordStart(target) {
                guard let table = tableIndex(of: target) else { continue }
                // The simple slots of its table that do not target it yet, best first.
                let receivers = positions.filter { candidate in
                    let draft = batches[candidate.batch].slots[candidate.slot]
                    return draft.level == .simple && draft.tables.contains(table) && !draft.targetNames.contains(target.description)
                }.sorted { receiverRank($0, table: table, near: position, batches) < receiverRank($1, table: table, near: position, batches) }
                guard let chosen = receivers.first(where: { batches[$0.batch].slots[$0.slot].targets.count < problem.maxColumns }) else {
                    trade(target, from: position, with: receivers, &batches)
                    continue
                }
                batches[position.batch].slots[position.slot].remove(target)
                batches[chosen.batch].slots[chosen.slot].add(target)
            }
        }
    }

    /// With no simple slot of its table with room, a detail trades places with a target of one of
    /// those slots (`receivers`, best first) that the grouping slot cuts, filters or aggregates by
    /// (a category, a name, a calendar part, a flag, a measure of a table it joins): every column
    /// keeps its number of slots, and so the coverage, and both slots still fit their families.
    private func trade(_ detail: ColumnRef, from origin: (batch: Int, slot: Int), with receivers: [(batch: Int, slot: Int)],
                       _ batches: inout [(group: Int, slots: [SlotDraft])]) {
        let source = batches[origin.batch].slots[origin.slot]
        let tradable: Set<ColumnUseClass> = [.category, .name, .datePart, .flag, .measure]
        for position in receivers {
            let receiver = batches[position.batch].slots[position.slot]
            for other in receiver.targets where tradable.contains(schema.useClass(of: other) ?? .text) && !isDescriptiveDetail(other) {
                guard let otherTable = tableIndex(of: other), source.tables.contains(otherTable), !source.targetNames.contains(other.description) else { continue }
                var traded = (source, receiver)
                traded.0.remove(detail)
                traded.0.add(other)
                traded.1.remove(other)
                traded.1.add(detail)
                guard keepsFamily(traded.0), keepsFamily(traded.1) else { continue }
                batches[origin.batch].slots[origin.slot] = traded.0
                batches[position.batch].slots[position.slot] = traded.1
                return
            }
        }
    }

    /// Whether `draft` still fits the family set aside for it, or some family of its level.
    private func keepsFamily(_ draft: SlotDraft) -> Bool {
        let fitting = FamilyReservation.fitting(draft, level: draft.level, schema: schema, semantic: semantic)
        return draft.family.map(fitting.contains) ?? !fitting.isEmpty
    }

    /// A text detail of a dimension table, or a number its semantic model calls a detail.
    private func isDescriptiveDetail(_ ref: ColumnRef) -> Bool {
        guard schema.table(named: ref.table)?.kind == .dimension else { return false }
        return schema.useClass(of: ref) == .text || (schema.useClass(of: ref) == .rate && semantic.role(of: ref) == .detail)
    }

    /// The first of the columns that version a dimension's records (`web_rec_start_date`).
    private func isRecordStart(_ ref: ColumnRef) -> Bool {
        semantic.table(ref.table).versionedBy?.first == ref.column
    }

    /// Lower is better: a slot of the table alone (an entity's profile), then one of the same batch, then plan order.
    private func receiverRank(_ position: (batch: Int, slot: Int), table: Int, near origin: (batch: Int, slot: Int),
                              _ batches: [(group: Int, slots: [SlotDraft])]) -> (Int, Int, Int, Int) {
        let draft = batches[position.batch].slots[position.slot]
        return (draft.tables == [table] ? 0 : 1, position.batch == origin.batch ? 0 : 1, position.batch, position.slot)
    }
}
