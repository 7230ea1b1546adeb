/// Statements a validator executed and the wall time they took inside SQLite (compiling, stepping
/// and reading rows), for the benchmark that compares a run's wall time with SQLite's own.
public struct ExecutionStatistics: Sendable, Equatable {
    public var statements = 0
    public var seconds = 0.0

    public init() {}

    mutating func record(since start: ContinuousClock.Instant, clock: ContinuousClock) {
        statements += 1
        let elapsed = clock.now - start
        seconds += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// The sum of two statistics.
    public static func + (lhs: ExecutionStatistics, rhs: ExecutionStatistics) -> ExecutionStatistics {
        var sum = lhs
        sum.statements += rhs.statements
        sum.seconds += rhs.seconds
        return sum
    }
}
