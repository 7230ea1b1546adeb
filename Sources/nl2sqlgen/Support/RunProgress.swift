import Foundation
import Logging

/// Progress of a run: on a terminal one updating line on standard error (batches done/total,
/// examples, rejections, rate, ETA, and with an LLM what its server is doing); otherwise a log
/// line per batch and per LLM activity report; nothing when quiet. Safe to call from several threads.
final class RunProgress: @unchecked Sendable {
    private let lock = NSLock()
    /// The latest LLM activity (requests in flight, answered, latency), shown after the batches.
    private var server = ""
    private var last: (done: Int, examples: Int, rejections: Int)
    private let total: Int
    private let quiet: Bool
    private let terminal: Bool
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private let startedDone: Int
    private var lastDraw: ContinuousClock.Instant?
    private let logger = Logger(label: "nl2sqlgen.run")

    init(total: Int, done: Int, quiet: Bool) {
        self.total = total
        self.quiet = quiet
        terminal = isatty(2) != 0
        started = clock.now
        startedDone = done
        last = (done, 0, 0)
    }

    /// Reports the state after a batch was committed.
    func update(done: Int, examples: Int, rejections: Int) {
        lock.withLock { draw(done: done, examples: examples, rejections: rejections, force: false) }
    }

    /// Reports what the LLM server is doing; redraws the line (a log line off a terminal).
    func activity(_ text: String) {
        lock.withLock {
            guard !quiet else { return }
            server = text
            if terminal {
                draw(done: last.done, examples: last.examples, rejections: last.rejections, force: true)
            } else {
                logger.info("\(text)")
            }
        }
    }

    private func draw(done: Int, examples: Int, rejections: Int, force: Bool) {
        guard !quiet else { return }
        last = (done, examples, rejections)
        let elapsed = (clock.now - started).inSeconds
        let rate = elapsed > 0 ? Double(done - startedDone) / elapsed : 0
        let eta = rate > 0 ? Self.duration(Double(total - done) / rate) : "?"
        var line = "[\(done)/\(total) batches] \(examples) examples, \(rejections) rejections, \(String(format: "%.1f", rate)) batches/s, ETA \(eta)"
        if terminal {
            if !server.isEmpty { line += " | " + server }
            let now = clock.now
            if !force, let lastDraw, now - lastDraw < .milliseconds(100), done < total { return }
            lastDraw = now
            FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
        } else {
            logger.info("\(line)")
        }
    }

    /// Ends the updating line.
    func finish() {
        lock.withLock {
            if !quiet, terminal, lastDraw != nil { FileHandle.standardError.write(Data("\n".utf8)) }
        }
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole >= 3600 { return "\(whole / 3600)h\(String(format: "%02d", whole % 3600 / 60))m" }
        if whole >= 60 { return "\(whole / 60)m\(String(format: "%02d", whole % 60))s" }
        return "\(whole)s"
    }
}
