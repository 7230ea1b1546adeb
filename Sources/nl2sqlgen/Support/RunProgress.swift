import Foundation
import Logging

/// Progress of a run: on a terminal one updating line on standard error (batches done/total,
/// examples, rejections, rate, ETA); otherwise a log line per batch; nothing when quiet.
final class RunProgress {
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
    }

    /// Reports the state after a batch was committed.
    func update(done: Int, examples: Int, rejections: Int) {
        guard !quiet else { return }
        let elapsed = (clock.now - started).inSeconds
        let rate = elapsed > 0 ? Double(done - startedDone) / elapsed : 0
        let eta = rate > 0 ? Self.duration(Double(total - done) / rate) : "?"
        let line = "[\(done)/\(total) batches] \(examples) examples, \(rejections) rejections, \(String(format: "%.1f", rate)) batches/s, ETA \(eta)"
        if terminal {
            let now = clock.now
            if let lastDraw, now - lastDraw < .milliseconds(100), done < total { return }
            lastDraw = now
            FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
        } else {
            logger.info("\(line)")
        }
    }

    /// Ends the updating line.
    func finish() {
        if !quiet, terminal, lastDraw != nil { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole >= 3600 { return "\(whole / 3600)h\(String(format: "%02d", whole % 3600 / 60))m" }
        if whole >= 60 { return "\(whole / 60)m\(String(format: "%02d", whole % 60))s" }
        return "\(whole)s"
    }
}
