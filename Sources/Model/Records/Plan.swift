/// A coverage plan: the batches (generation calls) and slots (question/SQL pairs) that together
/// cover every column, table and foreign-key edge of a schema. Written by `nl2sqlgen plan`,
/// documented in `docs/plan-format.md`.
public struct Plan: Sendable, Equatable, Codable {
    /// The plan file format this build reads and writes.
    public static let formatVersion = 3
    /// Older plan formats this build still reads (version 2: slots without a family).
    public static let readableVersions = [2, 3]

    public var formatVersion: Int
    /// `full` for a plan of the whole schema, `gaps` for a re-plan of what a dataset still misses.
    public var kind: Kind
    public var schema: SchemaIdentity
    public var seed: Int
    public var config: Config
    public var solver: SolverReport
    public var batches: [Batch]
    public var projectedCoverage: ProjectedCoverage
    /// What the plan could not meet without failing, e.g. an analysis family below its least
    /// share because too few slots fit it; nil (absent from the file) when there is nothing to say.
    public var warnings: [String]?

    public enum Kind: String, Sendable, Codable {
        case full
        case gaps
    }

    public init(kind: Kind, schema: SchemaIdentity, seed: Int, config: Config, solver: SolverReport,
                batches: [Batch], projectedCoverage: ProjectedCoverage) {
        self.formatVersion = Plan.formatVersion
        self.kind = kind
        self.schema = schema
        self.seed = seed
        self.config = config
        self.solver = solver
        self.batches = batches
        self.projectedCoverage = projectedCoverage
    }

    enum CodingKeys: String, CodingKey {
        case kind, schema, seed, config, solver, batches, warnings
        case formatVersion = "format_version"
        case projectedCoverage = "projected_coverage"
    }

    /// Every slot of every batch, in plan order.
    public var slots: [Slot] { batches.flatMap(\.slots) }
}

/// Which schema a plan or dataset belongs to.
public struct SchemaIdentity: Sendable, Equatable, Codable {
    public var name: String
    /// SHA-256 of the schema file's bytes.
    public var sha256: String
    /// The schema file as named when planning (used by `run` when no `--schema` is given).
    public var path: String?

    public init(name: String, sha256: String, path: String? = nil) {
        self.name = name
        self.sha256 = sha256
        self.path = path
    }
}

/// One generation call: a connected set of tables, a business category and its slots.
public struct Batch: Sendable, Equatable, Codable {
    public var id: String
    public var tables: [String]
    /// Foreign-key edges (``ForeignKey/id``) that the batch's slots join over.
    public var joinEdges: [String]
    public var category: String
    public var slots: [Slot]

    public init(id: String, tables: [String], joinEdges: [String], category: String, slots: [Slot]) {
        self.id = id
        self.tables = tables
        self.joinEdges = joinEdges
        self.category = category
        self.slots = slots
    }

    enum CodingKeys: String, CodingKey {
        case id, tables, category, slots
        case joinEdges = "join_edges"
    }
}

/// One question/SQL pair to generate: one analytic intent. The SQL starts from the ``anchor``
/// table and joins outward along foreign keys (fact to dimension to outrigger) only to reach the
/// tables of its targets; every table it joins contributes a column in a visible use.
public struct Slot: Sendable, Equatable, Codable {
    public var id: String
    public var complexity: ComplexityLevel
    /// The table the question is about (its FROM table); every join leads outward from it.
    public var anchor: String
    /// Tables the SQL must read: the anchor and the tables its join edges reach.
    public var tables: [String]
    /// Columns the SQL must use, each with the use the plan intends for it.
    public var targets: [SlotTarget]
    /// Foreign-key edges the SQL must join over, child side first from the anchor outward.
    public var joinEdges: [String]
    /// The analysis family the slot asks (docs/analysis-families.md); nil in version 2 plans.
    public var family: AnalysisFamily?

    public init(id: String, complexity: ComplexityLevel, anchor: String, tables: [String], targets: [SlotTarget],
                joinEdges: [String], family: AnalysisFamily? = nil) {
        self.id = id
        self.complexity = complexity
        self.anchor = anchor
        self.tables = tables
        self.targets = targets
        self.joinEdges = joinEdges
        self.family = family
    }

    /// The target columns, in plan order.
    public var targetColumns: [ColumnRef] { targets.map(\.column) }

    enum CodingKeys: String, CodingKey {
        case id, complexity, anchor, tables, targets, family
        case joinEdges = "join_edges"
    }
}

/// One target column of a slot and what the slot is to do with it.
public struct SlotTarget: Sendable, Equatable, Hashable, Codable {
    public var column: ColumnRef
    public var use: IntendedUse

    public init(column: ColumnRef, use: IntendedUse) {
        self.column = column
        self.use = use
    }
}

/// What the solver reported. Wall-clock time is kept out of the plan file so that the same
/// inputs give byte-identical plans; `nl2sqlgen plan` prints it and writes it beside the plan.
public struct SolverReport: Sendable, Equatable, Codable {
    /// `optimal`, `feasible` (time limit reached with a plan), or `greedy` (the solver found no plan in time).
    public var status: String
    public var objective: Double
    public var bestBound: Double
    public var gap: Double
    public var timeLimitReached: Bool
    public var timeLimitSeconds: Double
    /// Batches of the greedy set-cover baseline on the same inputs.
    public var greedyBatches: Int
    public var candidateGroups: Int
    /// `exhaustive` when every connected table group of up to T tables was offered, `seeded` when capped.
    public var candidateMode: String
    public var variables: Int
    public var integerVariables: Int
    public var constraints: Int

    public init(status: String, objective: Double, bestBound: Double, gap: Double, timeLimitReached: Bool,
                timeLimitSeconds: Double, greedyBatches: Int, candidateGroups: Int, candidateMode: String,
                variables: Int, integerVariables: Int, constraints: Int) {
        self.status = status
        self.objective = objective
        self.bestBound = bestBound
        self.gap = gap
        self.timeLimitReached = timeLimitReached
        self.timeLimitSeconds = timeLimitSeconds
        self.greedyBatches = greedyBatches
        self.candidateGroups = candidateGroups
        self.candidateMode = candidateMode
        self.variables = variables
        self.integerVariables = integerVariables
        self.constraints = constraints
    }

    enum CodingKeys: String, CodingKey {
        case status, objective, gap, variables, constraints
        case bestBound = "best_bound"
        case timeLimitReached = "time_limit_reached"
        case timeLimitSeconds = "time_limit_seconds"
        case greedyBatches = "greedy_batches"
        case candidateGroups = "candidate_groups"
        case candidateMode = "candidate_mode"
        case integerVariables = "integer_variables"
    }
}

/// Coverage the plan promises if every slot is generated as planned.
public struct ProjectedCoverage: Sendable, Equatable, Codable {
    public var columns: CoverageCount
    public var tables: CoverageCount
    public var edges: CoverageCount
    /// Slots per complexity level.
    public var complexity: [String: Int]
    public var slots: Int
    public var batches: Int

    public init(columns: CoverageCount, tables: CoverageCount, edges: CoverageCount, complexity: [String: Int],
                slots: Int, batches: Int) {
        self.columns = columns
        self.tables = tables
        self.edges = edges
        self.complexity = complexity
        self.slots = slots
        self.batches = batches
    }
}

/// `covered` of `total`.
public struct CoverageCount: Sendable, Equatable, Codable {
    public var covered: Int
    public var total: Int

    public init(covered: Int, total: Int) {
        self.covered = covered
        self.total = total
    }

    /// Covered share in percent (100 when there is nothing to cover).
    public var percent: Double { total == 0 ? 100 : 100 * Double(covered) / Double(total) }
}
