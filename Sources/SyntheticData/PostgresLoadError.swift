/// A synthetic database that could not be loaded into PostgreSQL.
public struct PostgresLoadError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
