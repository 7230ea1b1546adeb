/// Why an SQL text could not be analysed: a syntax error, or a table or column the schema does not
/// have, with the UTF-8 offset in the SQL text where it was found.
public struct SQLStructureError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// UTF-8 offset of the offending token in the SQL text (the text's length at its end).
    public var offset: Int

    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { "\(message) (at offset \(offset))" }
}
