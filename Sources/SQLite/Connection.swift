import CSQLite

/// One SQLite connection. Not thread-safe: use it from one task or thread at a time.
public final class Connection {
    /// How to open a database file.
    public enum OpenMode: Sendable {
        case readOnly
        case readWrite
        /// Read-write, creating the file when it does not exist.
        case create
        /// Read-only on a file nothing changes while it is open (`immutable=1`): no lock, no
        /// `-wal` or `-shm` file, so it opens on a read-only file system even in WAL mode. What a
        /// write-ahead log holds beyond the main file is not seen.
        case immutable
    }

    let handle: OpaquePointer
    private var authorizerBox: AuthorizerBox?
    private var progressBox: ProgressBox?

    /// Opens `path` (`:memory:` for a private in-memory database).
    public init(path: String, mode: OpenMode = .create) throws(SQLiteError) {
        var flags: Int32 = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        switch mode {
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .immutable: flags |= SQLITE_OPEN_READONLY
        }
        let name = mode == .immutable ? Self.immutableURI(path) : path
        var db: OpaquePointer?
        let code = sqlite3_open_v2(name, &db, flags, nil)
        guard let db else { throw SQLiteError(code: code, message: "cannot open \(path): out of memory") }
        guard code == SQLITE_OK else {
            let message = String(cString: sqlite3_errmsg(db))
            sqlite3_close_v2(db)
            throw SQLiteError(code: code, message: "cannot open \(path): \(message)")
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// `file:PATH?immutable=1` with every byte of the path but letters, digits, `-._~/` percent-encoded.
    private static func immutableURI(_ path: String) -> String {
        let plain = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
        let encoded = path.utf8.map { plain.contains($0) ? String(UnicodeScalar($0)) : "%" + String($0, radix: 16, uppercase: true).leftPadded() }
        return "file:" + encoded.joined() + "?immutable=1"
    }

    /// The SQLite library version, e.g. `3.40.1`.
    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    /// The most recent error message of this connection.
    public var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }

    func error(code: Int32) -> SQLiteError {
        SQLiteError(code: code & 0xFF, extendedCode: sqlite3_extended_errcode(handle), message: lastErrorMessage)
    }

    /// Runs one or more statements that return no rows of interest.
    public func execute(_ sql: String) throws(SQLiteError) {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(message)
            throw SQLiteError(code: code & 0xFF, extendedCode: code, message: text)
        }
    }

    /// Compiles the first statement of `sql`.
    public func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        let prepared = try prepareFirst(sql)
        guard let statement = prepared.statement else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "no SQL statement in the input")
        }
        return statement
    }

    /// Compiles the first statement of `sql` and returns the text after it.
    /// The whole text is handed to SQLite with its byte length, so a NUL byte does not hide the
    /// rest: it stays in the tail. The statement is nil when `sql` holds only white space or comments.
    public func prepareFirst(_ sql: String) throws(SQLiteError) -> (statement: Statement?, tail: String) {
        var raw: OpaquePointer?
        var tailOffset = 0
        let bytes = Array(sql.utf8)
        let code: Int32 = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { text in
                guard let start = text.baseAddress else { return sqlite3_prepare_v2(handle, "", 0, &raw, nil) }
                var tail: UnsafePointer<CChar>?
                let code = sqlite3_prepare_v2(handle, start, Int32(clamping: text.count), &raw, &tail)
                tailOffset = tail.map { $0 - start } ?? text.count
                return code
            }
        }
        guard code == SQLITE_OK else {
            let failure = error(code: code)
            sqlite3_finalize(raw)
            throw failure
        }
        let tail = String(decoding: bytes[min(max(tailOffset, 0), bytes.count)...], as: UTF8.self)
        return (raw.map { Statement(handle: $0, connection: self) }, tail)
    }

    /// Sets a run-time limit (`SQLITE_LIMIT_*`) and returns the previous value.
    @discardableResult
    public func setLimit(_ limit: Limit, to value: Int32) -> Int32 {
        sqlite3_limit(handle, limit.code, value)
    }

    /// Turns a `sqlite3_db_config` boolean option on or off.
    public func setOption(_ option: Option, enabled: Bool) throws(SQLiteError) {
        let code = nl2sqlgen_db_config_int(handle, option.code, enabled ? 1 : 0)
        if code != SQLITE_OK { throw error(code: code) }
    }

    /// Enables or disables `load_extension()` (C API and SQL function).
    public func setExtensionLoading(enabled: Bool) throws(SQLiteError) {
        let code = sqlite3_enable_load_extension(handle, enabled ? 1 : 0)
        if code != SQLITE_OK { throw error(code: code) }
    }

    /// Installs an authorizer consulted while statements compile (nil removes it).
    public func setAuthorizer(_ authorizer: ((AuthorizerRequest) -> AuthorizerDecision)?) {
        guard let authorizer else {
            sqlite3_set_authorizer(handle, nil, nil)
            authorizerBox = nil
            return
        }
        let box = AuthorizerBox(authorizer)
        authorizerBox = box
        sqlite3_set_authorizer(handle, { context, action, a1, a2, a3, a4 in
            guard let context else { return SQLITE_DENY }
            let box = Unmanaged<AuthorizerBox>.fromOpaque(context).takeUnretainedValue()
            let request = AuthorizerRequest(action: action, argument1: a1.map { String(cString: $0) },
                                            argument2: a2.map { String(cString: $0) },
                                            database: a3.map { String(cString: $0) },
                                            trigger: a4.map { String(cString: $0) })
            return box.callback(request).code
        }, Unmanaged.passUnretained(box).toOpaque())
    }

    /// Installs a handler called every `instructions` virtual-machine steps; returning `true`
    /// interrupts the running statement (nil removes it).
    public func setProgressHandler(every instructions: Int32, _ handler: (() -> Bool)?) {
        guard let handler else {
            sqlite3_progress_handler(handle, 0, nil, nil)
            progressBox = nil
            return
        }
        let box = ProgressBox(handler)
        progressBox = box
        sqlite3_progress_handler(handle, instructions, { context in
            guard let context else { return 1 }
            return Unmanaged<ProgressBox>.fromOpaque(context).takeUnretainedValue().callback() ? 1 : 0
        }, Unmanaged.passUnretained(box).toOpaque())
    }

    /// The number of rows changed by the most recent statement.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// The bytes of the main database as SQLite would write them (its serialized image).
    public func serialize() -> [UInt8] {
        var size: sqlite3_int64 = 0
        guard let data = sqlite3_serialize(handle, "main", &size, 0) else { return [] }
        defer { sqlite3_free(data) }
        return [UInt8](UnsafeBufferPointer(start: data, count: Int(size)))
    }
}

extension Connection {
    /// Run-time limits settable with ``setLimit(_:to:)``.
    public enum Limit: Sendable {
        case sqlLength
        case expressionDepth
        case attached
        case compoundSelect
        case variableNumber
        case length

        var code: Int32 {
            switch self {
            case .sqlLength: return SQLITE_LIMIT_SQL_LENGTH
            case .expressionDepth: return SQLITE_LIMIT_EXPR_DEPTH
            case .attached: return SQLITE_LIMIT_ATTACHED
            case .compoundSelect: return SQLITE_LIMIT_COMPOUND_SELECT
            case .variableNumber: return SQLITE_LIMIT_VARIABLE_NUMBER
            case .length: return SQLITE_LIMIT_LENGTH
            }
        }
    }

    /// Boolean `sqlite3_db_config` options.
    public enum Option: Sendable {
        case defensive
        case loadExtension
        case trustedSchema
        case enableTrigger
        case enableView

        var code: Int32 {
            switch self {
            case .defensive: return SQLITE_DBCONFIG_DEFENSIVE
            case .loadExtension: return SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION
            case .trustedSchema: return SQLITE_DBCONFIG_TRUSTED_SCHEMA
            case .enableTrigger: return SQLITE_DBCONFIG_ENABLE_TRIGGER
            case .enableView: return SQLITE_DBCONFIG_ENABLE_VIEW
            }
        }
    }
}

private extension String {
    /// Two hex digits.
    func leftPadded() -> String { count < 2 ? "0" + self : self }
}

private final class AuthorizerBox {
    let callback: (AuthorizerRequest) -> AuthorizerDecision
    init(_ callback: @escaping (AuthorizerRequest) -> AuthorizerDecision) { self.callback = callback }
}

private final class ProgressBox {
    let callback: () -> Bool
    init(_ callback: @escaping () -> Bool) { self.callback = callback }
}
