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
        raiseToFamilyFloors(&quota, total: total)
        return quota
    }

    /// The family mix within the level mix: a level whose families' least shares (`planner.family_min_share`)
    /// add up to more slots than its quota takes slots from the level with the most to spare,
    /// as far as the mix tolerance allows (the program proves levels of these sizes fit the batches).
    private func raiseToFamilyFloors(_ quota: inout [ComplexityLevel: Int], total: Int) {
        let settings = problem.settings
        let minimum = FamilyReservation.minimums(total: total, settings: mixSettings)
        var floor: [ComplexityLevel: Int] = [:]
        for (family, count) in minimum.sorted(by: { $0.key < $1.key }) { floor[family.level, default: 0] += count }
        func bounds(_ level: ComplexityLevel) -> (low: Int, high: Int) {
            let share = settings.complexityMix.share(of: level)
            let low = Int((max(0, share - settings.mixTolerance) * Double(total) - 1e-9).rounded(.up))
            return (max(low, problem.levelDemand[level] ?? 0), Int((min(1, share + settings.mixTolerance) * Double(total) + 1e-9).rounded(.down)))
        }
        for level in ComplexityLevel.allCases {
            while (quota[level] ?? 0) < (floor[level] ?? 0), (quota[level] ?? 0) < bounds(level).high {
                let spare = ComplexityLevel.allCases.map { (quota[$0] ?? 0) - max(floor[$0] ?? 0, bounds($0).low) }
                guard let donor = ComplexityLevel.allCases.indices.filter({ ComplexityLevel.allCases[$0] != level && spare[$0] > 0 })
                    .max(by: { (spare[$0], $1) < (spare[$1], $0) }).map({ ComplexityLevel.allCases[$0] }) else { break }
                quota[donor, default: 0] -= 1
                quota[level, default: 0] += 1
            }
        }
    }

    /// Final levels: the mix's quotas over all slots. Slots the family mix set aside (`reserved`)
    /// keep their family's level; of the others, simple goes to the narrowest slots (at most two
    /// tables), the other levels go by width, the widest slots highest.
    func assignLevels(_ batches: inout [(group: Int, slots: [SlotDraft])], quota fullQuota: [ComplexityLevel: Int]) {
        let positions = Self.positions(batches)
        var quota = fullQuota
        func draft(_ position: (batch: Int, slot: Int)) -> SlotDraft { batches[position.batch].slots[position.slot] }
        var assigned = [ComplexityLevel?](repeating: nil, count: positions.count)
        for (index, position) in positions.enumerated() {
            guard let family = draft(position).family else { continue }
            assigned[index] = family.level
            quota[family.level, default: 0] -= 1
        }
        let order = widthOrder(batches)
        let eligible = order.filter { assigned[$0] == nil && draft(positions[$0]).tables.count <= 2 }
        for index in eligible.prefix(max(0, quota[.simple] ?? 0)) { assigned[index] = .simple }
        // Too few narrow slots: their share moves to moderate.
        quota[.moderate, default: 0] += max(0, (quota[.simple] ?? 0) - eligible.count)
        quota[.simple] = 0
        let rest = order.filter { assigned[$0] == nil }
        var cursor = 0
        for level in [ComplexityLevel.moderate, .complex, .highlyComplex] {
            for _ in 0..<max(0, quota[level] ?? 0) where cursor < rest.count {
                assigned[rest[cursor]] = level
                cursor += 1
            }
        }
        for (index, position) in positions.enumerated() {
            batches[position.batch].slots[position.slot].level = assigned[index] ?? .moderate
        }
    }

    /// Every slot's position (batch, slot), in plan order.
    static func positions(_ batches: [(group: Int, slots: [SlotDraft])]) -> [(batch: Int, slot: Int)] {
        batches.indices.flatMap { batch in batches[batch].slots.indices.map { (batch, $0) } }
    }

    /// Slot indices (in ``positions(_:)`` order) from the narrowest to the widest: tables, joins, targets.
    func widthOrder(_ batches: [(group: Int, slots: [SlotDraft])]) -> [Int] {
        let drafts = Self.positions(batches).map { batches[$0.batch].slots[$0.slot] }
        return drafts.indices.sorted {
            (drafts[$0].tables.count, drafts[$0].edges.count, drafts[$0].targets.count, $0)
                < (drafts[$1].tables.count, drafts[$1].edges.count, drafts[$1].targets.count, $1)
        }
    }
}
