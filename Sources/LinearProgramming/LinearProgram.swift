/// A linear or mixed-integer program: variables with bounds and objective coefficients, and
/// linear constraints `lower <= sum(coefficient * variable) <= upper`.
///
/// Building never fails; ``MIPSolver/solve(_:options:)`` checks every index, bound and coefficient
/// and reports problems as ``SolverError`` before anything reaches the solver.
public struct LinearProgram: Sendable {
    /// Whether the objective is minimized or maximized.
    public enum Sense: Sendable {
        case minimize
        case maximize
    }

    /// The domain of a variable.
    public enum VariableKind: Sendable {
        case continuous
        /// Integral values within the variable's bounds.
        case integer
        /// 0 or 1; the bounds, if given, are intersected with `0...1`.
        case binary
    }

    public var sense: Sense

    // Variables, one entry per index.
    var variableNames: [String] = []
    var variableLowers: [Double?] = []
    var variableUppers: [Double?] = []
    var variableKinds: [VariableKind] = []
    var objectiveCoefficients: [Double] = []

    // Constraints in compressed row form: the terms of row `r` are `rowStarts[r] ..< rowStarts[r + 1]`,
    // sorted by variable with duplicates merged.
    var constraintNames: [String] = []
    var constraintLowers: [Double?] = []
    var constraintUppers: [Double?] = []
    var rowStarts: [Int] = [0]
    var termVariables: [Int] = []
    var termCoefficients: [Double] = []

    public init(sense: Sense = .minimize) {
        self.sense = sense
    }

    /// Adds a variable and returns its index (0-based, in order of addition).
    ///
    /// - Parameters:
    ///   - name: Used in error messages only.
    ///   - lower: Lower bound, or `nil` for none (the default is 0, as usual for LP variables).
    ///   - upper: Upper bound, or `nil` for none.
    ///   - kind: Continuous, integer or binary.
    ///   - objective: The variable's coefficient in the objective.
    @discardableResult
    public mutating func addVariable(name: String, lower: Double? = 0, upper: Double? = nil,
                                     kind: VariableKind = .continuous, objective: Double = 0) -> Int {
        variableNames.append(name)
        variableLowers.append(lower)
        variableUppers.append(upper)
        variableKinds.append(kind)
        objectiveCoefficients.append(objective)
        return variableNames.count - 1
    }

    /// Adds the constraint `lower <= sum(coefficient * variable) <= upper`; `nil` leaves that side open.
    ///
    /// Terms naming the same variable twice are summed. Variable indices are checked when solving.
    public mutating func addConstraint(name: String, terms: [(variable: Int, coefficient: Double)],
                                       lower: Double? = nil, upper: Double? = nil) {
        constraintNames.append(name)
        constraintLowers.append(lower)
        constraintUppers.append(upper)
        let isSorted = zip(terms, terms.dropFirst()).allSatisfy { $0.variable < $1.variable }
        let ordered = isSorted ? terms : terms.sorted { $0.variable < $1.variable }
        for term in ordered {
            if termVariables.count > rowStarts[rowStarts.count - 1], termVariables[termVariables.count - 1] == term.variable {
                termCoefficients[termCoefficients.count - 1] += term.coefficient
            } else {
                termVariables.append(term.variable)
                termCoefficients.append(term.coefficient)
            }
        }
        rowStarts.append(termVariables.count)
    }

    /// The number of variables added so far.
    public var variableCount: Int { variableNames.count }

    /// The number of constraints added so far.
    public var constraintCount: Int { constraintNames.count }

    /// The number of distinct (constraint, variable) terms, after merging repeated variables.
    public var nonzeroCount: Int { termVariables.count }

    /// Whether any variable is integer or binary, so that branch-and-bound is needed.
    public var hasIntegerVariables: Bool { variableKinds.contains { $0 != .continuous } }

    /// The name given to variable `index`, or `nil` if there is no such variable.
    public func variableName(_ index: Int) -> String? {
        variableNames.indices.contains(index) ? variableNames[index] : nil
    }

    /// The name given to constraint `index`, or `nil` if there is no such constraint.
    public func constraintName(_ index: Int) -> String? {
        constraintNames.indices.contains(index) ? constraintNames[index] : nil
    }
}
