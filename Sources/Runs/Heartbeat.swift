import Foundation
import Generation
import Model

/// While an LLM run waits on its server, tells the reporter what the server is doing every
/// `interval` seconds (requests in flight, answered, re-asked, latency), so that a slow batch is
/// never a silent terminal.
final class Heartbeat: @unchecked Sendable {
    private let lock = NSLock()
    private var running = true
    private let meter: CostMeter
    private let reporter: any RunReporter
    private let timeout: Double

    init(meter: CostMeter, reporter: any RunReporter, timeout: Double) {
        self.meter = meter
        self.reporter = reporter
        self.timeout = timeout
    }

    /// Starts the beats on a thread of their own.
    func start(interval: Double = 5) {
        let thread = Thread { [self] in
            let clock = ContinuousClock()
            var next = clock.now + .milliseconds(Int(interval * 1000))
            while isRunning {
                Thread.sleep(forTimeInterval: 0.1)
                guard clock.now >= next, isRunning else { continue }
                next = clock.now + .milliseconds(Int(interval * 1000))
                reporter.activity(Self.line(meter.traffic.snapshot, reasks: meter.reasks, timeout: timeout))
            }
        }
        thread.start()
    }

    /// Stops the beats (the thread ends within 0.1 s).
    func stop() { lock.withLock { running = false } }

    private var isRunning: Bool { lock.withLock { running } }

    /// `llm: 3 in flight, 12 answered, 0 failed, 4 re-asked, 1 retries; latency median 41.2 s`.
    static func line(_ traffic: TrafficMonitor.Snapshot, reasks: (retries: Int, repairs: Int), timeout: Double) -> String {
        var line = "llm: \(traffic.inFlight) in flight, \(traffic.answered) answered, \(traffic.failed) failed, \(reasks.repairs) re-asked, \(reasks.retries) retries"
        if let median = traffic.medianLatency {
            line += String(format: "; latency median %.1f s", median)
            if median > timeout / 2 { line += " (llm.timeout_seconds = \(Int(timeout)): a local CPU server may need 600)" }
        } else if traffic.inFlight > 0 {
            line += String(format: "; no answer yet, waiting %.0f s of llm.timeout_seconds = %.0f", traffic.longestWait, timeout)
        }
        return line
    }
}
