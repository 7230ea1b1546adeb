/// The bounds every statement of a ``ReadOnlySession`` runs under.
public struct ReadOnlyLimits: Sendable, Equatable {
    /// `statement_timeout` of each statement, and the bound of reading its whole result.
    public var timeoutMilliseconds: Int
    /// `work_mem` of each statement (sorts and hashes spill to disk beyond it).
    public var workMemKilobytes: Int
    /// `temp_file_limit`: the most disk a statement's temporary files may use.
    public var tempFileKilobytes: Int
    /// The most rows a result may have.
    public var maxRows: Int
    /// The most bytes (sum of the values' text lengths) a result may have.
    public var maxBytes: Int

    public init(timeoutMilliseconds: Int = 15_000, workMemKilobytes: Int = 65_536, tempFileKilobytes: Int = 1_048_576,
                maxRows: Int = 100_000, maxBytes: Int = 64 << 20) {
        self.timeoutMilliseconds = timeoutMilliseconds
        self.workMemKilobytes = workMemKilobytes
        self.tempFileKilobytes = tempFileKilobytes
        self.maxRows = maxRows
        self.maxBytes = maxBytes
    }
}
