/// The one quoting rule for SQL identifiers: a name is written bare only when it is a plain
/// ASCII identifier (letter or `_`, then letters, digits, `_`) and not one of SQLite's keywords;
/// otherwise it is written in double quotes with inner quotes doubled.
public enum SQLIdentifier {
    /// Every keyword SQLite knows (`sqlite3_keyword_name`, all 147 of SQLite 3.40 onwards), lower-cased.
    public static let keywords: Set<String> = [
        "abort", "action", "add", "after", "all", "alter", "always", "analyze", "and", "as", "asc", "attach",
        "autoincrement", "before", "begin", "between", "by", "cascade", "case", "cast", "check", "collate",
        "column", "commit", "conflict", "constraint", "create", "cross", "current", "current_date",
        "current_time", "current_timestamp", "database", "default", "deferrable", "deferred", "delete",
        "desc", "detach", "distinct", "do", "drop", "each", "else", "end", "escape", "except", "exclude",
        "exclusive", "exists", "explain", "fail", "filter", "first", "following", "for", "foreign", "from",
        "full", "generated", "glob", "group", "groups", "having", "if", "ignore", "immediate", "in", "index",
        "indexed", "initially", "inner", "insert", "instead", "intersect", "into", "is", "isnull", "join",
        "key", "last", "left", "like", "limit", "match", "materialized", "natural", "no", "not", "nothing",
        "notnull", "null", "nulls", "of", "offset", "on", "or", "order", "others", "outer", "over",
        "partition", "plan", "pragma", "preceding", "primary", "query", "raise", "range", "recursive",
        "references", "regexp", "reindex", "release", "rename", "replace", "restrict", "returning", "right",
        "rollback", "row", "rows", "savepoint", "select", "set", "table", "temp", "temporary", "then", "ties",
        "to", "transaction", "trigger", "unbounded", "union", "unique", "update", "using", "vacuum", "values",
        "view", "virtual", "when", "where", "window", "with", "without"
    ]

    /// `name` as is when it is a plain identifier, otherwise in double quotes.
    public static func quoteIfNeeded(_ name: String) -> String {
        isPlain(name) ? name : quoted(name)
    }

    /// `name` in double quotes, inner quotes doubled.
    public static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether `name` can be written without quotes.
    public static func isPlain(_ name: String) -> Bool {
        // ASCII letters, digits and underscores, by byte (Unicode property look-ups showed up in profiles).
        func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F }
        guard let first = name.utf8.first, isLetter(first) else { return false }
        return name.utf8.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) }
            && !keywords.contains(name.lowercased())
    }
}
