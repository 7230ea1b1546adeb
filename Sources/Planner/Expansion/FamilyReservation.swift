import LinearProgramming
import Model

/// The family mix (docs/analysis-families.md, "Family mix"): before levels are dealt, slots are set
/// aside so that every analysis family reaches its least share of the plan's slots
/// (`planner.family_min_share` and its per-family overrides), each at its family's level.
///
/// Which families a slot fits follows from its anchor, joins and targets (``AnalysisFamily/fits``),
/// and the targets' uses from the level, so every slot is tried at every level. Setting slots aside
/// is an assignment program: `x_{s,f}` (slot `s` asks family `f`, `f` fits `s` at `f`'s level), at
/// most one family per slot, at most the level's quota per level, and per family
/// `Σ_s x_{s,f} + u_f ≥ m_f` with a shortfall `u_f` that costs more than any assignment. Slot rows
/// and family rows are two partitions of the variables and the level rows unions of family rows,
/// so the matrix is totally unimodular: the LP's vertex is integral. Each assignment costs
/// 1 plus how far the slot's width lies from its level's band (the narrowest slots simple, the
/// widest highly complex, as ``PlanExpander/assignLevels(_:reserved:)`` deals the others), so
/// the slots set aside are those the level would take anyway where the choice is free.
/// A family that too few slots fit gets what fits and a warning naming the family and the reason
/// (``warnings(counts:)``, once every slot has its family).
struct FamilyReservation {
    /// Reserved family per slot position (nil: the slot's level and family are dealt later).
    var families: [AnalysisFamily?]
    /// Slots of the plan.
    var total: Int
    /// Least slots per family and the share they come from.
    var minimum: [AnalysisFamily: Int]
    var share: [AnalysisFamily: Double]
    /// Slots per level the reservation was made for.
    var quota: [ComplexityLevel: Int]
    /// Slots that fit each family at its level.
    var fitCount: [AnalysisFamily: Int] = [:]

    /// Least slots per family for a plan of `total` slots: its share, rounded up; none where the
    /// share is less than one slot (a plan under 50 slots at 2%), so a small plan is not all
    /// one-slot families.
    static func minimums(total: Int, settings: PlannerSettings) -> [AnalysisFamily: Int] {
        var result: [AnalysisFamily: Int] = [:]
        for family in AnalysisFamily.allCases {
            let exact = settings.familyMinShare(of: family) * Double(total)
            result[family] = exact < 1 - 1e-9 ? 0 : Int((exact - 1e-9).rounded(.up))
        }
        return result
    }

    /// The families `draft` fits at `level` (none at the simple level beyond two tables).
    static func fitting(_ draft: SlotDraft, level: ComplexityLevel, schema: Schema, semantic: SemanticModel) -> [AnalysisFamily] {
        guard level != .simple || draft.tables.count <= 2 else { return [] }
        var trial = draft
        trial.level = level
        TargetUses.assign(&trial, schema: schema)
        let shape = AnalysisFamily.SlotShape(trial.slot(id: "", schema: schema))
        return AnalysisFamily.allCases.filter { $0.level == level && $0.fits(shape, schema: schema, semantic: semantic) }
    }

    /// Sets slots aside for the family minimums. `drafts` are the plan's slots in plan order,
    /// `widthOrder` their positions from narrowest to widest, `quota` the slots per level.
    static func reserve(_ drafts: [SlotDraft], widthOrder: [Int], quota: [ComplexityLevel: Int], schema: Schema,
                        semantic: SemanticModel, settings: PlannerSettings) throws(SolverError) -> FamilyReservation {
        let total = drafts.count
        let minimum = minimums(total: total, settings: settings)
        var reservation = FamilyReservation(
            families: Array(repeating: nil, count: total), total: total, minimum: minimum,
            share: Dictionary(uniqueKeysWithValues: AnalysisFamily.allCases.map { ($0, settings.familyMinShare(of: $0)) }), quota: quota)
        guard total > 0, minimum.values.contains(where: { $0 > 0 }) else { return reservation }
        var rank = [Int](repeating: 0, count: total)
        for (position, index) in widthOrder.enumerated() { rank[index] = position }
        var bands: [ComplexityLevel: (low: Int, high: Int)] = [:]
        var start = 0
        for level in ComplexityLevel.allCases {
            bands[level] = (start, start + (quota[level] ?? 0))
            start += quota[level] ?? 0
        }
        func cost(_ index: Int, _ level: ComplexityLevel) -> Double {
            guard let band = bands[level] else { return 1 }
            let distance = rank[index] < band.low ? band.low - rank[index] : max(0, rank[index] - band.high + 1)
            return 1 + Double(distance) / Double(total)
        }

        var program = LinearProgram(sense: .minimize)
        var familyTerms: [AnalysisFamily: [(variable: Int, coefficient: Double)]] = [:]
        var levelTerms: [ComplexityLevel: [(variable: Int, coefficient: Double)]] = [:]
        var choices: [(index: Int, family: AnalysisFamily, variable: Int)] = []
        var fitCount: [AnalysisFamily: Int] = [:]
        for (index, draft) in drafts.enumerated() {
            var row: [(variable: Int, coefficient: Double)] = []
            for level in ComplexityLevel.allCases {
                for family in fitting(draft, level: level, schema: schema, semantic: semantic) {
                    fitCount[family, default: 0] += 1
                    guard (minimum[family] ?? 0) > 0 else { continue }
                    let variable = program.addVariable(name: "x\(index)_\(family.rawValue)", lower: 0, upper: 1,
                                                       objective: cost(index, level))
                    row.append((variable, 1))
                    familyTerms[family, default: []].append((variable, 1))
                    levelTerms[level, default: []].append((variable, 1))
                    choices.append((index, family, variable))
                }
            }
            if row.count > 1 { program.addConstraint(name: "slot\(index)", terms: row, upper: 1) }
        }
        let penalty = 10 * Double(total) + 10
        for family in AnalysisFamily.allCases where (minimum[family] ?? 0) > 0 {
            let shortfall = program.addVariable(name: "u_\(family.rawValue)", lower: 0, objective: penalty)
            program.addConstraint(name: "least_\(family.rawValue)", terms: (familyTerms[family] ?? []) + [(shortfall, 1)],
                                  lower: Double(minimum[family] ?? 0))
        }
        for level in ComplexityLevel.allCases {
            guard let terms = levelTerms[level] else { continue }
            program.addConstraint(name: "level_\(level.rawValue)", terms: terms, upper: Double(quota[level] ?? 0))
        }
        let solution = try MIPSolver.solve(program, options: SolverOptions(timeLimitSeconds: max(10, settings.timeLimitSeconds)))
        if solution.hasSolution {
            for choice in choices where solution.values[choice.variable] > 0.5 && reservation.families[choice.index] == nil {
                reservation.families[choice.index] = choice.family
            }
        }
        reservation.fitCount = fitCount
        return reservation
    }

    /// One line per family whose final slots (`counts`) stay below its least share: the family,
    /// its slots and why (too few slots fit it, or its level cannot hold all its families' shares).
    func warnings(counts: [AnalysisFamily: Int]) -> [String] {
        var lines: [String] = []
        for family in AnalysisFamily.allCases where (counts[family] ?? 0) < (minimum[family] ?? 0) {
            let need = minimum[family] ?? 0
            let fit = fitCount[family] ?? 0
            let reason = fit < need
                ? "only \(fit) slot\(fit == 1 ? "" : "s") of the plan fit it (it needs \(family.requirement))"
                : "the \(family.level.rawValue) level's \(quota[family.level] ?? 0) slots cannot hold the least shares of all its families"
            lines.append("family \(family.rawValue) has \(counts[family] ?? 0) of \(total) slots, below its least share "
                + "\(Self.percent(share[family] ?? 0)) (\(need) slots): \(reason)")
        }
        return lines
    }

    /// A share as a percentage, e.g. "2%" or "2.5%".
    static func percent(_ value: Double) -> String {
        let tenths = (value * 1000).rounded() / 10
        return (tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)) + "%"
    }
}
