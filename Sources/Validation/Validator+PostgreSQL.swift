import Foundation
import Model
import PostgreSQL
import SQLite

extension Validator {
    /// Validates on the PostgreSQL database at `url` (a role with SELECT only, docs/postgresql.md).
    /// Each statement is compiled first in the sandbox, against the schema's tables without rows
    /// (verdict, tables and columns read, exactly as on SQLite), then run on PostgreSQL through a
    /// ``ReadOnlySession`` with `statement_timeout` = `validation.max_query_cpu_seconds`, at most
    /// `validation.max_result_rows` rows and `validation.max_result_bytes` bytes. SQL the sandbox
    /// accepts and PostgreSQL refuses gets the verdict `engine_error` with PostgreSQL's message.
    public convenience init(postgresURL url: String, schema: Schema,
                            settings: ValidationSettings = ValidationSettings()) throws(ValidatorError) {
        let limits = ReadOnlyLimits(timeoutMilliseconds: max(1, Int(settings.maxQueryCPUSeconds * 1_000)),
                                    maxRows: settings.maxResultRows, maxBytes: settings.maxResultBytes)
        let session: ReadOnlySession
        do {
            session = try ReadOnlySession(url: url, limits: limits)
        } catch {
            throw ValidatorError(message: "cannot use the PostgreSQL database \(PostgresURL.redacted(url)): \(error.message)")
        }
        let connection: Connection
        do {
            connection = try Connection(path: ":memory:")
            for statement in schema.createTableStatements() { try connection.execute(statement) }
        } catch {
            throw ValidatorError(message: "cannot set up the sandbox's copy of the schema: \(error.message)")
        }
        try self.init(sandboxing: connection, schema: schema, settings: settings, engine: .postgresql(session))
    }

    /// The engine statements run on: `sqlite` or `postgresql`.
    public var engineName: String {
        if case .postgresql = engine { return "postgresql" }
        return "sqlite"
    }

    /// ``validate(_:minRows:)`` on PostgreSQL.
    func validate(_ sql: String, minRows: Int, on session: ReadOnlySession) -> ValidationResult {
        let compiled = compile(sql)
        guard compiled.statement != nil else { return compiled.result }
        var result = compiled.result
        let output: PostgresResult
        do {
            output = try timed { () throws(PostgresError) in try session.run(sql) }
        } catch {
            (result.verdict, result.message) = Validator.verdict(of: error, limits: session.limits)
            return result
        }
        let rendered = output.rows.map { ResultFingerprint.render($0.map(SQLValue.init(postgres:))) }
        let columnCount = output.columns.count
        result.columnCount = columnCount
        result.columnNames = output.columns
        Validator.record(rendered, columnCount: columnCount, minRows: minRows, in: &result)
        return result
    }

    /// ``rows(of:limit:)`` on PostgreSQL.
    func rows(of sql: String, limit: Int, on session: ReadOnlySession) -> [[SQLValue]]? {
        guard compile(sql).statement != nil,
              let output = try? timed({ () throws(PostgresError) in try session.run(sql) }) else { return nil }
        return output.rows.prefix(limit).map { $0.map(SQLValue.init(postgres:)) }
    }

    private func timed(_ body: () throws(PostgresError) -> PostgresResult) throws(PostgresError) -> PostgresResult {
        let started = DispatchTime.now().uptimeNanoseconds
        defer { execution.record(seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9) }
        return try body()
    }

    /// The verdict and message of a statement PostgreSQL refused or stopped.
    static func verdict(of error: PostgresError, limits: ReadOnlyLimits) -> (SQLVerdict, String) {
        if error.isTimeout {
            return (.timeout, "stopped after \(limits.timeoutMilliseconds) ms on PostgreSQL (statement_timeout, from validation.max_query_cpu_seconds)")
        }
        if error.kind == .limit, error.message.contains(" rows") {
            // As on SQLite: too many rows is a runtime error, too many bytes a resource limit.
            return (.runtimeError, "\(error.message) on PostgreSQL (validation.max_result_rows)")
        }
        if error.kind == .limit {
            return (.resourceLimit, "\(error.message) on PostgreSQL (validation.max_result_bytes)")
        }
        if error.sqlState?.hasPrefix("53") == true {
            return (.resourceLimit, error.description)
        }
        return (.engineError, error.description)
    }
}
