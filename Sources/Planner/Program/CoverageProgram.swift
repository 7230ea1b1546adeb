import LinearProgramming
import Model

/// The integer program: integer batch counts per candidate group, covering every foreign-key
/// edge and every table's column demand, with slot capacity, complexity mix and category rotation.
///
/// A batch of S slots can join over each of its group's edges in every slot, so edge demand is a
/// set-cover constraint on batch counts. Column demand is first modelled by necessary aggregate
/// conditions (the `aggregate` formulation, few rows, fast to prove optimal); when the integral
/// assignment of columns to the chosen batches then turns out infeasible, the program is solved
/// again with continuous per-group assignment variables (the `flow` formulation). For fixed batch
/// counts the assignment is a transportation problem with integral data, so ``assign(_:batches:)``
/// gets an integral vertex from an LP.
enum CoverageProgram {
    /// Outcome of the batch-count program.
    struct Selection {
        var batches: [Int]
        var solution: Solution
        var variables: Int
        var integerVariables: Int
        var constraints: Int
    }

    /// Integral demand assignment for fixed batch counts.
    struct Assignment {
        /// Target uses per group and table index.
        var columns: [[Int: Int]]
        /// Join uses per group and edge index.
        var edges: [[Int: Int]]
    }

    /// Solves for the fewest batches; `flow` adds per-group column assignment variables.
    /// `greedy` (with its column assignment) is offered as the first incumbent on large programs;
    /// `seconds` bounds the solve.
    static func selectBatches(_ problem: CoverageProblem, greedy: [Int], greedyAssignment: Assignment, flow: Bool,
                              seconds: Double) throws(SolverError) -> Selection {
        let greedyBatches = greedy.reduce(0, +)
        var startValues: [Int: Double] = [:]
        let settings = problem.settings
        let slotsPerBatch = Double(problem.maxSlots)
        let columnsPerSlot = Double(problem.maxColumns)
        var program = LinearProgram(sense: .minimize)
        var batchVariables: [Int] = []
        var tableCover: [Int: [(variable: Int, coefficient: Double)]] = [:]
        var tableFlow: [Int: [(variable: Int, coefficient: Double)]] = [:]
        var edgeCover: [Int: [(variable: Int, coefficient: Double)]] = [:]
        var assignedTerms: [(variable: Int, coefficient: Double)] = []
        for (index, group) in problem.groups.enumerated() {
            let batches = program.addVariable(name: "y\(index)", lower: 0, upper: Double(greedyBatches), kind: .integer, objective: 1)
            batchVariables.append(batches)
            startValues[batches] = Double(greedy[index])
            var capacity: [(variable: Int, coefficient: Double)] = [(batches, -columnsPerSlot * slotsPerBatch)]
            for table in problem.demandTables(of: group) {
                let perBatch = min(Double(problem.tableDemand[table]), problem.width(of: table) * slotsPerBatch)
                tableCover[table, default: []].append((batches, perBatch))
                guard flow else { continue }
                let assigned = program.addVariable(name: "x\(index)_\(table)", lower: 0)
                startValues[assigned] = Double(greedyAssignment.columns[index][table] ?? 0)
                tableFlow[table, default: []].append((assigned, 1))
                capacity.append((assigned, 1))
                assignedTerms.append((assigned, 1 / columnsPerSlot))
                program.addConstraint(name: "vub_x\(index)_\(table)", terms: [(assigned, 1), (batches, -perBatch)], upper: 0)
            }
            if flow, capacity.count > 1 { program.addConstraint(name: "capacity\(index)", terms: capacity, upper: 0) }
            for edge in problem.demandEdges(of: group) { edgeCover[edge, default: []].append((batches, 1)) }
        }
        for edge in edgeCover.keys.sorted() {
            let need = (Double(problem.edgeDemand[edge]) / slotsPerBatch).rounded(.up)
            program.addConstraint(name: "cover_edge\(edge)", terms: edgeCover[edge] ?? [], lower: need)
        }
        for table in tableCover.keys.sorted() {
            program.addConstraint(name: "cover_table\(table)", terms: tableCover[table] ?? [], lower: Double(problem.tableDemand[table]))
            if flow {
                program.addConstraint(name: "assign_table\(table)", terms: tableFlow[table] ?? [], lower: Double(problem.tableDemand[table]))
            }
        }
        let totalDemand = Double(problem.tableDemand.reduce(0, +))
        program.addConstraint(name: "column_capacity", terms: batchVariables.map { ($0, columnsPerSlot * slotsPerBatch) }, lower: totalDemand)
        // Slots are intents: a join use takes a slot of its own (its targets are its parent's
        // columns), the other targets fill slots of at most K. Enough slots for both.
        program.addConstraint(name: "slots_hold_intents", terms: batchVariables.map { ($0, slotsPerBatch) },
                              lower: Double(problem.intentSlots))
        // Complexity mix over an integer slot count per level.
        var levelVariables: [Int] = []
        for level in ComplexityLevel.allCases {
            levelVariables.append(program.addVariable(name: "n_\(level.rawValue)", lower: Double(problem.levelDemand[level] ?? 0), kind: .integer))
        }
        let levelSum = levelVariables.map { (variable: $0, coefficient: 1.0) }
        program.addConstraint(name: "levels_hold_targets", terms: levelSum, lower: (totalDemand / columnsPerSlot).rounded(.up))
        if flow { program.addConstraint(name: "levels_hold_assigned", terms: levelSum + assignedTerms.map { ($0.variable, -$0.coefficient) }, lower: 0) }
        program.addConstraint(name: "levels_one_per_batch", terms: levelSum + batchVariables.map { ($0, -1.0) }, lower: 0)
        program.addConstraint(name: "levels_fit_batches", terms: levelSum + batchVariables.map { ($0, -slotsPerBatch) }, upper: 0)
        if problem.levelDemand.isEmpty {
            for (position, level) in ComplexityLevel.allCases.enumerated() {
                let share = settings.complexityMix.share(of: level)
                let high = min(1, share + settings.mixTolerance)
                let low = max(0, share - settings.mixTolerance)
                program.addConstraint(name: "mix_max_\(level.rawValue)",
                                      terms: levelSum.map { ($0.variable, $0.variable == levelVariables[position] ? 1 - high : -high) }, upper: 0)
                program.addConstraint(name: "mix_min_\(level.rawValue)",
                                      terms: levelSum.map { ($0.variable, $0.variable == levelVariables[position] ? 1 - low : -low) }, lower: 0)
            }
        }
        // Category rotation: no category holds more than its share of batches (plus one for rounding).
        let categories = Array(Set(problem.groups.map(\.category))).sorted()
        if settings.maxCategoryShare < 1, categories.count > 1 {
            for category in categories {
                let terms = problem.groups.indices.map { index -> (variable: Int, coefficient: Double) in
                    (batchVariables[index], (problem.groups[index].category == category ? 1 : 0) - settings.maxCategoryShare)
                }
                program.addConstraint(name: "category_\(category)", terms: terms, upper: 1)
            }
        }
        // The greedy cover as a first incumbent, with level counts that meet the mix; the solver
        // checks the point and drops it when it is not feasible.
        var start: [Double]?
        if problem.levelDemand.isEmpty {
            var values = [Double](repeating: 0, count: program.variableCount)
            for (variable, value) in startValues { values[variable] = value }
            let slots = max(greedyBatches, Int((totalDemand / columnsPerSlot).rounded(.up)))
            for (position, level) in ComplexityLevel.allCases.enumerated() {
                values[levelVariables[position]] = (settings.complexityMix.share(of: level) * Double(slots)).rounded()
            }
            start = values
        }
        let large = problem.groups.count > 5_000
        let solution = try MIPSolver.solve(program, options: SolverOptions(
            timeLimitSeconds: max(0.1, seconds), cuts: true, startingSolution: large || flow ? start : nil))
        let batches = solution.hasSolution ? batchVariables.map { Int(solution.values[$0].rounded()) } : []
        return Selection(batches: batches, solution: solution, variables: program.variableCount,
                         integerVariables: batchVariables.count + levelVariables.count, constraints: program.constraintCount)
    }

    /// Assigns column demand to the chosen batches (an LP whose vertex solution is integral) and
    /// join demand to the chosen groups holding each edge, at most S uses per batch. Nil when the
    /// column demand does not fit.
    static func assign(_ problem: CoverageProblem, batches: [Int]) throws(SolverError) -> Assignment? {
        var assignment = Assignment(columns: Array(repeating: [:], count: problem.groups.count),
                                    edges: Array(repeating: [:], count: problem.groups.count))
        var open = problem.edgeDemand
        for (index, group) in problem.groups.enumerated() where batches[index] > 0 {
            for edge in problem.demandEdges(of: group) where open[edge] > 0 {
                let take = min(open[edge], problem.maxSlots * batches[index])
                assignment.edges[index][edge] = take
                open[edge] -= take
            }
        }
        if open.contains(where: { $0 > 0 }) { return nil }

        var program = LinearProgram(sense: .minimize)
        var tableTerms: [Int: [(variable: Int, coefficient: Double)]] = [:]
        var columnVariables: [(group: Int, table: Int, variable: Int)] = []
        for (index, group) in problem.groups.enumerated() where batches[index] > 0 {
            let slots = Double(problem.maxSlots * batches[index])
            var capacity: [(variable: Int, coefficient: Double)] = []
            for table in problem.demandTables(of: group) {
                // Cost grows with the group's size so that demand prefers smaller, focused groups.
                let variable = program.addVariable(name: "x\(index)_\(table)", lower: 0, upper: problem.width(of: table) * slots,
                                                   objective: 1 + Double(group.tables.count) / 100)
                tableTerms[table, default: []].append((variable, 1))
                capacity.append((variable, 1))
                columnVariables.append((index, table, variable))
            }
            if !capacity.isEmpty {
                program.addConstraint(name: "capacity\(index)", terms: capacity, upper: Double(problem.maxColumns) * slots)
            }
        }
        for table in problem.tableDemand.indices where problem.tableDemand[table] > 0 {
            program.addConstraint(name: "cover_table\(table)", terms: tableTerms[table] ?? [], lower: Double(problem.tableDemand[table]))
        }
        guard program.variableCount > 0 else { return problem.tableDemand.allSatisfy { $0 == 0 } ? assignment : nil }
        let solution = try MIPSolver.solve(program, options: SolverOptions(timeLimitSeconds: max(10, problem.settings.timeLimitSeconds)))
        guard solution.hasSolution else { return nil }
        for entry in columnVariables {
            let value = Int(solution.values[entry.variable].rounded())
            if value > 0 { assignment.columns[entry.group][entry.table] = value }
        }
        return assignment
    }
}
