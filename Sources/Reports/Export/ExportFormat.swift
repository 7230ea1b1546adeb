/// Target formats of `nl2sqlgen export` (docs/export.md).
public enum ExportFormat: String, Sendable, CaseIterable {
    case spider, bird, hf
}

/// What an export wrote.
public struct ExportSummary: Sendable, Equatable {
    public var files: [String]
    /// Rows per split name (Spider: in the main files).
    public var splits: [String: Int]
    /// Spider: rows per split in `<split>_extra.json`, outside Spider's grammar.
    public var extra: [String: Int] = [:]
    /// Spider: extra rows per reason (a row can have several).
    public var extraReasons: [String: Int] = [:]
}
