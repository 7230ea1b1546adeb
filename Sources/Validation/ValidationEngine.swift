import PostgreSQL

/// Where a ``Validator`` runs statements: in its sandboxed SQLite database, or on a PostgreSQL
/// database through a ``ReadOnlySession`` (the sandbox then only compiles, against the schema).
enum ValidationEngine {
    case sqlite
    case postgresql(ReadOnlySession)
}
