/// The verdict of the sandboxed validator on one SQL statement.
public enum SQLVerdict: String, Sendable, Codable, CaseIterable {
    case ok
    case syntaxError = "syntax_error"
    case unknownTable = "unknown_table"
    case unknownColumn = "unknown_column"
    case unknownFunction = "unknown_function"
    case ambiguousColumn = "ambiguous_column"
    case notReadOnly = "not_read_only"
    case multipleStatements = "multiple_statements"
    case timeout
    case emptyResult = "empty_result"
    case runtimeError = "runtime_error"
    /// Stopped by a size limit: a value longer than `validation.max_value_bytes` or memory past
    /// `validation.max_query_memory` (the message names which).
    case resourceLimit = "resource_limit"
    /// The run's engine (PostgreSQL, `database.url`) refused SQL the sandbox accepts (SQLite
    /// functions, types, grouping rules); the message is the engine's.
    case engineError = "engine_error"

    /// Whether the SQL is usable: it compiled, is read-only and ran (an empty result still ran).
    public var isValid: Bool { self == .ok || self == .emptyResult }
}

/// What the validator measured for one SQL statement.
///
/// Tables and columns come from SQLite's authorizer while the statement compiles. A column counts
/// as read only when the SQL names it: columns reached only through `*` are listed apart in
/// ``starOnlyColumns`` and never count as covered.
public struct ValidationResult: Sendable, Codable, Equatable {
    public var verdict: SQLVerdict
    /// The engine's message for a failure, or the validator's own explanation.
    public var message: String?
    /// A dialect hint when the SQL looks written for another engine (INTERVAL, ROLLUP, ...).
    public var hint: String?
    /// Schema tables the statement reads, sorted.
    public var tables: [String]
    /// Schema columns the statement names and reads, sorted.
    public var columns: [ColumnRef]
    /// Columns SQLite reads only because of a `*`; they do not count as covered.
    public var starOnlyColumns: [ColumnRef]
    /// Rows returned (nil when the statement did not run).
    public var rowCount: Int?
    /// Result columns.
    public var columnCount: Int?
    /// Result column names as SQLite reports them.
    public var columnNames: [String]?
    /// SHA-256 over the sorted canonical result rows: equal for SQLs that return the same multiset of rows.
    public var fingerprint: String?
    /// SHA-256 over the canonical rows in the order returned.
    public var orderedFingerprint: String?

    public init(verdict: SQLVerdict, message: String? = nil, hint: String? = nil, tables: [String] = [],
                columns: [ColumnRef] = [], starOnlyColumns: [ColumnRef] = []) {
        self.verdict = verdict
        self.message = message
        self.hint = hint
        self.tables = tables
        self.columns = columns
        self.starOnlyColumns = starOnlyColumns
    }

    enum CodingKeys: String, CodingKey {
        case verdict, message, hint, tables, columns, fingerprint
        case starOnlyColumns = "star_only_columns"
        case rowCount = "row_count"
        case columnCount = "column_count"
        case columnNames = "column_names"
        case orderedFingerprint = "ordered_fingerprint"
    }
}
