/// An error reported by libpq or the PostgreSQL server, with the server's SQLSTATE when it sent one.
public struct PostgresError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the error arose.
    public enum Kind: Sendable, Equatable {
        /// The connection could not be opened or was lost.
        case connection
        /// The server refused or aborted a statement (see ``sqlState``).
        case statement
        /// The caller's own limit was reached (e.g. the result had too many rows).
        case limit
        /// The connection is not safe to run untrusted SQL on (e.g. a superuser role).
        case unsafeConnection
    }

    public var kind: Kind
    /// The five-character SQLSTATE (e.g. `42501` insufficient privilege, `57014` query canceled), or
    /// nil when the error did not come from the server.
    public var sqlState: String?
    /// The server's primary message (or libpq's).
    public var message: String
    /// The server's detail and hint lines, when it sent them.
    public var detail: String?

    public init(kind: Kind, sqlState: String? = nil, message: String, detail: String? = nil) {
        self.kind = kind
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
    }

    /// Whether the statement ran out of time (`statement_timeout`: SQLSTATE 57014).
    public var isTimeout: Bool { sqlState == "57014" }
    /// Whether the server denied a privilege (SQLSTATE 42501).
    public var isPermissionDenied: Bool { sqlState == "42501" }
    /// Whether the statement tried to write in a read-only transaction (SQLSTATE 25006).
    public var isReadOnlyViolation: Bool { sqlState == "25006" }
    /// Whether the statement could not be parsed (SQLSTATE 42601).
    public var isSyntaxError: Bool { sqlState == "42601" }

    public var description: String {
        var text = "PostgreSQL"
        if let sqlState { text += " error \(sqlState)" }
        text += ": \(message)"
        if let detail, !detail.isEmpty { text += " (\(detail))" }
        return text
    }
}
