import ArgumentParser
import Runs

extension CLI {
    /// Runs `body`, turning a ledger error into its message and exit code 2 (an `ExitCode` passes through).
    static func withLedger<T>(_ body: () throws -> T) throws(ExitCode) -> T {
        do {
            return try body()
        } catch let error as ExitCode {
            throw error
        } catch {
            throw fail(RunError(describing: error))
        }
    }
}
