/// A ``LinearProgram`` checked and normalized for GLPK: every bound finite and ordered, integer bounds
/// integral, every term index in range, the matrix in 1-based coordinate form with no duplicates and
/// no zeros. Building one is the only gate in front of GLPK, whose own checks abort the process.
struct PreparedProgram {
    /// Which sides of a variable or row are bounded.
    enum BoundKind {
        case free, lowerOnly, upperOnly, both, fixed
    }

    struct Bounds {
        var kind: BoundKind
        var lower: Double
        var upper: Double
    }

    struct Column {
        var bounds: Bounds
        var isInteger: Bool
        var objective: Double
    }

    var minimize: Bool
    var columns: [Column]
    var rows: [Bounds]
    /// 1-based coordinate arrays of length `nonzeros + 1` (slot 0 unused, as `glp_load_matrix` expects).
    var rowIndices: [Int32]
    var columnIndices: [Int32]
    var values: [Double]
    var hasIntegerColumns: Bool

    var nonzeros: Int { values.count - 1 }

    init(_ program: LinearProgram) throws(SolverError) {
        let limit = Int(Int32.max) - 1
        guard program.variableCount <= limit, program.constraintCount <= limit, program.nonzeroCount <= limit else {
            throw SolverError(.tooLarge, "the program has \(program.variableCount) variables, \(program.constraintCount) constraints and \(program.nonzeroCount) terms; GLPK indexes each with 32-bit integers, so split it into smaller programs")
        }
        minimize = program.sense == .minimize
        columns = []
        columns.reserveCapacity(program.variableCount)
        hasIntegerColumns = false
        for index in 0..<program.variableCount {
            let column = try Self.column(of: program, at: index)
            hasIntegerColumns = hasIntegerColumns || column.isInteger
            columns.append(column)
        }
        rows = []
        rows.reserveCapacity(program.constraintCount)
        rowIndices = [0]
        columnIndices = [0]
        values = [0]
        rowIndices.reserveCapacity(program.nonzeroCount + 1)
        columnIndices.reserveCapacity(program.nonzeroCount + 1)
        values.reserveCapacity(program.nonzeroCount + 1)
        for row in 0..<program.constraintCount {
            let what = "constraint \"\(program.constraintNames[row])\" (index \(row))"
            rows.append(try Self.bounds(lower: program.constraintLowers[row], upper: program.constraintUppers[row],
                                        of: what))
            for term in program.rowStarts[row]..<program.rowStarts[row + 1] {
                let variable = program.termVariables[term]
                let coefficient = program.termCoefficients[term]
                guard variable >= 0, variable < program.variableCount else {
                    let valid = program.variableCount == 0 ? "the program has no variables" : "valid indices are 0...\(program.variableCount - 1)"
                    throw SolverError(.invalidProgram, "\(what) has a term for variable \(variable), but \(valid); add the variable with addVariable before using the index it returns")
                }
                guard coefficient.isFinite else {
                    throw SolverError(.invalidProgram, "\(what) has coefficient \(coefficient) for variable \"\(program.variableNames[variable])\" (index \(variable)); coefficients must be finite numbers")
                }
                if coefficient == 0 { continue }
                rowIndices.append(Int32(row + 1))
                columnIndices.append(Int32(variable + 1))
                values.append(coefficient)
            }
        }
    }

    private static func column(of program: LinearProgram, at index: Int) throws(SolverError) -> Column {
        let what = "variable \"\(program.variableNames[index])\" (index \(index))"
        let objective = program.objectiveCoefficients[index]
        guard objective.isFinite else {
            throw SolverError(.invalidProgram, "\(what) has objective coefficient \(objective); it must be a finite number")
        }
        var lower = program.variableLowers[index]
        var upper = program.variableUppers[index]
        let kind = program.variableKinds[index]
        if kind == .binary {
            lower = max(lower ?? 0, 0)
            upper = min(upper ?? 1, 1)
        }
        var bounds = try bounds(lower: lower, upper: upper, of: what)
        if kind != .continuous {
            bounds = try integral(bounds, of: what, given: (lower, upper))
        }
        return Column(bounds: bounds, isInteger: kind != .continuous, objective: objective)
    }

    /// Checks and classifies `lower...upper`.
    static func bounds(lower: Double?, upper: Double?, of what: String) throws(SolverError) -> Bounds {
        for (side, value) in [("lower", lower), ("upper", upper)] {
            if let value, !value.isFinite {
                throw SolverError(.invalidProgram, "\(what) has \(side) bound \(value); bounds must be finite numbers (pass nil to leave a side unbounded)")
            }
        }
        switch (lower, upper) {
        case (nil, nil):
            return Bounds(kind: .free, lower: 0, upper: 0)
        case let (lower?, nil):
            return Bounds(kind: .lowerOnly, lower: lower, upper: 0)
        case let (nil, upper?):
            return Bounds(kind: .upperOnly, lower: 0, upper: upper)
        case let (lower?, upper?):
            guard lower <= upper else {
                throw SolverError(.invalidProgram, "\(what) has lower bound \(lower) above upper bound \(upper); swap them or fix the value with lower == upper")
            }
            return Bounds(kind: lower == upper ? .fixed : .both, lower: lower, upper: upper)
        }
    }

    /// Rounds the bounds of an integer variable inward to integers (GLPK refuses fractional ones).
    private static func integral(_ bounds: Bounds, of what: String,
                                 given original: (Double?, Double?)) throws(SolverError) -> Bounds {
        let tolerance = 1e-9
        var result = bounds
        result.lower = (bounds.lower - tolerance).rounded(.up)
        result.upper = (bounds.upper + tolerance).rounded(.down)
        switch bounds.kind {
        case .free:
            result.lower = 0
            result.upper = 0
        case .lowerOnly:
            result.upper = 0
        case .upperOnly:
            result.lower = 0
        case .both, .fixed:
            guard result.lower <= result.upper else {
                throw SolverError(.invalidProgram, "integer \(what) has no integer value between \(original.0.map(String.init(describing:)) ?? "-inf") and \(original.1.map(String.init(describing:)) ?? "+inf"); widen its bounds or make it continuous")
            }
            result.kind = result.lower == result.upper ? .fixed : .both
        }
        return result
    }
}
