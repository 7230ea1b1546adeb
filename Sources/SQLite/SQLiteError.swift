import CSQLite

/// An error reported by SQLite, with its result code and the engine's message.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The primary result code (e.g. `SQLITE_ERROR` = 1).
    public var code: Int32
    /// The extended result code.
    public var extendedCode: Int32
    public var message: String

    public init(code: Int32, extendedCode: Int32? = nil, message: String) {
        self.code = code
        self.extendedCode = extendedCode ?? code
        self.message = message
    }

    /// Whether the error comes from an interrupt (the progress handler's budget).
    public var isInterrupt: Bool { code == SQLITE_INTERRUPT }
    /// Whether the authorizer denied the statement.
    public var isAuthorization: Bool { code == SQLITE_AUTH }
    /// Whether a string or blob grew past the connection's length limit (`SQLITE_TOOBIG`).
    public var isTooBig: Bool { code == SQLITE_TOOBIG }
    /// Whether an allocation failed, e.g. past the hard heap limit (`SQLITE_NOMEM`).
    public var isOutOfMemory: Bool { code == SQLITE_NOMEM }

    public var description: String { "SQLite error \(code): \(message)" }
}
