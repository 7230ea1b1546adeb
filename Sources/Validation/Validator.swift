import Foundation
import Model
import PostgreSQL
import SQLite

/// Validates SQL in a sandboxed, read-only SQLite database: a verdict, the exact tables and
/// columns read (from SQLite's authorizer), the result shape and a result fingerprint. On the
/// PostgreSQL engine (``init(postgresURL:schema:settings:)``) the sandbox compiles against the
/// schema without rows and every execution runs on PostgreSQL instead.
///
/// One validator owns one connection; use it from one task at a time.
public final class Validator {
    private let connection: Connection
    /// Where statements run.
    let engine: ValidationEngine
    private let sandbox: Sandbox
    private let settings: ValidationSettings
    /// Schema table names by lower-cased name.
    private let tableNames: [String: String]
    /// Schema column names by lower-cased table and column name.
    private let columnNames: [String: [String: String]]
    /// Statements this validator executed and the time they took in SQLite (compile and steps;
    /// on PostgreSQL the wall time waited for the server).
    public internal(set) var execution = ExecutionStatistics()

    /// Opens the database file at `path` read-only and sandboxes it.
    public convenience init(databasePath path: String, schema: Schema,
                            settings: ValidationSettings = ValidationSettings()) throws(ValidatorError) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidatorError(message: "database \(path) does not exist (build one with `nl2sqlgen db build`)")
        }
        let connection: Connection
        do {
            connection = try Connection(path: path, mode: .readOnly)
        } catch {
            throw ValidatorError(message: "cannot open database \(path): \(error.message)")
        }
        try self.init(sandboxing: connection, schema: schema, settings: settings)
    }

    /// Sandboxes an open connection (e.g. an in-memory database just built). After this call the
    /// connection can no longer change its database.
    public convenience init(sandboxing connection: Connection, schema: Schema,
                            settings: ValidationSettings = ValidationSettings()) throws(ValidatorError) {
        try self.init(sandboxing: connection, schema: schema, settings: settings, engine: .sqlite)
    }

    /// Sandboxes `connection` for compiling; statements run on `engine`.
    init(sandboxing connection: Connection, schema: Schema, settings: ValidationSettings,
         engine: ValidationEngine) throws(ValidatorError) {
        self.engine = engine
        do {
            sandbox = try Sandbox(connection: connection, settings: settings)
        } catch {
            throw ValidatorError(message: "cannot sandbox the database: \(error.message)")
        }
        self.connection = connection
        self.settings = settings
        var tables: [String: String] = [:]
        var columns: [String: [String: String]] = [:]
        for table in schema.tables {
            tables[table.name.lowercased()] = table.name
            columns[table.name.lowercased()] = Dictionary(table.columns.map { ($0.name.lowercased(), $0.name) },
                                                          uniquingKeysWith: { first, _ in first })
        }
        tableNames = tables
        columnNames = columns
    }

    /// Compiles `sql` without running it: verdict, tables and columns read.
    public func analyze(_ sql: String) -> ValidationResult {
        compile(sql).result
    }

    /// Compiles and runs `sql`: verdict, tables and columns read, result shape and fingerprints.
    /// A result with fewer than `minRows` rows gets the verdict `empty_result`.
    public func validate(_ sql: String, minRows: Int = 1) -> ValidationResult {
        if case .postgresql(let session) = engine { return validate(sql, minRows: minRows, on: session) }
        let start = ThreadCPUTime.now()
        defer { execution.record(since: start) }
        let compiled = compile(sql)
        guard let statement = compiled.statement else { return compiled.result }
        var result = compiled.result
        let columnCount = statement.columnCount
        result.columnCount = columnCount
        result.columnNames = (0..<columnCount).map(statement.columnName)
        var rendered: [String] = []
        var resultBytes = 0
        sandbox.beginExecution()
        do {
            while try statement.step() {
                if rendered.count >= settings.maxResultRows {
                    result.verdict = .runtimeError
                    result.message = "the result has more than \(settings.maxResultRows) rows (validation.max_result_rows)"
                    return result
                }
                resultBytes += statement.rowByteCount
                if resultBytes > settings.maxResultBytes {
                    result.verdict = .resourceLimit
                    result.message = "the result holds more than \(settings.maxResultBytes) bytes by row \(rendered.count + 1) (validation.max_result_bytes)"
                    return result
                }
                rendered.append(ResultFingerprint.render(statement.row()))
            }
        } catch {
            if sandbox.cpuExceeded {
                result.verdict = .resourceLimit
                result.message = "stopped after \(settings.maxQueryCPUSeconds) s of processor time (validation.max_query_cpu_seconds)"
            } else if sandbox.budgetExceeded || error.isInterrupt {
                result.verdict = .timeout
                result.message = "stopped after \(settings.queryBudget) virtual-machine steps (validation.query_budget)"
            } else if let limit = resourceLimitMessage(error) {
                result.verdict = .resourceLimit
                result.message = limit
            } else {
                result.verdict = .runtimeError
                result.message = error.message
            }
            return result
        }
        Validator.record(rendered, columnCount: columnCount, minRows: minRows, in: &result)
        return result
    }

    /// Puts the row count and fingerprints of a result's `rendered` rows into `result`; the
    /// verdict `empty_result` when it has fewer than `minRows` rows.
    static func record(_ rendered: [String], columnCount: Int, minRows: Int, in result: inout ValidationResult) {
        result.rowCount = rendered.count
        result.fingerprint = ResultFingerprint.hash(rows: rendered, columnCount: columnCount, sorted: true)
        result.orderedFingerprint = ResultFingerprint.hash(rows: rendered, columnCount: columnCount, sorted: false)
        if rendered.count < minRows {
            result.verdict = .emptyResult
            result.message = "the query returned \(rendered.count) row(s), fewer than \(minRows)"
        }
    }

    /// The first `limit` rows of a valid read-only query (for previews); nil when it is not valid.
    public func rows(of sql: String, limit: Int) -> [[SQLValue]]? {
        if case .postgresql(let session) = engine { return rows(of: sql, limit: limit, on: session) }
        let start = ThreadCPUTime.now()
        defer { execution.record(since: start) }
        let compiled = compile(sql)
        guard let statement = compiled.statement else { return nil }
        var rows: [[SQLValue]] = []
        sandbox.beginExecution()
        do {
            while rows.count < limit, try statement.step() { rows.append(statement.row()) }
        } catch {
            return nil
        }
        return rows
    }

    func compile(_ sql: String) -> (result: ValidationResult, statement: Statement?) {
        if sql.utf8.count > settings.maxSQLLength {
            return (ValidationResult(verdict: .syntaxError, message: "the SQL is \(sql.utf8.count) bytes, longer than validation.max_sql_length (\(settings.maxSQLLength))"), nil)
        }
        if let problem = SQLTextCheck.controlCharacterProblem(in: sql) {
            return (ValidationResult(verdict: .syntaxError, message: problem), nil)
        }
        sandbox.beginStatement()
        let prepared: (statement: Statement?, tail: String)
        do {
            prepared = try connection.prepareFirst(sql)
        } catch {
            return (failure(error, hint: DialectHint.hint(for: sql)), nil)
        }
        let observation = sandbox.observation
        guard let statement = prepared.statement else {
            return (ValidationResult(verdict: .syntaxError, message: "no SQL statement in the input"), nil)
        }
        if hasAnotherStatement(prepared.tail) {
            return (ValidationResult(verdict: .multipleStatements,
                                     message: "the input holds more than one statement; only one read-only query is allowed"), nil)
        }
        if !statement.isReadOnly {
            return (ValidationResult(verdict: .notReadOnly, message: "the statement would change the database; only reading is allowed"), nil)
        }
        let reads = classify(observation.reads, sql: sql)
        let result = ValidationResult(verdict: .ok, tables: reads.tables, columns: reads.named,
                                      starOnlyColumns: reads.starOnly)
        return (result, statement)
    }

    /// Whether the text after the first statement holds anything but white space, comments and `;`.
    private func hasAnotherStatement(_ tail: String) -> Bool {
        sandbox.recording = false
        defer { sandbox.recording = true }
        var rest = tail
        while rest.contains(where: { !$0.isWhitespace && $0 != ";" }) {
            do {
                let next = try connection.prepareFirst(rest)
                if next.statement != nil { return true }
                if next.tail.utf8.count >= rest.utf8.count { return true }
                rest = next.tail
            } catch {
                return true
            }
        }
        return false
    }

    /// The message for a query stopped by the value-length or heap limit, else nil.
    private func resourceLimitMessage(_ error: SQLiteError) -> String? {
        if error.isTooBig {
            return "a value grew past \(max(settings.maxValueBytes, settings.maxSQLLength)) bytes (validation.max_value_bytes): \(error.message)"
        }
        if error.isOutOfMemory {
            return "the query needed more memory than validation.max_query_memory (\(settings.maxQueryMemory) bytes) allows: \(error.message)"
        }
        return nil
    }

    private func failure(_ error: SQLiteError, hint: String?) -> ValidationResult {
        if error.isAuthorization || error.message.hasPrefix("not authorized") {
            var what = "this statement"
            if let denied = sandbox.observation.denied {
                let target = denied.action == AuthorizerActionCode.function ? (denied.argument2 ?? "") : (denied.argument1 ?? "")
                what = target.isEmpty ? denied.actionName : "\(denied.actionName) \(target)"
            }
            return ValidationResult(verdict: .notReadOnly, message: "\(what) is not allowed: the sandbox only reads (\(error.message))")
        }
        let message = error.message
        let verdict: SQLVerdict
        if message.hasPrefix("no such table") {
            verdict = .unknownTable
        } else if message.hasPrefix("no such column") {
            verdict = .unknownColumn
        } else if message.hasPrefix("ambiguous column name") {
            verdict = .ambiguousColumn
        } else if message.hasPrefix("no such function") || message.hasPrefix("wrong number of arguments to function")
                    || message.hasPrefix("unknown function") {
            verdict = .unknownFunction
        } else if message.contains("syntax error") || message.hasPrefix("unrecognized token")
                    || message.hasPrefix("incomplete input") || message.contains("too many terms")
                    || message.contains("Expression tree is too large") || message.contains("string or blob too big")
                    || message.contains("statement too long") {
            verdict = .syntaxError
        } else if error.isInterrupt {
            verdict = .timeout
        } else {
            verdict = .syntaxError
        }
        return ValidationResult(verdict: verdict, message: hint.map { "\(message) (\($0))" } ?? message, hint: hint)
    }

    private func classify(_ reads: [(table: String, column: String)], sql: String)
        -> (tables: [String], named: [ColumnRef], starOnly: [ColumnRef]) {
        let named = IdentifierScanner.identifiers(in: sql)
        var tables: Set<String> = []
        var namedColumns: Set<ColumnRef> = []
        var starColumns: Set<ColumnRef> = []
        for read in reads {
            let tableKey = read.table.lowercased()
            guard let table = tableNames[tableKey] else { continue }
            tables.insert(table)
            if read.column.isEmpty { continue }
            let columnKey = read.column.lowercased()
            guard let column = columnNames[tableKey]?[columnKey] else { continue }
            let ref = ColumnRef(table: table, column: column)
            if named.contains(columnKey) { namedColumns.insert(ref) } else { starColumns.insert(ref) }
        }
        return (tables.sorted(), namedColumns.sorted(), starColumns.subtracting(namedColumns).sorted())
    }
}

/// A validator that could not be set up (missing database, sandbox failure).
public struct ValidatorError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
