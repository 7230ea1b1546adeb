import Foundation
import Model

/// When to retry a request and how long to wait: exponential backoff with jitter, at least as
/// long as the server's `Retry-After` (seconds or an HTTP date).
public struct RetryPolicy: Sendable {
    /// Retries after the first try.
    public var maxRetries: Int
    /// Wait before the first retry, doubled for each further one.
    public var baseDelay: Double
    /// Longest wait from the backoff (a longer Retry-After is still honoured, up to ``maxRetryAfter``).
    public var maxDelay: Double
    /// Longest wait a `Retry-After` can impose (`llm.max_retry_after_seconds`).
    public var maxRetryAfter: Double

    public init(maxRetries: Int, baseDelay: Double = 0.5, maxDelay: Double = 30, maxRetryAfter: Double = 60) {
        self.maxRetries = maxRetries
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    /// Whether an HTTP status is worth retrying: 408, 409, 429 and 5xx.
    public static func isRetryable(status: Int) -> Bool {
        status == 408 || status == 409 || status == 429 || (500...599).contains(status)
    }

    /// Seconds to wait before retry number `retry` (0 first): half to all of the backoff (jitter),
    /// and never less than `retryAfter` cut to ``maxRetryAfter``.
    public func delay(retry: Int, retryAfter: Double?, random: inout SeededRandom) -> Double {
        let backoff = min(maxDelay, baseDelay * pow(2, Double(min(retry, 30))))
        let jittered = backoff * (0.5 + 0.5 * random.unit())
        return max(jittered, min(retryAfter ?? 0, maxRetryAfter))
    }

    /// A `Retry-After` value in seconds from `now`: delta-seconds or an HTTP date; nil when unreadable.
    public static func retryAfterSeconds(_ value: String, now: Date = Date()) -> Double? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(text) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: text) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
