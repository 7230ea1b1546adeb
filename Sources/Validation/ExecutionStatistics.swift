/// Statements a validator executed and the processor time its thread spent on them inside SQLite
/// (compiling, stepping and reading rows), for the benchmark that compares a run's wall time with
/// SQLite's own. Thread CPU time, not wall time: a statement's time does not grow while its thread
/// waits for a core (several workers, a busy machine).
public struct ExecutionStatistics: Sendable, Equatable {
    public var statements = 0
    public var seconds = 0.0

    public init() {}

    /// Counts one statement that started at `start` (``ThreadCPUTime/now()`` on this thread).
    mutating func record(since start: Double) {
        statements += 1
        seconds += max(0, ThreadCPUTime.now() - start)
    }

    /// Counts one statement that took `seconds` of wall time on a server (PostgreSQL: the time
    /// waited for it, which is the server's work, not this thread's).
    mutating func record(seconds wall: Double) {
        statements += 1
        seconds += max(0, wall)
    }

    /// The sum of two statistics.
    public static func + (lhs: ExecutionStatistics, rhs: ExecutionStatistics) -> ExecutionStatistics {
        var sum = lhs
        sum.statements += rhs.statements
        sum.seconds += rhs.seconds
        return sum
    }
}
