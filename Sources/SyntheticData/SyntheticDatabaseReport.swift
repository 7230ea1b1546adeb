/// What ``SyntheticDatabaseBuilder`` produced: rows per table and a hash of the whole content.
public struct SyntheticDatabaseReport: Sendable, Codable, Equatable {
    /// Rows written per table, keyed by the table name as spelled in the schema.
    /// Encode with sorted keys (`JSONEncoder.OutputFormatting.sortedKeys`) for stable files.
    public var rowCounts: [String: Int]
    /// Lower-case hex SHA-256 of the content, as computed by ``DatabaseContentHash``.
    public var contentSHA256: String

    public init(rowCounts: [String: Int], contentSHA256: String) {
        self.rowCounts = rowCounts
        self.contentSHA256 = contentSHA256
    }
}
