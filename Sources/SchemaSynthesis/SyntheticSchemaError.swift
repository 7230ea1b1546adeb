/// Why ``SyntheticSchemaGenerator`` cannot build a schema.
public struct SyntheticSchemaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A message naming the bad parameter and its valid range.
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
