/// The SQL dialect a dataset's SQL is written in: the engine of the run (the synthetic or a
/// user's SQLite database, or a PostgreSQL database given with `database.url`). The offline
/// generator and the negatives render every engine-sensitive construct through it (see
/// `SQLDialect+Rendering` in Generation and docs/design.md, "SQL dialects").
public enum SQLDialect: String, Sendable, Equatable, Codable, CaseIterable {
    case sqlite
    case postgresql

    /// The dialect of a run on `database`: PostgreSQL when it names a database URL, else SQLite.
    public init(database: DatabaseSettings) {
        self = database.userURL == nil ? .sqlite : .postgresql
    }

    /// The engine's name as prompts and documents write it: "SQLite", "PostgreSQL".
    public var displayName: String {
        switch self {
        case .sqlite: return "SQLite"
        case .postgresql: return "PostgreSQL"
        }
    }
}
