/// Solves ``LinearProgram``s with GLPK: the simplex method for pure LPs, branch-and-bound
/// (`glp_intopt`) when any variable is integer or binary.
///
/// Each call is synchronous and self-contained (GLPK's state is per thread), so calls from several
/// threads or tasks at once are safe. A call blocks its thread for up to
/// ``SolverOptions/timeLimitSeconds``; run long solves off the cooperative pool if that matters.
public enum MIPSolver {
    /// Checks `program` and `options`, then solves.
    ///
    /// - Throws: ``SolverError`` for a malformed program or options (nothing reaches GLPK then), or
    ///   when GLPK itself fails.
    public static func solve(_ program: LinearProgram, options: SolverOptions) throws(SolverError) -> Solution {
        let clock = ContinuousClock()
        let start = clock.now
        try validate(options)
        var options = options
        if let values = options.startingSolution {
            guard values.count == program.variableCount, values.allSatisfy(\.isFinite) else {
                throw SolverError(.invalidOptions, "startingSolution has \(values.count) values for \(program.variableCount) variables (all must be finite)")
            }
        }
        let prepared = try PreparedProgram(program)
        if let values = options.startingSolution {
            // glp_ios_heur_sol does not check feasibility: offer only a checked point, or none.
            options.startingSolution = prepared.feasiblePoint(values)
            if options.startingSolution != nil {
                options.presolve = false
            }
        }
        var result = try GLPKSession(prepared, options: options, start: start, clock: clock).run()
        result.seconds = seconds(start.duration(to: clock.now))
        return result
    }

    static func validate(_ options: SolverOptions) throws(SolverError) {
        guard options.timeLimitSeconds > 0 else {
            throw SolverError(.invalidOptions, "timeLimitSeconds is \(options.timeLimitSeconds); give a positive number of seconds (or .infinity for no limit)")
        }
        guard options.relativeGap >= 0, options.relativeGap.isFinite else {
            throw SolverError(.invalidOptions, "relativeGap is \(options.relativeGap); give a finite number >= 0 (0 proves optimality, 0.01 stops within 1%)")
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
