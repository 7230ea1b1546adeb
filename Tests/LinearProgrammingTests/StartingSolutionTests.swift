import LinearProgramming
import Testing

@Suite("MIPSolver: starting solutions")
struct StartingSolutionTests {
    @Test("a feasible starting solution does not change the optimum")
    func feasibleStart() throws {
        let options = SolverOptions(startingSolution: [1, 1, 1, 1, 1, 1])
        let solution = try MIPSolver.solve(TestPrograms.smallSetCover(), options: options)
        #expect(solution.status == .optimal)
        #expect(solution.objective == 3)
        #expect(solution.values.map { $0.rounded() } == [0, 1, 0, 1, 1, 0])
    }

    @Test("an infeasible starting solution is ignored, not taken as incumbent",
          arguments: [[0.0, 0, 0, 0, 0], [1, 0, 1, 0, 0], [1, 0, 1, 0, 0.5], [1, 1, 1, 1, 2]])
    func infeasibleStart(start: [Double]) throws {
        // glp_ios_heur_sol does not check feasibility; an unchecked [0, 0, 0, 0, 0] would come back
        // as an "optimal" solution of objective 0.
        let solution = try MIPSolver.solve(TestPrograms.cycleCover(), options: SolverOptions(startingSolution: start))
        #expect(solution.status == .optimal)
        #expect(solution.objective == 3)
        let values = solution.values
        #expect(values.count == 5)
        #expect((0..<5).allSatisfy { values[$0] + values[($0 + 1) % 5] >= 1 - 1e-9 })
    }

    @Test("a feasible starting solution of a branching program keeps the optimum")
    func feasibleStartWhileBranching() throws {
        let solution = try MIPSolver.solve(TestPrograms.cycleCover(), options: SolverOptions(startingSolution: [1, 1, 1, 1, 1]))
        #expect(solution.status == .optimal)
        #expect(solution.objective == 3)
    }

    @Test("a starting solution of the wrong length is an options error")
    func wrongLength() {
        #expect(throws: SolverError.self) {
            try MIPSolver.solve(TestPrograms.smallSetCover(), options: SolverOptions(startingSolution: [1, 1]))
        }
    }
}
