import CGLPK

/// State shared with GLPK's branch-and-bound callback: the best proven bound seen so far, and the
/// deadline at which the search is stopped (GLPK's own `tm_lim` does not count the presolve and the
/// root LP against the tree's budget, so the callback enforces the overall limit).
struct SearchMonitor {
    let minimize: Bool
    let deadline: ContinuousClock.Instant?
    /// The tightest best-open-node bound seen, in the original objective's terms.
    private(set) var bound: Double?
    /// Whether the callback stopped the search because the deadline passed.
    private(set) var stoppedAtDeadline = false

    /// A starting solution, 1-based as GLPK wants it, offered once at the first heuristic call.
    private var startingSolution: [Double]?

    init(minimize: Bool, deadline: ContinuousClock.Instant?, startingSolution: [Double]? = nil) {
        self.minimize = minimize
        self.deadline = deadline
        self.startingSolution = startingSolution.map { [0] + $0 }
    }

    /// The C callback GLPK calls during `glp_intopt`; `info` points to a `SearchMonitor`.
    static var callback: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Void {
        { tree, info in
            guard let tree, let info else { return }
            info.assumingMemoryBound(to: SearchMonitor.self).pointee.observe(tree)
        }
    }

    private mutating func observe(_ tree: OpaquePointer) {
        let reason = glp_ios_reason(tree)
        if reason == GLP_IHEUR, var values = startingSolution {
            startingSolution = nil
            _ = values.withUnsafeMutableBufferPointer { glp_ios_heur_sol(tree, $0.baseAddress) }
        }
        if reason == GLP_ISELECT || reason == GLP_IBINGO || reason == GLP_IROWGEN {
            let node = glp_ios_best_node(tree)
            if node != 0 {
                record(glp_ios_node_bound(tree, node))
            }
        }
        if let deadline, !stoppedAtDeadline, ContinuousClock.now >= deadline {
            stoppedAtDeadline = true
            glp_ios_terminate(tree)
        }
    }

    private mutating func record(_ value: Double) {
        // Nodes whose LP has not been solved yet carry -DBL_MAX (+DBL_MAX when maximizing).
        guard value.isFinite, abs(value) < 1e300 else { return }
        if let bound {
            self.bound = minimize ? max(bound, value) : min(bound, value)
        } else {
            bound = value
        }
    }
}
