/// Limits and tolerances for ``MIPSolver/solve(_:options:)``.
public struct SolverOptions: Sendable {
    /// Wall-clock limit for the whole solve, in seconds; must be positive (`.infinity` for none).
    public var timeLimitSeconds: Double
    /// Stop as soon as the relative gap between the best solution and the bound is at most this
    /// (0 = prove optimality). Ignored for pure LPs.
    public var relativeGap: Double
    /// Run GLPK's presolver before solving (recommended; it also detects infeasibility early).
    public var presolve: Bool
    /// Generate cutting planes (Gomory mixed-integer, MIR, cover and clique cuts).
    public var cuts: Bool
    /// Run the feasibility-pump heuristic to find a first integer solution early.
    public var feasibilityPump: Bool
    /// A known integer-feasible point (one value per variable) offered to the search as its first
    /// incumbent. GLPK itself does not check it, so ``MIPSolver`` does (bounds, integrality and every
    /// constraint, within 1e-6) and silently drops an infeasible point. While a point is offered,
    /// presolve is turned off, since GLPK takes heuristic solutions in the original variables only.
    public var startingSolution: [Double]?

    public init(timeLimitSeconds: Double = 60, relativeGap: Double = 0, presolve: Bool = true,
                cuts: Bool = false, feasibilityPump: Bool = false, startingSolution: [Double]? = nil) {
        self.timeLimitSeconds = timeLimitSeconds
        self.relativeGap = relativeGap
        self.presolve = presolve
        self.cuts = cuts
        self.feasibilityPump = feasibilityPump
        self.startingSolution = startingSolution
    }
}
