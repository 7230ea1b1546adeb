import Foundation
import CPostgres

/// One libpq connection to a PostgreSQL server. Not thread-safe: use it from one task or thread at a
/// time. Closed when released.
public final class PostgresConnection {
    private let handle: OpaquePointer

    /// Connects with a libpq connection string: a URL (`postgresql://user@host:port/db`,
    /// `postgresql:///db?host=/socket/dir`) or `key=value` pairs. The connection's messages
    /// (notices, warnings) are dropped rather than printed.
    public init(url: String) throws(PostgresError) {
        guard let connection = PQconnectdb(url) else {
            throw PostgresError(kind: .connection, message: "cannot connect to \(PostgresURL.redacted(url)): out of memory")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = PostgresConnection.trimmed(PQerrorMessage(connection))
            PQfinish(connection)
            throw PostgresError(kind: .connection, message: "cannot connect to \(PostgresURL.redacted(url)): \(message)")
        }
        handle = connection
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
    }

    deinit {
        PQfinish(handle)
    }

    /// The libpq version this program runs with, e.g. `15.18`.
    public static var libraryVersion: String { PostgresConnection.versionText(Int(PQlibVersion())) }

    /// The server's version, e.g. `15.18`.
    public var serverVersion: String { PostgresConnection.versionText(Int(PQserverVersion(handle))) }

    /// Runs one statement (the extended protocol: a second statement in `sql` is an error) with
    /// `parameters` bound to `$1`, `$2`, ... in text form (nil is NULL), and reads all its rows.
    @discardableResult
    public func query(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> PostgresResult {
        let result = PostgresConnection.withCStrings(parameters) { pointers in
            PQexecParams(handle, sql, Int32(parameters.count), nil, pointers, nil, nil, 0)
        }
        return try read(result)
    }

    /// Runs a script of one or more statements (the simple protocol) and returns the last result.
    /// For the program's own SQL only: never for SQL from a user or a model.
    @discardableResult
    public func execute(_ script: String) throws(PostgresError) -> PostgresResult {
        try read(PQexec(handle, script))
    }

    /// Copies `lines` (already in `COPY ... FROM STDIN` text format, each ending in a newline) into
    /// the table named by `copyStatement` (e.g. `COPY "t" ("a", "b") FROM STDIN`).
    public func copyIn(_ copyStatement: String, lines: some Sequence<String>) throws(PostgresError) {
        let start = PQexec(handle, copyStatement)
        let status = PQresultStatus(start)
        if status != PGRES_COPY_IN {
            _ = try read(start)
            throw PostgresError(kind: .statement, message: "\(copyStatement) did not start a copy")
        }
        PQclear(start)
        var buffer = ""
        func flush() -> Bool {
            defer { buffer.removeAll(keepingCapacity: true) }
            var bytes = Array(buffer.utf8)
            return bytes.withUnsafeMutableBufferPointer { raw in
                raw.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) == 1 }
            }
        }
        for line in lines {
            buffer += line
            if buffer.utf8.count >= 1 << 16, !flush() { break }
        }
        if !buffer.isEmpty { _ = flush() }
        if PQputCopyEnd(handle, nil) != 1 {
            throw PostgresError(kind: .connection, message: PostgresConnection.trimmed(PQerrorMessage(handle)))
        }
        var failure: PostgresError?
        while let result = PQgetResult(handle) {
            do { _ = try read(result) } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
    }

    /// Quotes `name` as an identifier (`"name"`, inner quotes doubled).
    public static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Quotes `text` as a string literal (`'text'`, inner quotes doubled; standard strings).
    public static func quoteLiteral(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    private func read(_ result: OpaquePointer?) throws(PostgresError) -> PostgresResult {
        guard let result else {
            throw PostgresError(kind: .connection, message: PostgresConnection.trimmed(PQerrorMessage(handle)))
        }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_TUPLES_OK, PGRES_COMMAND_OK, PGRES_SINGLE_TUPLE, PGRES_EMPTY_QUERY:
            break
        default:
            let sqlState = nl2sqlgen_pq_sqlstate(result).map { String(cString: $0) }
            let primary = nl2sqlgen_pq_primary_message(result).map { String(cString: $0) }
                ?? PostgresConnection.trimmed(PQresultErrorMessage(result))
            let detail = [nl2sqlgen_pq_detail(result), nl2sqlgen_pq_hint(result)].compactMap { $0.map { String(cString: $0) } }
            let lost = PQstatus(handle) != CONNECTION_OK
            throw PostgresError(kind: lost ? .connection : .statement, sqlState: sqlState, message: primary,
                                detail: detail.isEmpty ? nil : detail.joined(separator: "; "))
        }
        let columnCount = Int(PQnfields(result))
        let rowCount = Int(PQntuples(result))
        let columns = (0..<columnCount).map { String(cString: PQfname(result, Int32($0))) }
        let types = (0..<columnCount).map { UInt32(PQftype(result, Int32($0))) }
        var rows: [[PostgresValue]] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            var values: [PostgresValue] = []
            values.reserveCapacity(columnCount)
            for column in 0..<columnCount {
                if PQgetisnull(result, Int32(row), Int32(column)) == 1 {
                    values.append(.null)
                } else {
                    let length = Int(PQgetlength(result, Int32(row), Int32(column)))
                    let text = PQgetvalue(result, Int32(row), Int32(column)).map { pointer in
                        pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
                            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
                        }
                    } ?? ""
                    values.append(PostgresValue(text: text, typeOID: types[column]))
                }
            }
            rows.append(values)
        }
        let tag = PQcmdStatus(result).map { String(cString: $0) } ?? ""
        return PostgresResult(columns: columns, rows: rows, commandTag: tag)
    }

    private static func trimmed(_ message: UnsafePointer<CChar>?) -> String {
        guard let message else { return "unknown error" }
        var text = String(cString: message)
        while text.last?.isWhitespace == true { text.removeLast() }
        if text.hasPrefix("ERROR:  ") { text.removeFirst(8) }
        return text
    }

    private static func versionText(_ number: Int) -> String {
        number >= 100_000 ? "\(number / 10_000).\(number % 10_000)" : "\(number / 10_000).\(number / 100 % 100).\(number % 100)"
    }

    private static func withCStrings<R>(_ values: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
        var storage: [UnsafeMutablePointer<CChar>?] = values.map { $0.map { strdup($0) } ?? nil }
        defer { storage.forEach { free($0) } }
        return storage.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: max(buffer.count, 1)) { body(values.isEmpty ? nil : $0) }
        }
    }
}
