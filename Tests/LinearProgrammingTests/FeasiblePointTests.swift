@testable import LinearProgramming
import Testing

@Suite("PreparedProgram.feasiblePoint: the check a starting solution needs before GLPK sees it")
struct FeasiblePointTests {
    private func prepared(_ program: LinearProgram) throws -> PreparedProgram {
        try PreparedProgram(program)
    }

    @Test("the known optimum of the set cover is feasible, integers come back exact")
    func acceptsFeasible() throws {
        let program = try prepared(TestPrograms.smallSetCover())
        #expect(program.feasiblePoint([0, 1, 0, 1, 1, 0]) == [0, 1, 0, 1, 1, 0])
        #expect(program.feasiblePoint([0, 1 - 1e-9, 0, 1, 1, 0]) == [0, 1, 0, 1, 1, 0])
        #expect(program.feasiblePoint([1, 1, 1, 1, 1, 1]) != nil)
    }

    @Test("violated constraints, bounds, integrality and wrong lengths are rejected")
    func rejectsInfeasible() throws {
        let program = try prepared(TestPrograms.smallSetCover())
        #expect(program.feasiblePoint([0, 0, 0, 0, 0, 0]) == nil, "no element covered")
        #expect(program.feasiblePoint([0, 1, 0, 1, 0, 0]) == nil, "elements 1 and 4 uncovered")
        #expect(program.feasiblePoint([0, 1, 0, 1, 2, 0]) == nil, "binary above 1")
        #expect(program.feasiblePoint([0, 1, 0, 1, 0.5, 0.5]) == nil, "fractional binaries")
        #expect(program.feasiblePoint([0, 1, 0, 1, 1]) == nil, "one value short")
        #expect(program.feasiblePoint([0, 1, 0, 1, 1, .nan]) == nil)
        let knapsack = try prepared(TestPrograms.knapsack())
        #expect(knapsack.feasiblePoint([1, 1, 1, 0, 0]) != nil, "weight 15 fits exactly")
        #expect(knapsack.feasiblePoint([1, 1, 1, 1, 0]) == nil, "weight 16 exceeds the capacity")
    }
}
