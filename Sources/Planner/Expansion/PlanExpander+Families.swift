import Model

extension PlanExpander {
    /// Deals each slot the family mix did not set aside an analysis family of its level that fits
    /// it (docs/analysis-families.md): the most constrained slots first (fewest fitting families),
    /// each to the fitting family with the fewest slots so far (the slots set aside counted), so
    /// every family that fits anywhere gets slots and the rest of the mix is even among the families
    /// each slot allows. Deterministic: ties go by family order, then plan order.
    static func assignFamilies(_ batches: inout [Batch], schema: Schema, semantic: SemanticModel) {
        var positions: [(batch: Int, slot: Int, fitting: [AnalysisFamily])] = []
        var counts: [AnalysisFamily: Int] = [:]
        for (batchIndex, batch) in batches.enumerated() {
            for (slotIndex, slot) in batch.slots.enumerated() {
                if let family = slot.family {
                    counts[family, default: 0] += 1
                    continue
                }
                let shape = AnalysisFamily.SlotShape(slot)
                let fitting = AnalysisFamily.allCases.filter { $0.level == slot.complexity && $0.fits(shape, schema: schema, semantic: semantic) }
                positions.append((batchIndex, slotIndex, fitting))
            }
        }
        let order = positions.indices.sorted { (positions[$0].fitting.count, $0) < (positions[$1].fitting.count, $1) }
        for index in order {
            let position = positions[index]
            guard let family = position.fitting.min(by: { (counts[$0, default: 0], $0) < (counts[$1, default: 0], $1) }) else { continue }
            batches[position.batch].slots[position.slot].family = family
            counts[family, default: 0] += 1
        }
    }
}
