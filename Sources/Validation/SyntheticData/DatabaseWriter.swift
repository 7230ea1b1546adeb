import Model
import SQLite

/// Creates the tables and inserts the generated rows in one transaction, with one prepared
/// `INSERT` per table.
enum DatabaseWriter {
    static func write(schema: Schema, data: GeneratedData, order: [Int], into connection: Connection) throws(SyntheticDataError) {
        func run(_ sql: String, _ context: @autoclosure () -> String) throws(SyntheticDataError) {
            do { try connection.execute(sql) } catch { throw .sqlite(context: context(), error: error) }
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
        let columns = table.columns.map { SQLIdentifier.quoteIfNeeded($0.name) }.joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        let sql = "INSERT INTO \(SQLIdentifier.quoteIfNeeded(table.name)) (\(columns)) VALUES (\(placeholders))"
        var rowNumber = 0
        do {
            let statement = try connection.prepare(sql)
            for row in generated.rows {
                rowNumber += 1
                try statement.run(row)
            }
        } catch {
            throw .sqlite(context: "inserting row \(rowNumber) of table \(table.name)", error: error)
        }
    }
}
