import Foundation

/// Runs untrusted SQL (a model's, a user's) on PostgreSQL without letting it change anything.
///
/// Each statement runs alone (the extended protocol takes one statement) as the query of a
/// `NO SCROLL` cursor (so only `SELECT`, `VALUES`, `TABLE` and `WITH` without data-modifying parts
/// are accepted: `COPY`, `SET`, `SET ROLE`, DDL and DML are syntax errors) inside a
/// `READ ONLY` transaction with `statement_timeout`, `work_mem` and `temp_file_limit` set, and
/// is always rolled back; its result is read in chunks and refused past ``ReadOnlyLimits/maxRows``
/// or ``ReadOnlyLimits/maxBytes``. Session-level advisory locks it took are released.
///
/// The session refuses a role that is a superuser or a member of `pg_read_server_files`,
/// `pg_write_server_files` or `pg_execute_server_program`: connect as a role with `SELECT` only
/// (docs/postgresql.md).
public final class ReadOnlySession {
    public let limits: ReadOnlyLimits
    private let url: String
    private var connection: PostgresConnection
    private let setsTempFileLimit: Bool
    /// The server's version, e.g. `15.18`.
    public let serverVersion: String

    private static let chunkRows = 1_000

    /// Connects and checks that the role is safe to run untrusted SQL as.
    public init(url: String, limits: ReadOnlyLimits = ReadOnlyLimits()) throws(PostgresError) {
        self.url = url
        self.limits = limits
        connection = try PostgresConnection(url: url)
        serverVersion = connection.serverVersion
        setsTempFileLimit = try ReadOnlySession.checkRole(connection, limits: limits, url: url)
    }

    /// Runs `sql` (one `SELECT`-like statement; a trailing `;` is allowed) under the limits.
    public func run(_ sql: String) throws(PostgresError) -> PostgresResult {
        var body = sql
        while let last = body.last, last.isWhitespace || last == ";" { body.removeLast() }
        guard !body.isEmpty else { throw PostgresError(kind: .statement, message: "no SQL statement in the input") }
        let started = DispatchTime.now().uptimeNanoseconds
        var settings = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; "
            + "SET LOCAL statement_timeout = \(limits.timeoutMilliseconds); "
            + "SET LOCAL work_mem = '\(limits.workMemKilobytes)kB'; "
            + "SET LOCAL idle_in_transaction_session_timeout = \(max(limits.timeoutMilliseconds, 1_000) * 2)"
        if setsTempFileLimit { settings += "; SET LOCAL temp_file_limit = '\(limits.tempFileKilobytes)kB'" }
        try reconnectIfLost()
        try connection.execute(settings)
        defer { finish() }
        // A newline before the end keeps a trailing `--` comment from swallowing nothing of ours.
        _ = try connection.query("DECLARE nl2sqlgen_rows NO SCROLL CURSOR FOR \(body)\n")
        var result = PostgresResult(columns: [], rows: [], commandTag: "")
        var bytes = 0
        while true {
            let chunk = try connection.query("FETCH FORWARD \(ReadOnlySession.chunkRows) FROM nl2sqlgen_rows")
            if result.columns.isEmpty { result.columns = chunk.columns }
            for row in chunk.rows {
                bytes += row.reduce(0) { $0 + $1.description.utf8.count }
            }
            result.rows += chunk.rows
            if result.rows.count > limits.maxRows {
                throw PostgresError(kind: .limit, message: "the result has more than \(limits.maxRows) rows")
            }
            if bytes > limits.maxBytes {
                throw PostgresError(kind: .limit, message: "the result is larger than \(limits.maxBytes) bytes")
            }
            if chunk.rows.count < ReadOnlySession.chunkRows { break }
            let elapsed = (DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
            if elapsed > UInt64(limits.timeoutMilliseconds) {
                throw PostgresError(kind: .limit, sqlState: "57014",
                                    message: "reading the result took longer than \(limits.timeoutMilliseconds) ms")
            }
        }
        result.commandTag = "SELECT \(result.rows.count)"
        return result
    }

    private func finish() {
        do {
            try connection.execute("ROLLBACK")
            try connection.execute("SELECT pg_advisory_unlock_all()")
        } catch {
            // The next run reconnects when the connection was lost.
        }
    }

    private func reconnectIfLost() throws(PostgresError) {
        do throws(PostgresError) {
            try connection.execute("SELECT 1")
        } catch {
            guard error.kind == .connection else { throw error }
            connection = try PostgresConnection(url: url)
            _ = try ReadOnlySession.checkRole(connection, limits: limits, url: url)
        }
    }

    /// Refuses unsafe roles; returns whether the role may set `temp_file_limit` itself (otherwise
    /// its own setting must already be within the limit).
    private static func checkRole(_ connection: PostgresConnection, limits: ReadOnlyLimits, url: String) throws(PostgresError) -> Bool {
        let canSetParameter = (Int(connection.serverVersion.split(separator: ".").first ?? "") ?? 0) >= 15
            ? "has_parameter_privilege('temp_file_limit', 'SET')" : "false"
        let row = try connection.query("""
            SELECT r.rolsuper, pg_has_role(current_user, 'pg_read_server_files', 'MEMBER'),
                   pg_has_role(current_user, 'pg_write_server_files', 'MEMBER'),
                   pg_has_role(current_user, 'pg_execute_server_program', 'MEMBER'),
                   current_user::text, (SELECT setting::bigint FROM pg_settings WHERE name = 'temp_file_limit'),
                   \(canSetParameter)
            FROM pg_roles r WHERE r.rolname = current_user
            """).rows.first ?? []
        guard row.count == 7, case .text(let role) = row[4] else {
            throw PostgresError(kind: .unsafeConnection, message: "cannot read the role of the connection to \(PostgresURL.redacted(url))")
        }
        let unsafe = [(row[0], "a superuser"), (row[1], "a member of pg_read_server_files"),
                      (row[2], "a member of pg_write_server_files"), (row[3], "a member of pg_execute_server_program")]
            .filter { $0.0 == .boolean(true) }.map(\.1)
        if !unsafe.isEmpty {
            throw PostgresError(kind: .unsafeConnection,
                                message: "role \(role) is \(unsafe.joined(separator: ", ")): connect as a role with SELECT privileges only (docs/postgresql.md)")
        }
        if row[6] == .boolean(true) { return true }
        let current: Int64
        if case .integer(let value) = row[5] { current = value } else { current = -1 }
        if current < 0 || current > Int64(limits.tempFileKilobytes) {
            throw PostgresError(kind: .unsafeConnection,
                                message: "role \(role) has temp_file_limit \(current < 0 ? "unlimited" : "\(current)kB") and may not change it; as a superuser run ALTER ROLE \(PostgresConnection.quoteIdentifier(role)) SET temp_file_limit = '\(limits.tempFileKilobytes)kB' (or GRANT SET ON PARAMETER temp_file_limit TO \(PostgresConnection.quoteIdentifier(role))) (docs/postgresql.md)")
        }
        return false
    }
}
