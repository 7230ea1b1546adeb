import Model

/// What the statements of a DDL script declare, before the names are resolved: tables with their
/// columns and keys, foreign keys, comments, enum types, and warnings about what was not read.
struct DDLCatalog {
    struct TableEntry {
        var table: Table
        /// The schema qualifier as written (`public` of `public.orders`), if any.
        var schemaName: String?
        var line: Int
    }

    struct KeyEntry {
        var key: ForeignKey
        var line: Int
    }

    struct CommentEntry {
        var table: String
        var column: String?
        var text: String
        var line: Int
    }

    struct PrimaryKeyEntry {
        var table: String
        var columns: [String]
        var line: Int
    }

    var tables: [TableEntry] = []
    var foreignKeys: [KeyEntry] = []
    var primaryKeys: [PrimaryKeyEntry] = []
    var comments: [CommentEntry] = []
    /// `CREATE TYPE name AS ENUM (...)`: the allowed values by lower-cased type name.
    var enumTypes: [String: [String]] = [:]
    var warnings: [SchemaImportWarning] = []

    mutating func warn(_ line: Int, _ message: String) {
        warnings.append(SchemaImportWarning(line: line, message: message))
    }
}

/// Something in the input the importer did not read; the schema file it wrote may need an edit.
public struct SchemaImportWarning: Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line of the statement (0 when the warning is not about one statement).
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}
