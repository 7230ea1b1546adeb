import Model

/// A perturbed SQL before execution proves it a negative.
struct NegativeCandidate: Sendable, Equatable {
    let kind: NegativeKind
    let sql: String
}
