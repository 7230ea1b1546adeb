/// A dataset directory, review file or export that cannot be used, with the file (and line) at fault.
public struct DatasetError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
