import Model

extension PlanExpander {
    /// Slots per level for `total` slots: the configured shares by largest remainder, raised to
    /// the level minimums of a gap plan.
    func levelQuota(total: Int) -> [ComplexityLevel: Int] {
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

    /// Final levels: the mix's quotas over all slots. Simple goes to the narrowest slots (at most
    /// two tables); the other levels go by width, the widest slots highest.
    func assignLevels(_ batches: inout [(group: Int, slots: [SlotDraft])]) {
        var positions: [(batch: Int, slot: Int)] = []
        for (batch, entry) in batches.enumerated() {
            for slot in entry.slots.indices { positions.append((batch, slot)) }
        }
        var quota = levelQuota(total: positions.count)
        func draft(_ position: (batch: Int, slot: Int)) -> SlotDraft { batches[position.batch].slots[position.slot] }
        func width(_ index: Int) -> (Int, Int, Int, Int) {
            let slot = draft(positions[index])
            return (slot.tables.count, slot.edges.count, slot.targets.count, index)
        }
        let eligible = positions.indices.filter { draft(positions[$0]).tables.count <= 2 }.sorted { width($0) < width($1) }
        var assigned = [ComplexityLevel?](repeating: nil, count: positions.count)
        for index in eligible.prefix(quota[.simple] ?? 0) { assigned[index] = .simple }
        // Too few narrow slots: their share moves to moderate.
        quota[.moderate, default: 0] += max(0, (quota[.simple] ?? 0) - eligible.count)
        quota[.simple] = 0
        let rest = positions.indices.filter { assigned[$0] == nil }.sorted { width($0) < width($1) }
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
}
