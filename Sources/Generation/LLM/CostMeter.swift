import Foundation
import Model

/// Thread-safe totals of a run's LLM traffic: tokens per batch and in total, the estimated cost,
/// and the stop flag: once `max_cost` is reached (or ``stop(_:)`` is called) no new request starts.
public final class CostMeter: @unchecked Sendable {
    private let promptPrice: Double
    private let completionPrice: Double
    private let maxCost: Double
    private let lock = NSLock()
    private var batches: [String: BatchUsage] = [:]
    private var totals = Totals()
    private var stopReason: String?
    /// Requests in flight, answers and latency, for the progress line.
    public let traffic = TrafficMonitor()

    struct Totals {
        var requests = 0, cacheHits = 0, retries = 0, failures = 0, repairs = 0, paraphraseFailures = 0, promptTokens = 0, completionTokens = 0
        var cost = 0.0
    }

    public init(settings: LLMSettings) {
        promptPrice = settings.promptPricePer1K
        completionPrice = settings.completionPricePer1K
        maxCost = settings.maxCost
    }

    /// Dollars for `prompt` and `completion` tokens at the configured prices.
    public func cost(prompt: Int, completion: Int) -> Double {
        Double(prompt) / 1000 * promptPrice + Double(completion) / 1000 * completionPrice
    }

    /// Counts an answer of `batch` (from the server, or from the cache when `cached`), priced at
    /// `prices` (dollars per 1,000 prompt and completion tokens) when given: a judge with another
    /// model shares the run's meter and budget at its own prices.
    public func record(batch: String, prompt: Int, completion: Int, cached: Bool, prices: (prompt: Double, completion: Double)? = nil) {
        let dollars = prices.map { Double(prompt) / 1000 * $0.prompt + Double(completion) / 1000 * $0.completion }
            ?? cost(prompt: prompt, completion: completion)
        lock.withLock {
            var usage = batches[batch] ?? BatchUsage(batchID: batch)
            if cached { usage.cacheHits += 1; totals.cacheHits += 1 } else { usage.requests += 1; totals.requests += 1 }
            usage.promptTokens += prompt
            usage.completionTokens += completion
            usage.cost += dollars
            batches[batch] = usage
            totals.promptTokens += prompt
            totals.completionTokens += completion
            totals.cost += dollars
            if maxCost > 0 && totals.cost >= maxCost && stopReason == nil { stopReason = "max_cost" }
        }
    }

    public func recordRetry() { lock.withLock { totals.retries += 1 } }
    public func recordFailure() { lock.withLock { totals.failures += 1 } }
    public func recordRepair() { lock.withLock { totals.repairs += 1 } }
    /// Counts an example whose paraphrase request got no usable answer in the end.
    public func recordParaphraseFailure() { lock.withLock { totals.paraphraseFailures += 1 } }

    /// Retries and repairs (re-asks) so far, for the progress line.
    public var reasks: (retries: Int, repairs: Int) { lock.withLock { (totals.retries, totals.repairs) } }

    /// Stops new requests, e.g. `cancelled` on Ctrl-C (the first reason is kept).
    public func stop(_ reason: String) {
        lock.withLock { if stopReason == nil { stopReason = reason } }
    }

    /// Why new requests are refused (`max_cost`, `cancelled`), or nil while they are allowed.
    public var stopped: String? { lock.withLock { stopReason } }

    /// Estimated dollars so far.
    public var totalCost: Double { lock.withLock { totals.cost } }

    /// The usage of each batch that sent or replayed a request, in the order of `batchIDs`.
    public func batchUsage(in batchIDs: [String]) -> [BatchUsage] {
        lock.withLock { batchIDs.compactMap { batches[$0] } }
    }

    /// The totals as the manifest records them.
    public func usage(baseURL: String, model: String, mode: String, promptSHA256: String) -> LLMUsage {
        lock.withLock {
            LLMUsage(baseURL: baseURL, model: model, mode: mode, promptSHA256: promptSHA256, requests: totals.requests,
                     cacheHits: totals.cacheHits, retries: totals.retries, failures: totals.failures, repairs: totals.repairs,
                     paraphraseFailures: totals.paraphraseFailures, promptTokens: totals.promptTokens, completionTokens: totals.completionTokens,
                     cost: (totals.cost * 1_000_000).rounded() / 1_000_000, stopped: stopReason)
        }
    }
}
