import Foundation
import Validation

/// The validators a run opened (one per worker thread), kept to add up their execution statistics
/// once the threads are done.
final class ValidatorPool: @unchecked Sendable {
    private let lock = NSLock()
    private var validators: [Validator] = []

    /// Registers and returns `validator`.
    func add(_ validator: Validator) -> Validator {
        lock.lock()
        defer { lock.unlock() }
        validators.append(validator)
        return validator
    }

    /// Statements and SQLite time of every registered validator (call after the workers finished).
    var execution: ExecutionStatistics {
        lock.lock()
        defer { lock.unlock() }
        return validators.reduce(ExecutionStatistics()) { $0 + $1.execution }
    }
}
