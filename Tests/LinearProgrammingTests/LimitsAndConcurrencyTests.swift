import LinearProgramming
import Testing

@Suite("MIPSolver: time limits, gaps and parallel solves")
struct LimitsAndConcurrencyTests {
    @Test("a large set cover under a tiny time limit stops with a valid bound",
          arguments: [300, 1000], [true, false])
    func tinyTimeLimit(sets: Int, presolve: Bool) throws {
        let program = TestPrograms.randomSetCover(sets: sets, elements: sets * 4 / 3, seed: 7)
        let solution = try MIPSolver.solve(program, options: SolverOptions(timeLimitSeconds: 0.05, presolve: presolve))
        #expect([.optimal, .feasible, .noSolution].contains(solution.status))
        if solution.status != .optimal {
            #expect(solution.timeLimitReached)
        }
        if let objective = solution.objective, let bound = solution.bestBound {
            #expect(bound <= objective + 1e-6)
            #expect((solution.gap ?? -1) >= 0)
        }
        if solution.status == .noSolution {
            #expect(solution.values.isEmpty)
            #expect(solution.objective == nil)
        } else {
            #expect(solution.values.count == program.variableCount)
        }
        #expect(solution.seconds < 2, "the time limit must stop the search promptly")
    }

    @Test("a relative-gap tolerance ends the search with a solution within the gap")
    func relativeGap() throws {
        let program = TestPrograms.randomSetCover(sets: 120, elements: 150, seed: 3)
        let solution = try MIPSolver.solve(program, options: SolverOptions(timeLimitSeconds: 20, relativeGap: 0.25))
        #expect(solution.status == .optimal || solution.status == .feasible)
        #expect(!solution.timeLimitReached)
        if let objective = solution.objective, let bound = solution.bestBound {
            #expect(bound <= objective + 1e-6)
        }
    }

    @Test("four solves in parallel agree with the same solves run one after another")
    func parallelSolves() async throws {
        let seeds: [UInt64] = [11, 12, 13, 14]
        let options = SolverOptions(timeLimitSeconds: 30)
        var sequential: [UInt64: Double] = [:]
        for seed in seeds {
            let program = TestPrograms.randomSetCover(sets: 60, elements: 80, seed: seed)
            sequential[seed] = try MIPSolver.solve(program, options: options).objective
        }
        let parallel = await withTaskGroup(of: (UInt64, SolveStatus, Double?).self) { group in
            for seed in seeds {
                group.addTask {
                    let program = TestPrograms.randomSetCover(sets: 60, elements: 80, seed: seed)
                    let solution = try? MIPSolver.solve(program, options: options)
                    return (seed, solution?.status ?? .noSolution, solution?.objective)
                }
            }
            var results: [UInt64: (SolveStatus, Double?)] = [:]
            for await (seed, status, objective) in group {
                results[seed] = (status, objective)
            }
            return results
        }
        for seed in seeds {
            #expect(parallel[seed]?.0 == .optimal)
            #expect(parallel[seed]?.1 != nil)
            #expect(parallel[seed]?.1 == sequential[seed])
        }
    }
}
