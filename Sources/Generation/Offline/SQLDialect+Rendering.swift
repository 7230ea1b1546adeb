import Model

/// The one place where the offline generator writes a construct whose SQL depends on the engine.
/// Recipes never write these constructs as literal text: they call the rendering point below.
///
/// Static members are written the same way for every dialect (the text SQLite, PostgreSQL and
/// DuckDB all run); instance members differ by dialect. SQLite's text is what the generator wrote
/// before dialects existed, so a SQLite run keeps its SQL. See docs/design.md, "SQL dialects".
extension SQLDialect {
    /// The year of a date as text, `'2001'`: the first four characters of the date written as
    /// `YYYY-MM-DD` (`strftime` is SQLite's own, `EXTRACT` is not SQLite's and returns a number).
    static func year(of date: String) -> String {
        "substr(CAST(\(date) AS TEXT), 1, 4)"
    }

    /// `numerator / denominator` as a floating-point quotient (never integer division): the
    /// numerator cast to SQLite's `REAL`, PostgreSQL's `DOUBLE PRECISION` (its `REAL` is a 4-byte
    /// float, which would round the result to 7 digits).
    func quotient(_ numerator: String, over denominator: String) -> String {
        switch self {
        case .sqlite: return "CAST(\(numerator) AS REAL) / \(denominator)"
        case .postgresql: return "CAST(\(numerator) AS DOUBLE PRECISION) / \(denominator)"
        }
    }

    /// `expression` rounded to `places` decimals. PostgreSQL has `round(numeric, int)` only, so
    /// the value is cast to `NUMERIC` first (a `double precision` argument is an error there).
    func rounded(_ expression: String, places: Int) -> String {
        switch self {
        case .sqlite: return "ROUND(\(expression), \(places))"
        case .postgresql: return "ROUND(CAST(\(expression) AS NUMERIC), \(places))"
        }
    }

    /// One ORDER BY item (of a query or a window) with its NULL order explicit: NULLs first when
    /// ascending, last when descending. That is SQLite's own order, which PostgreSQL and DuckDB
    /// reverse by default, so written out the rows come in the same order on every engine.
    /// A value that cannot be NULL (``canBeNull(_:)``) is written without it.
    static func orderItem(_ expression: String, descending: Bool = false) -> String {
        guard canBeNull(expression) else { return descending ? "\(expression) DESC" : expression }
        return descending ? "\(expression) DESC NULLS LAST" : "\(expression) NULLS FIRST"
    }

    /// Whether a value written as `expression` can be NULL, as far as its text shows: a count
    /// (`COUNT(...)`) and a rank (`RANK()`, `DENSE_RANK()`, `ROW_NUMBER()`) never are; anything
    /// else may be (a column, a sum over no rows, a quotient by `NULLIF(..., 0)`).
    static func canBeNull(_ expression: String) -> Bool {
        let upper = expression.uppercased()
        return !["COUNT(", "RANK()", "DENSE_RANK()", "ROW_NUMBER()"].contains { upper.hasPrefix($0) }
    }

    /// `LIMIT n`, which both engines accept (PostgreSQL also `FETCH FIRST n ROWS ONLY`).
    static func limit(_ count: Int) -> String {
        "LIMIT \(count)"
    }
}
