import Foundation

/// Reads one pipe to its end on a thread of its own.
final class PipeDrain: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything the pipe carried, once the writer closed it.
    func wait() -> Data {
        done.wait()
        return data
    }
}

/// Stops a child that outlives its time: SIGTERM, then SIGKILL two seconds later.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var fired = false
    private var finished = false
    private let timer: DispatchSourceTimer

    init(process: Process, seconds: Double) {
        timer = DispatchSource.makeTimerSource(queue: .global())
        let pid = process.processIdentifier
        timer.setEventHandler { [self] in
            lock.lock()
            defer { lock.unlock() }
            guard !finished else { return }
            fired = true
            kill(pid, SIGTERM)
            DispatchQueue.global().asyncAfter(deadline: .now() + 2) { if process.isRunning { kill(pid, SIGKILL) } }
        }
        timer.schedule(deadline: .now() + seconds)
        timer.resume()
    }

    /// Cancels the timer; whether it had fired.
    func finish() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        timer.cancel()
        return fired
    }
}
