import Foundation

/// A request to stop a run cleanly (set on SIGINT or SIGTERM). The run finishes the batches in
/// flight, commits them, then stops; providers may also observe it to cut a long call short.
public final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var reason: Int32?

    public init() {}

    /// Asks the run to stop; `signal` is recorded (the first one wins) for the exit status.
    public func request(signal: Int32 = 0) {
        lock.lock()
        if reason == nil { reason = signal }
        lock.unlock()
    }

    /// Whether a stop was requested.
    public var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return reason != nil
    }

    /// The signal that asked to stop (0 when stopped by code), nil when no stop was requested.
    public var signal: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return reason
    }
}
