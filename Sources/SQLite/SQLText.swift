import CSQLite

/// SQLite's own lexical helpers.
public enum SQLText {
    /// Whether `sql` ends with a complete statement (`sqlite3_complete`).
    public static func isComplete(_ sql: String) -> Bool {
        sqlite3_complete(sql) != 0
    }
}
