import Foundation
import Runs

/// A run's reports on the terminal: notes on standard error, the summary on standard output,
/// progress through ``RunProgress``.
final class ConsoleReporter: RunReporter {
    private let quiet: Bool
    private var progressLine: RunProgress?

    init(quiet: Bool) {
        self.quiet = quiet
    }

    func note(_ message: String) { CLI.printError(message) }

    func summary(_ text: String) { print(text) }

    func start(total: Int, done: Int) { progressLine = RunProgress(total: total, done: done, quiet: quiet) }

    func progress(done: Int, examples: Int, rejections: Int) {
        progressLine?.update(done: done, examples: examples, rejections: rejections)
    }

    func finishProgress() { progressLine?.finish() }

    func activity(_ text: String) { progressLine?.activity(text) }
}
