import LinearProgramming
import Testing

@Suite("MIPSolver: programs with known answers")
struct SolveTests {
    @Test("a set-cover MIP is solved to its known optimum", arguments: [true, false])
    func setCover(presolve: Bool) throws {
        let program = TestPrograms.smallSetCover()
        let solution = try MIPSolver.solve(program, options: SolverOptions(timeLimitSeconds: 10, presolve: presolve))
        #expect(solution.status == .optimal)
        #expect(abs((solution.objective ?? -1) - 3) < 1e-9)
        #expect(solution.bestBound == solution.objective)
        #expect(solution.gap == 0)
        #expect(solution.values.map { $0.rounded() } == [0, 1, 0, 1, 1, 0])
        #expect(!solution.timeLimitReached)
    }

    @Test("a knapsack maximization is solved to its known optimum", arguments: [true, false])
    func knapsack(presolve: Bool) throws {
        let solution = try MIPSolver.solve(TestPrograms.knapsack(), options: SolverOptions(presolve: presolve))
        #expect(solution.status == .optimal)
        #expect(abs((solution.objective ?? -1) - 15) < 1e-9)
        #expect(solution.values.map { $0.rounded() } == [0, 1, 1, 1, 1])
    }

    @Test("an LP is solved to its known optimum", arguments: [true, false])
    func linearProgram(presolve: Bool) throws {
        var program = LinearProgram(sense: .maximize)
        let x = program.addVariable(name: "x", upper: 3, objective: 3)
        let y = program.addVariable(name: "y", objective: 2)
        program.addConstraint(name: "total", terms: [(x, 1), (y, 1)], upper: 4)
        program.addConstraint(name: "mix", terms: [(x, 1), (y, 3)], upper: 6)
        let solution = try MIPSolver.solve(program, options: SolverOptions(presolve: presolve))
        #expect(solution.status == .optimal)
        #expect(abs((solution.objective ?? 0) - 11) < 1e-9)
        #expect(solution.values.count == 2)
        #expect(abs(solution.values[x] - 3) < 1e-9)
        #expect(abs(solution.values[y] - 1) < 1e-9)
        #expect(solution.gap == 0)
    }

    @Test("integer bounds are rounded inward and duplicate terms are summed")
    func integerRounding() throws {
        var program = LinearProgram(sense: .maximize)
        let x = program.addVariable(name: "x", lower: 0.5, upper: 3.7, kind: .integer, objective: 1)
        program.addConstraint(name: "twice", terms: [(x, 1), (x, 1)], upper: 7)
        #expect(program.nonzeroCount == 1)
        let solution = try MIPSolver.solve(program, options: SolverOptions())
        #expect(solution.status == .optimal)
        #expect(solution.values == [3])
    }

    @Test("infeasible programs are reported as infeasible", arguments: [
        (LinearProgram.VariableKind.continuous, true), (.continuous, false), (.integer, true), (.integer, false),
    ])
    func infeasible(kind: LinearProgram.VariableKind, presolve: Bool) throws {
        var program = LinearProgram()
        let x = program.addVariable(name: "x", upper: 1, kind: kind, objective: 1)
        let y = program.addVariable(name: "y", upper: 1, kind: kind, objective: 1)
        program.addConstraint(name: "too_much", terms: [(x, 1), (y, 1)], lower: 5)
        let solution = try MIPSolver.solve(program, options: SolverOptions(presolve: presolve))
        #expect(solution.status == .infeasible)
        #expect(solution.objective == nil)
        #expect(solution.values.isEmpty)
    }

    @Test("an integer program infeasible only by integrality is infeasible")
    func integralityInfeasible() throws {
        var program = LinearProgram()
        let x = program.addVariable(name: "x", kind: .integer, objective: 1)
        let y = program.addVariable(name: "y", kind: .integer, objective: 1)
        program.addConstraint(name: "odd", terms: [(x, 2), (y, 2)], lower: 3, upper: 3)
        let solution = try MIPSolver.solve(program, options: SolverOptions())
        #expect(solution.status == .infeasible)
    }

    @Test("an unbounded program is reported as unbounded", arguments: [
        (LinearProgram.VariableKind.continuous, true), (.continuous, false), (.integer, true), (.integer, false),
    ])
    func unbounded(kind: LinearProgram.VariableKind, presolve: Bool) throws {
        var program = LinearProgram(sense: .maximize)
        let x = program.addVariable(name: "x", kind: kind, objective: 1)
        let y = program.addVariable(name: "y", kind: kind, objective: 1)
        program.addConstraint(name: "difference", terms: [(x, 1), (y, -1)], upper: 1)
        let solution = try MIPSolver.solve(program, options: SolverOptions(presolve: presolve))
        #expect(solution.status == .unbounded)
    }

    @Test("programs without variables or constraints solve trivially")
    func emptyPrograms() throws {
        let empty = try MIPSolver.solve(LinearProgram(), options: SolverOptions())
        #expect(empty.status == .optimal)
        #expect(empty.objective == 0)
        #expect(empty.values.isEmpty)

        var onlyVariables = LinearProgram(sense: .maximize)
        onlyVariables.addVariable(name: "x", upper: 2, kind: .integer, objective: 1)
        let solution = try MIPSolver.solve(onlyVariables, options: SolverOptions())
        #expect(solution.status == .optimal)
        #expect(solution.values == [2])

        var impossible = LinearProgram()
        impossible.addConstraint(name: "zero_is_not_one", terms: [], lower: 1)
        #expect(try MIPSolver.solve(impossible, options: SolverOptions()).status == .infeasible)
    }

    @Test("counts reflect what was added")
    func counts() {
        let program = TestPrograms.smallSetCover()
        #expect(program.variableCount == 6)
        #expect(program.constraintCount == 6)
        #expect(program.nonzeroCount == 18)
        #expect(program.hasIntegerVariables)
        #expect(program.variableName(1) == "set_1")
        #expect(program.variableName(6) == nil)
    }
}
