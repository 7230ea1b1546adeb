import LinearProgramming
import Testing

@Suite("MIPSolver: malformed programs and options become SolverError")
struct InvalidProgramTests {
    private func error(solving program: LinearProgram, options: SolverOptions = SolverOptions()) -> SolverError? {
        do {
            _ = try MIPSolver.solve(program, options: options)
            return nil
        } catch {
            return error
        }
    }

    @Test("a term naming a variable that does not exist")
    func badTermIndex() {
        var program = LinearProgram()
        let x = program.addVariable(name: "x", objective: 1)
        program.addConstraint(name: "row", terms: [(x, 1), (7, 2)], lower: 1)
        let failure = error(solving: program)
        #expect(failure?.kind == .invalidProgram)
        #expect(failure?.message.contains("\"row\"") == true)
        #expect(failure?.message.contains("variable 7") == true)

        var negative = LinearProgram()
        negative.addVariable(name: "x")
        negative.addConstraint(name: "row", terms: [(-1, 1)], upper: 1)
        #expect(error(solving: negative)?.kind == .invalidProgram)
    }

    @Test("inverted variable and constraint bounds")
    func invertedBounds() {
        var program = LinearProgram()
        program.addVariable(name: "x", lower: 3, upper: 1)
        let failure = error(solving: program)
        #expect(failure?.kind == .invalidProgram)
        #expect(failure?.message.contains("\"x\"") == true)

        var row = LinearProgram()
        let y = row.addVariable(name: "y")
        row.addConstraint(name: "backwards", terms: [(y, 1)], lower: 2, upper: 1)
        #expect(error(solving: row)?.message.contains("\"backwards\"") == true)
    }

    @Test("an integer variable whose bounds hold no integer")
    func emptyIntegerDomain() {
        var program = LinearProgram()
        program.addVariable(name: "z", lower: 0.2, upper: 0.8, kind: .integer)
        #expect(error(solving: program)?.kind == .invalidProgram)
    }

    @Test("non-finite coefficients and bounds", arguments: [Double.nan, .infinity, -.infinity])
    func nonFinite(value: Double) {
        var coefficient = LinearProgram()
        let x = coefficient.addVariable(name: "x")
        coefficient.addConstraint(name: "row", terms: [(x, value)], upper: 1)
        #expect(error(solving: coefficient)?.kind == .invalidProgram)

        var objective = LinearProgram()
        objective.addVariable(name: "x", objective: value)
        #expect(error(solving: objective)?.kind == .invalidProgram)

        var bound = LinearProgram()
        bound.addVariable(name: "x", upper: value)
        #expect(error(solving: bound)?.kind == .invalidProgram)

        var rowBound = LinearProgram()
        let y = rowBound.addVariable(name: "y")
        rowBound.addConstraint(name: "row", terms: [(y, 1)], lower: value)
        #expect(error(solving: rowBound)?.kind == .invalidProgram)
    }

    @Test("invalid options", arguments: [
        SolverOptions(timeLimitSeconds: 0), SolverOptions(timeLimitSeconds: -1), SolverOptions(timeLimitSeconds: .nan),
        SolverOptions(relativeGap: -0.1), SolverOptions(relativeGap: .nan),
    ])
    func invalidOptions(options: SolverOptions) {
        #expect(error(solving: TestPrograms.knapsack(), options: options)?.kind == .invalidOptions)
    }

    @Test("an unlimited time budget is accepted")
    func infiniteTime() throws {
        let solution = try MIPSolver.solve(TestPrograms.knapsack(), options: SolverOptions(timeLimitSeconds: .infinity))
        #expect(solution.status == .optimal)
    }
}
