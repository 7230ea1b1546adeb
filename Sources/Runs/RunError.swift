/// Why a run stopped without finishing: a message a user can act on and the exit status a command
/// line gives it (2: bad input or an unusable file or endpoint; 1: the run failed or produced
/// nothing; 128 + N: stopped by signal N). What was written before is kept (the ledger resumes it).
public struct RunError: Error, Sendable, Equatable {
    public let message: String
    public let status: Int32
    /// Whether the message is shown as `error: message` (false: as is, it says what happened).
    public let labelled: Bool

    /// An error of bad input or an unusable file (status 2 unless given), shown as `error: message`.
    public init(_ message: String, status: Int32 = 2, labelled: Bool = true) {
        self.message = message
        self.status = status
        self.labelled = labelled
    }

    /// The message as shown to a user.
    public var text: String { labelled ? "error: \(message)" : message }

    /// A ledger error as its message, a run error as itself, anything else as its description.
    public init(describing error: any Error) {
        switch error {
        case let error as RunError: self = error
        case let error as LedgerError: self.init(error.message)
        default: self.init("\(error)")
        }
    }

    /// Runs `body`, turning a ledger error into its message (an unknown error into its description).
    static func withLedger<T>(_ body: () throws -> T) throws(RunError) -> T {
        do {
            return try body()
        } catch {
            throw RunError(describing: error)
        }
    }
}
