import CSQLite

/// SQLite's own lexical helpers.
public enum SQLText {
    /// Whether `sql` ends with a complete statement (`sqlite3_complete`).
    public static func isComplete(_ sql: String) -> Bool {
        sqlite3_complete(sql) != 0
    }

    /// Every keyword of the linked SQLite library (`sqlite3_keyword_count`, `sqlite3_keyword_name`).
    public static var keywords: [String] {
        (0..<sqlite3_keyword_count()).compactMap { index in
            var name: UnsafePointer<CChar>?
            var length: Int32 = 0
            guard sqlite3_keyword_name(index, &name, &length) == SQLITE_OK, let name else { return nil }
            return name.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                String(decoding: UnsafeBufferPointer(start: $0, count: Int(length)), as: UTF8.self)
            }
        }
    }
}
