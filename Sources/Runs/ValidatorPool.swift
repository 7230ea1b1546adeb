import Foundation
import Validation

/// The validators a run opened (one per worker thread), kept to add up their execution statistics
/// once the threads are done.
public final class ValidatorPool: @unchecked Sendable {
    private let lock = NSLock()
    private var validators: [Validator] = []

    public init() {}

    /// Registers and returns `validator`.
    public func add(_ validator: Validator) -> Validator {
        lock.lock()
        defer { lock.unlock() }
        validators.append(validator)
        return validator
    }

    /// Statements and SQLite time of every registered validator (call after the workers finished).
    public var execution: ExecutionStatistics {
        lock.lock()
        defer { lock.unlock() }
        return validators.reduce(ExecutionStatistics()) { $0 + $1.execution }
    }
}
