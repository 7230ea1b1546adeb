import Model
import SQLite

/// Creates the tables and inserts the generated rows in one transaction, with one prepared
/// `INSERT` per table. The statements run under an authorizer that allows only CREATE TABLE,
/// CREATE INDEX and INSERT in the main database (and the reads of main and schema-table update CREATE TABLE makes,
/// the transaction and the one pragma around them), so a hostile schema cannot attach, read or write anything else.
enum DatabaseWriter {
    static func write(schema: Schema, data: GeneratedData, order: [Int], into connection: Connection) throws(SyntheticDataError) {
        var denied: AuthorizerRequest?
        connection.setAuthorizer { request in
            if isAllowed(request) { return .allow }
            if denied == nil { denied = request }
            return .deny
        }
        defer { connection.setAuthorizer(nil) }
        func run(_ sql: String, _ context: @autoclosure () -> String) throws(SyntheticDataError) {
            do { try connection.execute(sql) } catch {
                throw .sqlite(context: context() + (denied.map { " (\($0.actionName) \($0.argument1 ?? "") is not allowed while building the database)" } ?? ""), error: error)
            }
        }
        try run("BEGIN", "starting the transaction")
        do {
            try run("PRAGMA defer_foreign_keys = ON", "deferring foreign-key checks")
            for (table, statement) in zip(schema.tables, schema.createTableStatements()) {
                try run(statement, "creating table \(table.name)")
            }
            for position in order {
                let table = schema.tables[position]
                guard let generated = data.table(table.name) else { continue }
                try insert(generated, into: connection)
            }
            try run("COMMIT", "committing the transaction")
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
    }

    private static func insert(_ generated: GeneratedTable, into connection: Connection) throws(SyntheticDataError) {
        let table = generated.table
        guard !generated.rows.isEmpty, !table.columns.isEmpty else { return }
        let placeholders = SQL(rendered: Array(repeating: "?", count: table.columns.count).joined(separator: ", "))
        let sql: SQL = "INSERT INTO \(identifier: table.name) (\(identifiers: table.columns.map(\.name))) VALUES (\(placeholders))"
        var rowNumber = 0
        do {
            let statement = try connection.prepare(sql.text)
            for row in generated.rows {
                rowNumber += 1
                try statement.run(row)
            }
        } catch {
            throw .sqlite(context: "inserting row \(rowNumber) of table \(table.name)", error: error)
        }
    }

    /// Whether the builder's authorizer lets `request` through.
    static func isAllowed(_ request: AuthorizerRequest) -> Bool {
        switch request.action {
        case AuthorizerActionCode.createTable, AuthorizerActionCode.createIndex, AuthorizerActionCode.insert:
            return request.database == "main"
        case AuthorizerActionCode.read:
            // CREATE TABLE reads the schema table and the tables its keys name.
            return request.database == "main"
        case AuthorizerActionCode.update:
            // CREATE TABLE records the new table's root page in the schema table.
            return request.database == "main" && ["sqlite_master", "sqlite_schema"].contains(request.argument1?.lowercased() ?? "")
        case AuthorizerActionCode.transaction:
            return true
        case AuthorizerActionCode.pragma:
            return request.argument1?.lowercased() == "defer_foreign_keys"
        default:
            return false
        }
    }
}
