import CSQLite

extension Connection {
    /// Replaces SQLite's `printf` and `format` on this connection by a guarded copy: a width or
    /// precision (written in the format or passed for a `*`) larger than `maxBytes` fails the call
    /// with `SQLITE_TOOBIG` at once. SQLite builds `%.*c` one character at a time and keeps looping
    /// after its length limit cuts the text, so `printf('%.*c', 999999999, 'x')` would otherwise
    /// take seconds of CPU per call (and then return NULL). Calls within the limit are answered by
    /// SQLite's own function, evaluated on a private in-memory connection.
    public func limitPrintfPadding(to maxBytes: Int) throws(SQLiteError) {
        for name in ["printf", "format"] {
            let box = try PrintfGuard(function: name, maxBytes: maxBytes)
            let context = Unmanaged.passRetained(box).toOpaque()
            let code = sqlite3_create_function_v2(
                handle, name, -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, context,
                { call, count, arguments in
                    guard let call, let data = sqlite3_user_data(call) else { return }
                    Unmanaged<PrintfGuard>.fromOpaque(data).takeUnretainedValue().evaluate(call, count: count, arguments: arguments)
                }, nil, nil,
                { data in
                    if let data { Unmanaged<PrintfGuard>.fromOpaque(data).release() }
                })
            // On failure SQLite has already called the destructor, which released the box.
            if code != SQLITE_OK { throw error(code: code) }
        }
    }
}

/// The guard behind ``Connection/limitPrintfPadding(to:)`` for one function name.
private final class PrintfGuard {
    private let function: String
    private let maxBytes: Int
    /// A private in-memory connection where SQLite's own function runs.
    private let helper: OpaquePointer
    /// `SELECT printf(?1, ..., ?n)` by argument count.
    private var statements: [Int32: OpaquePointer] = [:]

    init(function: String, maxBytes: Int) throws(SQLiteError) {
        self.function = function
        self.maxBytes = maxBytes
        var db: OpaquePointer?
        let code = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK, let db else {
            sqlite3_close_v2(db)
            throw SQLiteError(code: code, message: "cannot open the in-memory database of \(function)()")
        }
        sqlite3_limit(db, SQLITE_LIMIT_LENGTH, Int32(clamping: maxBytes))
        helper = db
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(helper)
    }

    func evaluate(_ call: OpaquePointer, count: Int32, arguments: UnsafeMutablePointer<OpaquePointer?>?) {
        let values = (0..<Int(count)).map { arguments?[$0] }
        if let format = values.first.flatMap({ $0 }), sqlite3_value_type(format) != SQLITE_NULL,
           let text = sqlite3_value_text(format) {
            let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_value_bytes(format)))
            let widest = PrintfFormat.widestPadding(in: bytes) { index in
                index < values.count ? values[index].map { sqlite3_value_int64($0) } ?? 0 : 0
            }
            if widest > maxBytes {
                sqlite3_result_error_toobig(call)
                return
            }
        }
        guard let statement = statement(arguments: count) else {
            sqlite3_result_error(call, "cannot evaluate \(function)()", -1)
            return
        }
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        for (offset, value) in values.enumerated() { sqlite3_bind_value(statement, Int32(offset + 1), value) }
        switch sqlite3_step(statement) {
        case SQLITE_ROW: sqlite3_result_value(call, sqlite3_column_value(statement, 0))
        case let code:
            if code == SQLITE_TOOBIG { sqlite3_result_error_toobig(call); return }
            if code == SQLITE_NOMEM { sqlite3_result_error_nomem(call); return }
            sqlite3_result_error(call, sqlite3_errmsg(helper), -1)
        }
    }

    private func statement(arguments count: Int32) -> OpaquePointer? {
        if let statement = statements[count] { return statement }
        let parameters = (0..<Int(max(count, 0))).map { "?\($0 + 1)" }.joined(separator: ", ")
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(helper, "SELECT \(function)(\(parameters))", -1, &statement, nil) == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            return nil
        }
        statements[count] = statement
        return statement
    }
}

/// Reads a `printf` format the way SQLite does, only far enough to find its widths and precisions.
enum PrintfFormat {
    private static let flags: Set<UInt8> = Set("-+ #!0,".utf8)

    /// The largest width or precision of `format` (absolute value); `argument(i)` is the integer
    /// value of SQL argument `i` (1-based after the format), read for each `*`.
    static func widestPadding(in format: UnsafeBufferPointer<UInt8>, argument: (Int) -> Int64) -> Int {
        var widest: Int64 = 0
        var next = 1
        var index = 0
        func number() -> Int64 {
            var value: Int64 = 0
            while index < format.count, (48...57).contains(format[index]) {
                value = min(value * 10 + Int64(format[index] - 48), Int64(Int32.max))
                index += 1
            }
            return value
        }
        func starOrNumber() -> Int64 {
            guard index < format.count, format[index] == UInt8(ascii: "*") else { return number() }
            index += 1
            defer { next += 1 }
            let value = argument(next)
            return value == Int64.min ? Int64.max : abs(value)
        }
        while index < format.count {
            guard format[index] == UInt8(ascii: "%") else { index += 1; continue }
            index += 1
            guard index < format.count else { break }
            if format[index] == UInt8(ascii: "%") { index += 1; continue }
            while index < format.count, flags.contains(format[index]) { index += 1 }
            widest = max(widest, starOrNumber())
            if index < format.count, format[index] == UInt8(ascii: ".") {
                index += 1
                widest = max(widest, starOrNumber())
            }
            while index < format.count, format[index] == UInt8(ascii: "l") { index += 1 }
            guard index < format.count else { break }
            // Every conversion but %n (ignored in SQL) takes an argument.
            if format[index] != UInt8(ascii: "n") { next += 1 }
            index += 1
        }
        return Int(clamping: widest)
    }
}
