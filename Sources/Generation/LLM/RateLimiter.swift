import Foundation

/// Requests-per-minute and tokens-per-minute limits over a sliding minute, shared by every
/// thread of a run. ``acquire(tokens:)`` blocks until a request fits (0 turns a limit off).
public final class RateLimiter: @unchecked Sendable {
    private let requestsPerMinute: Int
    private let tokensPerMinute: Int
    private let window: Double
    private let lock = NSLock()
    private var events: [(time: Double, tokens: Int)] = []
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant

    public init(requestsPerMinute: Int, tokensPerMinute: Int, window: Double = 60) {
        self.requestsPerMinute = requestsPerMinute
        self.tokensPerMinute = tokensPerMinute
        self.window = window
        start = clock.now
    }

    private var now: Double { (clock.now - start).inSeconds }

    /// Waits until a request of about `tokens` tokens fits both limits, then counts it; gives up
    /// (returning false) as soon as `stop` says so.
    @discardableResult
    public func acquire(tokens: Int, stop: () -> Bool = { false }) -> Bool {
        if requestsPerMinute == 0 && tokensPerMinute == 0 { return true }
        while true {
            let wait: Double = lock.withLock {
                let now = self.now
                events.removeAll { $0.time <= now - window }
                var wait = 0.0
                if requestsPerMinute > 0 && events.count >= requestsPerMinute {
                    wait = events[events.count - requestsPerMinute].time + window - now
                }
                if tokensPerMinute > 0 && !events.isEmpty {
                    var used = events.reduce(0) { $0 + $1.tokens }
                    for event in events where used + tokens > tokensPerMinute {
                        used -= event.tokens
                        wait = max(wait, event.time + window - now)
                    }
                }
                if wait <= 0 { events.append((now, tokens)) }
                return wait
            }
            if wait <= 0 { return true }
            if stop() { return false }
            Thread.sleep(forTimeInterval: min(wait, 0.2))
        }
    }

    /// Corrects the token count of the latest request once the answer tells the real usage.
    public func settle(estimated: Int, actual: Int) {
        guard tokensPerMinute > 0 else { return }
        lock.withLock {
            if let index = events.lastIndex(where: { $0.tokens == estimated }) { events[index].tokens = actual }
        }
    }
}
