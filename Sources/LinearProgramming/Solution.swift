/// The result of ``MIPSolver/solve(_:options:)``.
public struct Solution: Sendable {
    public var status: SolveStatus
    /// The objective value of the best solution found, if any.
    public var objective: Double?
    /// The best proven bound on the optimum: a lower bound when minimizing, an upper bound when
    /// maximizing. Equals ``objective`` when optimal; otherwise the best open node's bound or the
    /// LP relaxation's optimum; `nil` if the solver stopped before any LP relaxation was solved.
    public var bestBound: Double?
    /// `|objective - bestBound| / max(1e-9, |objective|)`; 0 when optimal, `nil` without both values.
    public var gap: Double?
    /// One value per variable, of the best solution; empty if there is none.
    public var values: [Double]
    /// Wall-clock seconds spent in the solve (monotonic clock).
    public var seconds: Double
    /// Whether the time limit stopped the solver.
    public var timeLimitReached: Bool

    public init(status: SolveStatus, objective: Double?, bestBound: Double?, gap: Double?, values: [Double],
                seconds: Double, timeLimitReached: Bool) {
        self.status = status
        self.objective = objective
        self.bestBound = bestBound
        self.gap = gap
        self.values = values
        self.seconds = seconds
        self.timeLimitReached = timeLimitReached
    }

    /// Whether ``values`` holds a solution (optimal or feasible).
    public var hasSolution: Bool { status == .optimal || status == .feasible }
}
