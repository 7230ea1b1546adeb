import Foundation

/// What a stop signal must also cancel (the LLM requests in flight), set once the provider exists.
public final class Cancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var action: (@Sendable () -> Void)?
    private var requested = false

    public init() {}

    /// Sets the action; runs it at once when a stop was already requested.
    public func set(_ action: @escaping @Sendable () -> Void) {
        let runNow = lock.withLock { () -> Bool in
            self.action = action
            return requested
        }
        if runNow { action() }
    }

    /// Runs the action (if set) and remembers the request.
    public func run() {
        let action = lock.withLock { () -> (@Sendable () -> Void)? in
            requested = true
            return self.action
        }
        action?()
    }
}
