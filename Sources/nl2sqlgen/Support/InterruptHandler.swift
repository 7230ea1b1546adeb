import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns Ctrl-C (SIGINT) and SIGTERM into a clean stop while an LLM run is going: `stop` is called
/// once (the provider cancels the requests in flight and sends no new ones), the run finishes its
/// loop without them and the dataset is written consistently. A second signal exits at once.
final class InterruptHandler: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private let lock = NSLock()
    private var count = 0

    init(stop: @escaping @Sendable () -> Void) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                let seen = lock.withLock { () -> Int in
                    count += 1
                    return count
                }
                if seen > 1 { exit(130) }
                CLI.printError("stopping: no new LLM requests; writing what is done (signal again to quit at once)")
                stop()
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Whether a signal arrived.
    var interrupted: Bool { lock.withLock { count > 0 } }
}
