import ArgumentParser
import Runs

extension DatasetJob {
    /// Runs the job for `generate` and `run`: SIGINT and SIGTERM stop it after the batches in
    /// flight, progress and the summary go to the terminal, a ``RunError`` becomes its message and exit code.
    func runFromCommandLine() throws(ExitCode) {
        var job = self
        job.reporter = ConsoleReporter(quiet: options.quiet)
        let cancellation = job.cancellation
        let trap = SignalTrap(stop: job.stop) { cancellation.run() }
        defer { withExtendedLifetime(trap) {} }
        try CLI.run { () throws(RunError) in try job.run() }
    }
}
