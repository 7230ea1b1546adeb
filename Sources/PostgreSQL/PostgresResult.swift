/// The rows of one statement, read completely out of libpq's result.
public struct PostgresResult: Sendable, Equatable {
    /// The result column names, in order.
    public var columns: [String]
    /// The rows, each with one value per column.
    public var rows: [[PostgresValue]]
    /// The command tag (e.g. `SELECT 3`, `INSERT 0 1`).
    public var commandTag: String

    public init(columns: [String], rows: [[PostgresValue]], commandTag: String) {
        self.columns = columns
        self.rows = rows
        self.commandTag = commandTag
    }

    /// The first column of every row as text (NULL rows left out).
    public var firstColumnTexts: [String] {
        rows.compactMap { row in
            guard let value = row.first, value != .null else { return nil }
            return value.description
        }
    }
}
