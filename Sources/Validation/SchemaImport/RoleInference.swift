import Model

/// Guesses table kinds and column roles of an imported schema from keys, types and names.
enum RoleInference {
    private static let measureWords = ["amt", "amount", "price", "cost", "qty", "quantity", "count", "total", "sum",
                                       "tax", "fee", "profit", "loss", "paid", "discount", "charge", "credit", "cash",
                                       "balance", "salary", "revenue", "sales", "estimate", "size", "weight", "percent"]
    private static let dateWords = ["date", "year", "month", "day", "time", "hour", "minute", "week", "quarter"]

    static func apply(to schema: inout Schema) {
        let outgoing = Dictionary(grouping: schema.foreignKeys, by: { $0.childTable.lowercased() })
        let incoming = Dictionary(grouping: schema.foreignKeys, by: { $0.parentTable.lowercased() })
        for tableIndex in schema.tables.indices {
            let table = schema.tables[tableIndex]
            let name = table.name.lowercased()
            let parents = Set((outgoing[name] ?? []).map { $0.parentTable.lowercased() })
            let children = Set((incoming[name] ?? []).map { $0.childTable.lowercased() })
            schema.tables[tableIndex].kind = parents.count >= 2 && children.count <= 1 ? .fact : .dimension
            let fkColumns = Set((outgoing[name] ?? []).flatMap(\.childColumns).map { $0.lowercased() })
            for columnIndex in table.columns.indices {
                let column = table.columns[columnIndex]
                schema.tables[tableIndex].columns[columnIndex].role = role(
                    of: column, isForeignKey: fkColumns.contains(column.name.lowercased()),
                    isSoleKey: table.primaryKey.count == 1 && table.primaryKey[0].lowercased() == column.name.lowercased())
            }
        }
    }

    private static func role(of column: Column, isForeignKey: Bool, isSoleKey: Bool) -> ColumnRole {
        if isSoleKey { return .key }
        if isForeignKey { return .foreignKey }
        let name = column.name.lowercased()
        let words = name.split(separator: "_").map(String.init)
        switch column.typeFamily {
        case .date, .time: return .date
        case .integer, .decimal:
            if name.hasSuffix("_id") || name.hasSuffix("_number") || name.hasSuffix("_code") { return .identifier }
            if words.contains(where: dateWords.contains) { return .date }
            if column.typeFamily == .decimal || words.contains(where: measureWords.contains) { return .measure }
            return .attribute
        default:
            if name.hasSuffix("_id") || name.hasSuffix("_code") { return .identifier }
            return .attribute
        }
    }
}
