/// Target formats of `nl2sqlgen export` (docs/export.md).
public enum ExportFormat: String, Sendable, CaseIterable {
    case spider, bird, hf
}

/// What an export wrote.
public struct ExportSummary: Sendable, Equatable {
    public var files: [String]
    /// Rows per split name.
    public var splits: [String: Int]
}
