/// How a solve ended.
public enum SolveStatus: String, Sendable, Codable {
    /// Proven optimal.
    case optimal
    /// Stopped early (time limit, or the relative-gap tolerance was reached) with a solution in hand.
    case feasible
    /// Proven to have no feasible solution.
    case infeasible
    /// The objective can improve without limit (for a MIP: its LP relaxation has no finite optimum).
    case unbounded
    /// Stopped (time limit) before any feasible solution was found.
    case noSolution
}
