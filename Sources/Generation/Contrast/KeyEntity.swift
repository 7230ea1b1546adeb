import Model
import Validation

/// The entity a key column identifies, read from the schema's keys: what makes a join equality
/// meaningful. `cs_bill_customer_sk` and `cs_ship_customer_sk` both identify a customer, so either
/// may join `customer`; `inv_date_sk` identifies a date and `i_item_sk` an item, so equating them
/// joins unrelated entities and the schema alone rules it out.
public enum KeyEntity {
    /// The table whose rows `column` identifies: the parent of a single-column foreign key on it,
    /// else the parent of a composite foreign key that holds it, else its own table when it is part
    /// of that table's primary key; nil for any other column (lower-cased table name).
    public static func of(_ column: ColumnRef, schema: Schema) -> String? {
        let table = column.table.lowercased(), name = column.column.lowercased()
        func holds(_ key: ForeignKey) -> Bool {
            key.childTable.lowercased() == table && key.childColumns.contains { $0.lowercased() == name }
        }
        if let single = schema.foreignKeys.first(where: { $0.childColumns.count == 1 && holds($0) }) {
            return single.parentTable.lowercased()
        }
        if let composite = schema.foreignKeys.first(where: holds) { return composite.parentTable.lowercased() }
        if let own = schema.table(named: column.table), own.primaryKey.contains(where: { $0.lowercased() == name }) {
            return own.name.lowercased()
        }
        return nil
    }

    /// Whether `left = right` equates keys of one entity: both identify rows of the same table.
    public static func related(_ left: ColumnRef, _ right: ColumnRef, schema: Schema) -> Bool {
        guard let entity = of(left, schema: schema) else { return false }
        return entity == of(right, schema: schema)
    }

    /// The join equalities of `structure` that equate keys of unrelated entities (or a key with a
    /// column that is no key), in text order.
    public static func unrelatedJoins(in structure: SQLStructure, schema: Schema) -> [JoinEquality] {
        structure.scopes.flatMap(\.joins).filter { !related($0.left.ref, $0.right.ref, schema: schema) }
    }
}
