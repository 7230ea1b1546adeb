import Dispatch
import Foundation
import Runs

/// Turns SIGINT and SIGTERM into a stop request: the run finishes the batches in flight, commits
/// them and exits with 128 + the signal number (130, 143); `cancel` also runs (an LLM run aborts
/// its requests in flight). A second signal ends the process at once.
final class SignalTrap {
    private var sources: [any DispatchSourceSignal] = []

    init(stop: StopFlag, cancel: @escaping @Sendable () -> Void = {}) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if stop.isRequested { exit(128 + number) }
                stop.request(signal: number)
                cancel()
                CLI.printError("\nstopping after the batches in flight (signal \(number)); send it again to quit at once")
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
