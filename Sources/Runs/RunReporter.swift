/// Where a ``DatasetJob`` reports while it runs: notes (the command line writes them to standard
/// error), the summary of the finished run (standard output) and progress after each batch.
/// A Swift program that needs none of it passes ``SilentReporter``.
public protocol RunReporter: AnyObject {
    /// A note for the user: resuming, retries, warnings, how to resume a stopped run.
    func note(_ message: String)
    /// Lines of the run's summary.
    func summary(_ text: String)
    /// The batches to run are known: `total` of them, `done` already recorded.
    func start(total: Int, done: Int)
    /// A batch was committed.
    func progress(done: Int, examples: Int, rejections: Int)
    /// No more batches will be committed.
    func finishProgress()
    /// What the LLM server is doing (requests in flight, answered, re-asked, latency), every few
    /// seconds while a run waits on it; called from another thread than the other methods.
    func activity(_ text: String)
}

extension RunReporter {
    public func activity(_ text: String) {}
}

/// A reporter that drops everything.
public final class SilentReporter: RunReporter {
    public init() {}
    public func note(_ message: String) {}
    public func summary(_ text: String) {}
    public func start(total: Int, done: Int) {}
    public func progress(done: Int, examples: Int, rejections: Int) {}
    public func finishProgress() {}
}
