import Foundation
import CGLPK

/// One synchronous GLPK run: creates the problem object, loads a ``PreparedProgram``, solves it and
/// deletes everything again before returning, all on the calling thread (GLPK's environment is
/// thread-local). Every value passed to GLPK has been checked by ``PreparedProgram``.
struct GLPKSession {
    let program: PreparedProgram
    let options: SolverOptions
    let start: ContinuousClock.Instant
    let clock: ContinuousClock

    init(_ program: PreparedProgram, options: SolverOptions, start: ContinuousClock.Instant, clock: ContinuousClock) {
        self.program = program
        self.options = options
        self.start = start
        self.clock = clock
    }

    func run() throws(SolverError) -> Solution {
        glp_term_out(GLP_OFF)
        guard let problem = glp_create_prob() else {
            throw SolverError(.solverFailure, "GLPK could not create a problem object (out of memory?)")
        }
        defer {
            glp_delete_prob(problem)
            // Release this thread's GLPK environment, so pooled threads do not keep it alive.
            glp_free_env()
        }
        load(into: problem)
        return program.hasIntegerColumns ? try solveMIP(problem) : try solveLP(problem)
    }

    // MARK: Loading

    private func load(into problem: OpaquePointer) {
        glp_set_obj_dir(problem, program.minimize ? GLP_MIN : GLP_MAX)
        if !program.rows.isEmpty {
            glp_add_rows(problem, Int32(program.rows.count))
        }
        if !program.columns.isEmpty {
            glp_add_cols(problem, Int32(program.columns.count))
        }
        for (index, row) in program.rows.enumerated() {
            glp_set_row_bnds(problem, Int32(index + 1), Self.glpkType(row.kind), row.lower, row.upper)
        }
        for (index, column) in program.columns.enumerated() {
            let number = Int32(index + 1)
            glp_set_col_bnds(problem, number, Self.glpkType(column.bounds.kind), column.bounds.lower, column.bounds.upper)
            glp_set_obj_coef(problem, number, column.objective)
            if column.isInteger {
                glp_set_col_kind(problem, number, GLP_IV)
            }
        }
        glp_load_matrix(problem, Int32(program.nonzeros), program.rowIndices, program.columnIndices, program.values)
    }

    private static func glpkType(_ kind: PreparedProgram.BoundKind) -> Int32 {
        switch kind {
        case .free: GLP_FR
        case .lowerOnly: GLP_LO
        case .upperOnly: GLP_UP
        case .both: GLP_DB
        case .fixed: GLP_FX
        }
    }

    // MARK: Time

    private var remainingSeconds: Double {
        options.timeLimitSeconds - MIPSolver.seconds(start.duration(to: clock.now))
    }

    private var deadline: ContinuousClock.Instant? {
        guard options.timeLimitSeconds.isFinite, options.timeLimitSeconds < 1e9 else { return nil }
        return start.advanced(by: .milliseconds(Int64((options.timeLimitSeconds * 1000).rounded(.up))))
    }

    /// The remaining time as GLPK's `tm_lim` (milliseconds, at least 1).
    private var remainingMilliseconds: Int32 {
        let milliseconds = (remainingSeconds * 1000).rounded(.up)
        guard milliseconds < Double(Int32.max) else { return Int32.max }
        return max(1, Int32(milliseconds))
    }

    // MARK: Pure LP

    private func simplex(_ problem: OpaquePointer, presolve: Bool) -> Int32 {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.tm_lim = remainingMilliseconds
        parameters.presolve = presolve ? GLP_ON : GLP_OFF
        return glp_simplex(problem, &parameters)
    }

    private func solveLP(_ problem: OpaquePointer) throws(SolverError) -> Solution {
        var code = simplex(problem, presolve: options.presolve)
        if code == GLP_ENODFS, options.presolve, remainingSeconds > 0 {
            // The presolver only proves "no dual feasible solution": rerun to tell unbounded from infeasible.
            code = simplex(problem, presolve: false)
        }
        switch code {
        case 0:
            switch glp_get_status(problem) {
            case GLP_OPT:
                let objective = glp_get_obj_val(problem)
                return solution(.optimal, objective: objective, bound: objective, values: lpValues(problem))
            case GLP_NOFEAS:
                return solution(.infeasible)
            case GLP_UNBND:
                return solution(.unbounded)
            case GLP_FEAS:
                return solution(.feasible, objective: glp_get_obj_val(problem), values: lpValues(problem))
            default:
                return solution(.noSolution)
            }
        case GLP_ETMLIM, GLP_EITLIM:
            let limited = code == GLP_ETMLIM
            if glp_get_prim_stat(problem) == GLP_FEAS {
                return solution(.feasible, objective: glp_get_obj_val(problem), values: lpValues(problem),
                                timeLimitReached: limited)
            }
            return solution(.noSolution, timeLimitReached: limited)
        case GLP_ENOPFS:
            return solution(.infeasible)
        case GLP_ENODFS:
            return solution(.unbounded)
        default:
            throw Self.failure(code, in: "glp_simplex")
        }
    }

    private func lpValues(_ problem: OpaquePointer) -> [Double] {
        (0..<program.columns.count).map { glp_get_col_prim(problem, Int32($0 + 1)) }
    }

    // MARK: MIP

    private func solveMIP(_ problem: OpaquePointer) throws(SolverError) -> Solution {
        var relaxationBound: Double?
        if !options.presolve {
            // Without the presolver, glp_intopt needs an optimal basis of the LP relaxation.
            let code = simplex(problem, presolve: false)
            switch code {
            case 0:
                switch glp_get_status(problem) {
                case GLP_OPT: relaxationBound = glp_get_obj_val(problem)
                case GLP_NOFEAS: return solution(.infeasible)
                case GLP_UNBND: return solution(.unbounded)
                default: return solution(.noSolution)
                }
            case GLP_ETMLIM:
                return solution(.noSolution, timeLimitReached: true)
            default:
                throw Self.failure(code, in: "glp_simplex (LP relaxation)")
            }
            if remainingSeconds <= 0 {
                return solution(.noSolution, bound: relaxationBound, timeLimitReached: true)
            }
        }

        var monitor = SearchMonitor(minimize: program.minimize, deadline: deadline, startingSolution: options.startingSolution)
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.tm_lim = remainingMilliseconds
        parameters.mip_gap = options.relativeGap
        parameters.presolve = options.presolve ? GLP_ON : GLP_OFF
        if options.cuts {
            parameters.gmi_cuts = GLP_ON
            parameters.mir_cuts = GLP_ON
            parameters.cov_cuts = GLP_ON
            parameters.clq_cuts = GLP_ON
        }
        if options.feasibilityPump { parameters.fp_heur = GLP_ON }
        parameters.cb_func = SearchMonitor.callback
        let code = withUnsafeMutablePointer(to: &monitor) { pointer in
            parameters.cb_info = UnsafeMutableRawPointer(pointer)
            defer { parameters.cb_info = nil }
            return glp_intopt(problem, &parameters)
        }

        let status = glp_mip_status(problem)
        let hasIncumbent = status == GLP_OPT || status == GLP_FEAS
        let objective = hasIncumbent ? glp_mip_obj_val(problem) : nil
        let values = hasIncumbent ? (0..<program.columns.count).map { glp_mip_col_val(problem, Int32($0 + 1)) } : []
        let bound = monitor.bound ?? relaxationBound

        switch code {
        case 0:
            if status == GLP_OPT {
                return solution(.optimal, objective: objective, bound: objective, values: values)
            }
            if status == GLP_NOFEAS {
                return solution(.infeasible, bound: nil)
            }
            throw SolverError(.solverFailure, "glp_intopt finished without a solution status (\(status)); this is a GLPK defect, report the program that caused it")
        case GLP_ETMLIM, GLP_EMIPGAP, GLP_ESTOP:
            if code == GLP_ESTOP, !monitor.stoppedAtDeadline {
                throw Self.failure(code, in: "glp_intopt")
            }
            let limited = code != GLP_EMIPGAP
            return solution(hasIncumbent ? .feasible : .noSolution, objective: objective, bound: bound,
                            values: values, timeLimitReached: limited)
        case GLP_ENOPFS:
            return solution(.infeasible)
        case GLP_ENODFS:
            return solution(.unbounded)
        default:
            throw Self.failure(code, in: "glp_intopt")
        }
    }

    // MARK: Results

    private func solution(_ status: SolveStatus, objective: Double? = nil, bound: Double? = nil, values: [Double] = [],
                          timeLimitReached: Bool = false) -> Solution {
        var bound = bound
        if let objective, let value = bound {
            // A bound can never be better than a solution; clear tiny numerical overshoots.
            bound = program.minimize ? min(value, objective) : max(value, objective)
        }
        var gap: Double?
        if let objective, let bound {
            gap = status == .optimal ? 0 : abs(objective - bound) / max(1e-9, abs(objective))
        }
        return Solution(status: status, objective: objective, bestBound: bound, gap: gap, values: values,
                        seconds: 0, timeLimitReached: timeLimitReached)
    }

    private static func failure(_ code: Int32, in function: String) -> SolverError {
        let reason = switch code {
        case GLP_EBADB: "the initial basis is invalid"
        case GLP_ESING: "the basis matrix is singular"
        case GLP_ECOND: "the basis matrix is ill-conditioned"
        case GLP_EBOUND: "some variable or constraint has inconsistent or fractional integer bounds"
        case GLP_EFAIL: "the solver failed, usually from numerical difficulty"
        case GLP_EROOT: "no optimal basis of the LP relaxation was available"
        case GLP_ESTOP: "the search was stopped unexpectedly"
        case GLP_EOBJLL, GLP_EOBJUL: "an objective limit was reached"
        default: "it returned code \(code)"
        }
        return SolverError(.solverFailure, "\(function) failed: \(reason); rescale very large or very small coefficients, or try the other presolve setting")
    }
}
