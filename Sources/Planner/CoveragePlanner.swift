import LinearProgramming
import Model

/// Plans generation so that the whole schema (or what a dataset still misses) is covered in the
/// fewest batches: candidate groups, greedy baseline, integer program, integral assignment,
/// deterministic expansion into batches and slots.
public struct CoveragePlanner: Sendable {
    public let schema: Schema
    public let schemaIdentity: SchemaIdentity
    public let config: Config

    public init(schema: Schema, schemaIdentity: SchemaIdentity, config: Config) {
        self.schema = schema
        self.schemaIdentity = schemaIdentity
        self.config = config
    }

    /// A plan together with what is not part of the byte-stable plan file.
    public struct Outcome: Sendable {
        public var plan: Plan
        /// Wall-clock seconds of the integer program.
        public var solveSeconds: Double
        /// Wall-clock seconds of the whole planning.
        public var totalSeconds: Double
    }

    /// Plans the full schema; with `planner.examples` N, sized to about N examples (see ``sized(to:)``).
    public func plan() throws(PlannerError) -> Outcome {
        if config.planner.examples > 0 { return try sized(to: config.planner.examples) }
        return try plan(demand: CoverageDemand.full(schema: schema, settings: config.planner), kind: .full)
    }

    /// A plan of about `examples` slots with even column use: one plan with r = 1 measures the
    /// slots of one full coverage, then r = max(1, round(N / those slots)) for every column, and
    /// once more r · N / slots when that plan is more than 5% off. When N allows every column two
    /// uses with one target per slot, slots get one target each (K = 1): each question then asks
    /// for one thing, and the same column comes back in more, shorter questions instead of in
    /// pairs. The plan's config records N, the K and the r used.
    public func sized(to examples: Int) throws(PlannerError) -> Outcome {
        func solve(_ settings: Config) throws(PlannerError) -> Outcome {
            try CoveragePlanner(schema: schema, schemaIdentity: schemaIdentity, config: settings).plan()
        }
        var probe = config
        probe.planner.examples = 0
        probe.planner.columnCoverage = 1
        var single = probe
        single.planner.maxColumnsPerSlot = 1
        var once = try solve(single)
        if probe.planner.maxColumnsPerSlot == 1 || 2 * once.plan.slots.count <= examples {
            probe = single
        } else {
            let seconds = once.totalSeconds
            once = try solve(probe)
            once.totalSeconds += seconds
        }
        let slots = max(1, once.plan.slots.count)
        var coverage = max(1, Int((Double(examples) / Double(slots)).rounded()))
        var sized = probe
        sized.planner.columnCoverage = coverage
        var outcome = coverage == 1 ? once : try solve(sized)
        // Slots do not grow exactly in proportion to r: one correction when more than 5% off.
        let planned = Double(outcome.plan.slots.count)
        if coverage > 1, abs(planned - Double(examples)) > 0.05 * Double(examples) {
            let corrected = max(1, Int((Double(coverage) * Double(examples) / planned).rounded()))
            if corrected != coverage {
                sized.planner.columnCoverage = corrected
                let seconds = outcome.totalSeconds
                outcome = try solve(sized)
                outcome.totalSeconds += seconds
                coverage = corrected
            }
        }
        outcome.plan.config.planner.examples = examples
        outcome.plan.config.planner.columnCoverage = coverage
        if coverage > 1 { outcome.totalSeconds += once.totalSeconds }
        return outcome
    }

    /// Plans only what `measured` still misses.
    public func replan(measured: CoverageReport) throws(PlannerError) -> Outcome {
        try plan(demand: CoverageDemand.residual(schema: schema, settings: config.planner, measured: measured), kind: .gaps)
    }

    /// Plans `demand`.
    public func plan(demand: CoverageDemand, kind: Plan.Kind) throws(PlannerError) -> Outcome {
        let clock = ContinuousClock()
        let started = clock.now
        try checkOverrides()
        let settings = config.planner
        let candidates = CandidateGroups(schema: schema, maxTables: settings.maxTablesPerBatch, limit: settings.maxCandidateGroups)
        let problem = CoverageProblem(schema: schema, demand: demand, groups: candidates.groups, settings: settings)
        let missing = problem.uncoverable()
        if !missing.tables.isEmpty || !missing.edges.isEmpty {
            let names = missing.tables.map { schema.tables[$0].name } + missing.edges.map { schema.foreignKeys[$0].id }
            throw PlannerError("no candidate group holds: \(names.prefix(10).joined(separator: ", ")); raise planner.max_tables_per_batch or planner.max_candidate_groups")
        }
        if demand.isEmpty {
            return Outcome(plan: makePlan(kind: kind, batches: [], report: emptyReport(candidates), demand: demand),
                           solveSeconds: 0, totalSeconds: (clock.now - started).inSeconds)
        }
        guard let greedy = GreedyBaseline.batches(problem) else {
            throw PlannerError("the greedy baseline found no cover; some demand lies outside every candidate group")
        }
        let greedyTotal = greedy.reduce(0, +)
        var selection: CoverageProgram.Selection
        var chosen: [Int]
        var status: String
        var assignment: CoverageProgram.Assignment?
        let limit = settings.timeLimitSeconds
        do {
            guard let greedyAssignment = try CoverageProgram.assign(problem, batches: greedy) else {
                throw PlannerError("internal error: the greedy cover cannot hold the column demand")
            }
            // The aggregate formulation first, with half the time; when its batches cannot hold the
            // columns, the flow formulation with the rest (the greedy cover as its first incumbent).
            let aggregateSeconds = problem.groups.count > 5_000 ? limit / 2 : limit
            selection = try CoverageProgram.selectBatches(problem, greedy: greedy, greedyAssignment: greedyAssignment,
                                                          flow: false, seconds: aggregateSeconds)
            (chosen, status) = Self.choose(selection, greedy: greedy)
            assignment = try CoverageProgram.assign(problem, batches: chosen)
            if assignment == nil {
                let remaining = limit - (clock.now - started).inSeconds
                let bound = selection.solution.bestBound
                if remaining >= 0.5 {
                    selection = try CoverageProgram.selectBatches(problem, greedy: greedy, greedyAssignment: greedyAssignment,
                                                                  flow: true, seconds: remaining)
                    (chosen, status) = Self.choose(selection, greedy: greedy)
                    assignment = try CoverageProgram.assign(problem, batches: chosen)
                } else {
                    selection.solution.timeLimitReached = true
                }
                if assignment == nil {
                    (chosen, status, assignment) = (greedy, "greedy", greedyAssignment)
                }
                // The aggregate program relaxes the flow program: its bound stays valid.
                if let bound, (selection.solution.bestBound ?? -.infinity) < bound { selection.solution.bestBound = bound }
            }
        } catch let error as PlannerError {
            throw error
        } catch {
            throw PlannerError("the solver failed: \(error)")
        }
        let solution = selection.solution
        guard let assignment else {
            throw PlannerError("internal error: the chosen batches cannot hold the column demand")
        }
        var expander = PlanExpander(schema: schema, graph: IndexedGraph(schema: schema), problem: problem,
                                    demand: demand, seed: UInt64(config.seed))
        expander.familyMix = kind == .full
        let expansion: PlanExpander.Expansion
        do {
            expansion = try expander.expand(batches: chosen, assignment: assignment)
        } catch {
            throw PlannerError("the solver failed on the family mix: \(error)")
        }
        let batches = expansion.batches
        let objective = Double(chosen.reduce(0, +))
        let rawBound = solution.bestBound ?? 0
        let bound = min(objective, (rawBound - 1e-6).rounded(.up))
        let report = SolverReport(
            status: status, objective: objective, bestBound: bound,
            gap: objective > 0 ? (objective - bound) / objective : 0,
            timeLimitReached: solution.timeLimitReached, timeLimitSeconds: settings.timeLimitSeconds,
            greedyBatches: greedyTotal, candidateGroups: candidates.groups.count, candidateMode: candidates.mode,
            variables: selection.variables, integerVariables: selection.integerVariables, constraints: selection.constraints)
        var plan = makePlan(kind: kind, batches: batches, report: report, demand: demand)
        if !expansion.warnings.isEmpty { plan.warnings = expansion.warnings }
        let violations = PlanChecker.violations(of: plan, schema: schema, demand: demand)
        if !violations.isEmpty {
            throw PlannerError("internal error: the expanded plan is infeasible: \(violations.prefix(5).joined(separator: "; "))")
        }
        return Outcome(plan: plan, solveSeconds: solution.seconds, totalSeconds: (clock.now - started).inSeconds)
    }

    /// The solver's batches when it found a plan, else the greedy cover.
    private static func choose(_ selection: CoverageProgram.Selection, greedy: [Int]) -> ([Int], String) {
        let solution = selection.solution
        guard solution.hasSolution else { return (greedy, "greedy") }
        return (selection.batches, solution.status == .optimal ? "optimal" : "feasible")
    }

    private func checkOverrides() throws(PlannerError) {
        for name in config.planner.tableCoverage.keys.sorted() where schema.table(named: name) == nil {
            throw PlannerError("planner.table_coverage names unknown table \"\(name)\"")
        }
        for name in config.planner.columnCoverageOverrides.keys.sorted() {
            guard let ref = ColumnRef(qualified: name), schema.table(named: ref.table)?.column(named: ref.column) != nil else {
                throw PlannerError("planner.column_coverage_overrides names unknown column \"\(name)\"")
            }
        }
    }

    private func emptyReport(_ candidates: CandidateGroups) -> SolverReport {
        SolverReport(status: "optimal", objective: 0, bestBound: 0, gap: 0, timeLimitReached: false,
                     timeLimitSeconds: config.planner.timeLimitSeconds, greedyBatches: 0,
                     candidateGroups: candidates.groups.count, candidateMode: candidates.mode,
                     variables: 0, integerVariables: 0, constraints: 0)
    }

    private func makePlan(kind: Plan.Kind, batches: [Batch], report: SolverReport, demand: CoverageDemand) -> Plan {
        Plan(kind: kind, schema: schemaIdentity, seed: config.seed, config: config, solver: report,
             batches: batches, projectedCoverage: ProjectedCoverage.of(batches: batches, schema: schema))
    }
}

/// A plan that could not be made, with what to change.
public struct PlannerError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
