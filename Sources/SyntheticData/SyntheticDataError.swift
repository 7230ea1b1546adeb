import SQLite

/// Why a synthetic database could not be built. Each message names the table or column at fault
/// and what to change.
public enum SyntheticDataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The scale is not a positive finite number.
    case invalidScale(Double)
    /// A foreign key names a table or column the schema does not have.
    case unknownReference(foreignKey: String, missing: String)
    /// A primary-key column cannot hold as many distinct values as the table needs.
    case primaryKeyTooNarrow(table: String, column: String, type: String, needed: Int, capacity: Int)
    /// Random draws kept repeating primary-key values.
    case primaryKeyExhausted(table: String, columns: [String], produced: Int, wanted: Int)
    /// A non-null foreign key has no parent row to point at.
    case emptyParent(table: String, foreignKey: String, parent: String)
    /// Overlapping foreign keys of one table ask for values no parent row has.
    case unsatisfiableForeignKey(table: String, foreignKey: String)
    /// A foreign-key cycle runs through primary-key columns, so no table can be filled first.
    case primaryKeyCycle(tables: [String])
    /// The database file could not be written or moved into place.
    case fileSystem(path: String, message: String)
    /// SQLite refused a statement while the database was created or filled.
    case sqlite(context: String, error: SQLiteError)

    public var description: String {
        switch self {
        case .invalidScale(let scale):
            return "scale \(scale) is not a positive number; use a value such as 0.1, 1 or 10"
        case .unknownReference(let key, let missing):
            return "foreign key \(key) refers to \(missing), which the schema does not define; fix the schema file"
        case .primaryKeyTooNarrow(let table, let column, let type, let needed, let capacity):
            return "table \(table) needs \(needed) rows but its primary-key column \(column) (\(type)) can hold only "
                + "\(capacity) distinct values; widen the column type or lower the scale"
        case .primaryKeyExhausted(let table, let columns, let produced, let wanted):
            return "table \(table) got only \(produced) of \(wanted) rows with distinct primary keys "
                + "(\(columns.joined(separator: ", "))); its parents have too few rows for that many combinations: "
                + "lower the scale or add a key column"
        case .emptyParent(let table, let key, let parent):
            return "table \(table) needs a value for the non-null foreign key \(key) but \(parent) has no rows "
                + "with that key; make the column nullable or check the key columns of \(parent)"
        case .unsatisfiableForeignKey(let table, let key):
            return "table \(table): no parent row matches foreign key \(key) together with the table's other "
                + "foreign keys on the same columns; check that the overlapping foreign keys agree"
        case .primaryKeyCycle(let tables):
            return "foreign keys form a cycle through primary-key columns (\(tables.joined(separator: ", "))); "
                + "no table can be filled first: make one of those foreign keys point outside the primary key"
        case .fileSystem(let path, let message):
            return "cannot write \(path): \(message)"
        case .sqlite(let context, let error):
            return "\(context): \(error.message)"
        }
    }
}
