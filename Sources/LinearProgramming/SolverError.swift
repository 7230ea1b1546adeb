/// A program or option that cannot be solved as given, or a failure inside the solver.
public struct SolverError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, broadly.
    public enum Kind: String, Sendable {
        /// A variable or constraint is malformed (bad index, inverted or non-finite bound, NaN coefficient).
        case invalidProgram = "invalid program"
        /// A ``SolverOptions`` value is out of range.
        case invalidOptions = "invalid options"
        /// The program is larger than GLPK can index (more than 2^31 - 1 rows, columns or nonzeros).
        case tooLarge = "program too large"
        /// GLPK gave up, e.g. on numerical trouble.
        case solverFailure = "solver failure"
    }

    public var kind: Kind
    /// A message naming the offending item and how to fix it.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(kind.rawValue): \(message)" }
}
