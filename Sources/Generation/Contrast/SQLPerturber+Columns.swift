import Model

extension SQLPerturber {
    /// A selected or aggregated column replaced by another column of the same table and type
    /// family that the query does not use.
    func wrongColumns() -> [String] {
        let used = Set(outline.columnUses.map { "\($0.table.name.lowercased()).\($0.column.name.lowercased())" })
        var out: [String] = []
        for use in outline.columnUses where outline.clauses[use.token] == .select {
            let others = use.table.columns.filter {
                $0.typeFamily == use.column.typeFamily && $0.role == use.column.role
                    && !used.contains("\(use.table.name.lowercased()).\($0.name.lowercased())")
            }
            if let other = others.first { out.append(replacing(token: use.token, with: ("\(identifier: other.name)" as SQL).text)) }
        }
        return out
    }

    /// One side of a join condition moved to another key column of the same table that identifies
    /// the same entity as the other side (``KeyEntity``): another foreign key to the same parent
    /// (billing vs shipping customer, sold vs ship date). Never a key of an unrelated entity
    /// (`inv_date_sk = i_item_sk`): the schema alone rules that out.
    func wrongJoinKeys() -> [String] {
        var out: [String] = []
        for range in outline.clauseRanges(.on) {
            let sides = outline.columnUses.filter { range.contains($0.token) }
            guard sides.count == 2 else { continue }
            for (side, other) in [(sides[0], sides[1]), (sides[1], sides[0])] {
                let siblings = schema.foreignKeys.filter {
                    $0.childTable.lowercased() == side.table.name.lowercased() && $0.parentTable.lowercased() == other.table.name.lowercased()
                        && $0.childColumns.count == 1 && $0.childColumns[0].lowercased() != side.column.name.lowercased()
                }
                if let sibling = siblings.first {
                    out.append(replacing(token: side.token, with: ("\(identifier: sibling.childColumns[0])" as SQL).text))
                    continue
                }
                let target = ColumnRef(table: other.table.name, column: other.column.name)
                let keys = side.table.columns.filter {
                    ($0.role == .foreignKey || $0.role == .key) && $0.typeFamily == side.column.typeFamily
                        && $0.name.lowercased() != side.column.name.lowercased()
                        && KeyEntity.related(ColumnRef(table: side.table.name, column: $0.name), target, schema: schema)
                }
                if let key = keys.first { out.append(replacing(token: side.token, with: ("\(identifier: key.name)" as SQL).text)) }
            }
        }
        return out
    }

    /// The items of the outer GROUP BY.
    func groupItems() -> (range: Range<Int>, items: [Range<Int>])? {
        guard let range = outline.clauseRanges(.groupBy).first(where: { outline.depths[$0.lowerBound] == 0 }),
              range.count >= 3 else { return nil }
        return (range, outline.split(range.lowerBound + 2..<range.upperBound) { tokens[$0].text == "," })
    }

    /// One GROUP BY item left out (the whole GROUP BY when it has one item).
    func missingGroupings() -> [String] {
        guard let (range, items) = groupItems() else { return [] }
        if items.count == 1 { return [removing(range)] }
        return items.indices.map { position in
            let span = position == 0 ? items[0].lowerBound..<items[1].lowerBound : items[position - 1].upperBound..<items[position].upperBound
            return removing(span)
        }
    }

    /// One more GROUP BY column: a descriptive column of a grouped (or joined) table that the
    /// query does not use.
    func extraGroupings() -> [String] {
        guard let (_, items) = groupItems(), let last = items.last else { return [] }
        let used = Set(outline.columnUses.map { "\($0.table.name.lowercased()).\($0.column.name.lowercased())" })
        let grouped = outline.columnUses.filter { use in items.contains { $0.contains(use.token) } }
        let tables = grouped.map { ($0.alias, $0.table) } + outline.aliases.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        for (alias, table) in tables {
            let candidates = table.columns.filter {
                ($0.role == .attribute || $0.role == .identifier) && !used.contains("\(table.name.lowercased()).\($0.name.lowercased())")
            }
            if let column = candidates.first {
                let end = tokens[last.upperBound - 1].range.upperBound
                var edit = TextEdit()
                edit.insert((", \(identifier: alias).\(identifier: column.name)" as SQL).text, at: end)
                return [edit.applied(to: outline.sql)]
            }
        }
        return []
    }
}
