import Foundation

/// Runs batches on `workers` threads and hands their results to the caller's thread in the order
/// given (out-of-order completions wait in a buffer), so that commits follow the plan order
/// whatever the number of workers.
public struct BatchExecutor: Sendable {
    public let workers: Int
    public let stop: StopFlag

    public init(workers: Int, stop: StopFlag) {
        self.workers = max(1, workers)
        self.stop = stop
    }

    /// Runs `work` for every index of `indices`. Each worker thread first makes its own state with
    /// `makeState` (e.g. a validator: one SQLite connection per thread). On the calling thread,
    /// `started` is told which indices were picked up, and `commit` gets each result in the order of
    /// `indices`. After a stop request no new batch starts; those in flight finish and are committed
    /// when their turn comes. Returns how many results were committed.
    public func execute<State, Result: Sendable>(
        _ indices: [Int],
        makeState: @escaping @Sendable () throws -> State,
        work: @escaping @Sendable (inout State, Int) -> Result,
        started: ([Int]) throws -> Void,
        commit: (Int, Result) throws -> Void
    ) throws -> Int {
        guard !indices.isEmpty else { return 0 }
        let queue = WorkQueue<Result>(indices: indices, stop: stop)
        let count = min(workers, indices.count)
        queue.live = count
        for _ in 0..<count {
            let thread = Thread {
                let state: State
                do {
                    state = try makeState()
                } catch {
                    queue.fail(error)
                    return
                }
                var mutable = state
                while let position = queue.take() {
                    queue.finish(position, work(&mutable, indices[position]))
                }
                queue.retire()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        var next = 0
        while true {
            let (begun, ready, live, failure) = queue.wait(after: next)
            try started(begun.map { indices[$0] })
            for result in ready {
                try commit(indices[next], result)
                next += 1
            }
            if let failure { throw failure }
            if ready.isEmpty, live == 0 { return next }
        }
    }
}

/// The state shared by the workers and the committing thread.
private final class WorkQueue<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let total: Int
    private let stop: StopFlag
    private var nextPosition = 0
    private var begun: [Int] = []
    private var finished: [Int: Result] = [:]
    private var failure: (any Error)?
    var live = 0

    init(indices: [Int], stop: StopFlag) {
        total = indices.count
        self.stop = stop
    }

    /// The next position to work on, nil when there is none or the run stops.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard failure == nil, !stop.isRequested, nextPosition < total else { return nil }
        let position = nextPosition
        nextPosition += 1
        begun.append(position)
        condition.broadcast()
        return position
    }

    func finish(_ position: Int, _ result: Result) {
        condition.lock()
        finished[position] = result
        condition.broadcast()
        condition.unlock()
    }

    func retire() {
        condition.lock()
        live -= 1
        condition.broadcast()
        condition.unlock()
    }

    func fail(_ error: any Error) {
        condition.lock()
        if failure == nil { failure = error }
        live -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until something happened: batches begun, the result at `position` (and those right
    /// after it) ready, a failure, or every worker gone.
    func wait(after position: Int) -> (begun: [Int], ready: [Result], live: Int, failure: (any Error)?) {
        condition.lock()
        defer { condition.unlock() }
        while begun.isEmpty, finished[position] == nil, failure == nil, live > 0 {
            condition.wait()
        }
        let started = begun
        begun = []
        var ready: [Result] = []
        var next = position
        while let result = finished.removeValue(forKey: next) {
            ready.append(result)
            next += 1
        }
        return (started, ready, live, failure)
    }
}
