import Foundation

/// Runs `count` blocking jobs on `width` threads, so that up to `width` requests are in flight;
/// returns when all are done.
enum InFlight {
    static func run(count: Int, width: Int, _ job: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let next = Counter()
        let done = DispatchGroup()
        for _ in 0..<max(1, min(width, count)) {
            done.enter()
            let thread = Thread {
                while let index = next.take(below: count) { job(index) }
                done.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        done.wait()
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func take(below limit: Int) -> Int? {
            lock.withLock {
                guard value < limit else { return nil }
                defer { value += 1 }
                return value
            }
        }
    }
}
