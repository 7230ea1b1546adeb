import Foundation
import Model

/// What the LLM server is doing right now, for the progress line: requests in flight, answered
/// and failed, and how long the server takes to answer (measured on the requests of this run,
/// the first ones included), so that a slow local server shows itself in the first minute.
public final class TrafficMonitor: @unchecked Sendable {
    private let lock = NSLock()
    private var inFlight = 0
    private var answered = 0
    private var failed = 0
    private var latencies: [Double] = []
    private var oldestStart: [Int: ContinuousClock.Instant] = [:]
    private var nextTicket = 0
    private let clock = ContinuousClock()

    public init() {}

    /// A request was sent; pass the ticket to ``finished(_:answered:)``.
    public func started() -> Int {
        lock.withLock {
            inFlight += 1
            nextTicket += 1
            oldestStart[nextTicket] = clock.now
            return nextTicket
        }
    }

    /// The request of `ticket` got an HTTP answer (`answered`) or none (timeout, connection).
    public func finished(_ ticket: Int, answered ok: Bool) {
        lock.withLock {
            inFlight -= 1
            if let start = oldestStart.removeValue(forKey: ticket), ok {
                latencies.append((clock.now - start).inSeconds)
            }
            if ok { answered += 1 } else { failed += 1 }
        }
    }

    /// A snapshot of the traffic.
    public struct Snapshot: Sendable, Equatable {
        public var inFlight: Int
        public var answered: Int
        public var failed: Int
        /// Median seconds per answered request, nil before the first answer.
        public var medianLatency: Double?
        /// Seconds the oldest request in flight has waited.
        public var longestWait: Double
    }

    public var snapshot: Snapshot {
        lock.withLock {
            let sorted = latencies.sorted()
            let median = sorted.isEmpty ? nil : sorted[sorted.count / 2]
            let now = clock.now
            let longest = oldestStart.values.map { (now - $0).inSeconds }.max() ?? 0
            return Snapshot(inFlight: inFlight, answered: answered, failed: failed, medianLatency: median, longestWait: longest)
        }
    }
}
