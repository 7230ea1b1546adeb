import Model

extension SQLPerturber {
    /// A selected or aggregated column replaced by another column of the same table and type
    /// family that the query does not use; a grouped column is replaced in its GROUP BY and
    /// ORDER BY too (else it would be a bare column, which only SQLite runs).
    func wrongColumns() -> [String] {
        let used = Set(outline.columnUses.map { "\($0.table.name.lowercased()).\($0.column.name.lowercased())" })
        var out: [String] = []
        for use in outline.columnUses where outline.clauses[use.token] == .select {
            let others = use.table.columns.filter {
                $0.typeFamily == use.column.typeFamily && $0.role == use.column.role
                    && !used.contains("\(use.table.name.lowercased()).\($0.name.lowercased())")
            }
            guard let other = others.first else { continue }
            let name = ("\(identifier: other.name)" as SQL).text
            var edit = TextEdit()
            for same in outline.columnUses where same.token == use.token || (outline.depths[same.token] == outline.depths[use.token]
                && [.groupBy, .orderBy].contains(outline.clauses[same.token]) && same.alias.lowercased() == use.alias.lowercased()
                && same.column.name.lowercased() == use.column.name.lowercased()) {
                edit.replace(outline.textRange(same.token..<same.token + 1), with: name)
            }
            out.append(edit.applied(to: outline.sql))
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

    /// One GROUP BY item left out (the whole GROUP BY when it has one item), with the result
    /// column and ORDER BY item that show it: a grouped column that stayed shown would be a bare
    /// column, which only SQLite runs (``StandardGrouping``).
    func missingGroupings() -> [String] {
        guard let (range, items) = groupItems() else { return [] }
        return items.indices.map { position in
            var edit = TextEdit()
            edit.replace(items.count == 1 ? spanWithSpace(range) : listSpan(items, position), with: "")
            let grouped = outline.text(items[position])
            for clause in [Clause.select, .orderBy] {
                guard let list = listItems(clause), list.count > 1,
                      let shown = list.firstIndex(where: { Self.expression(outline.text($0)) == grouped }) else { continue }
                edit.replace(listSpan(list, shown), with: "")
            }
            return edit.applied(to: outline.sql)
        }
    }

    typealias Clause = QueryOutline.Clause

    /// The items of the outer SELECT list or ORDER BY (after `SELECT [DISTINCT]` / `ORDER BY`).
    func listItems(_ clause: Clause) -> [Range<Int>]? {
        guard let range = outline.clauseRanges(clause).first(where: { outline.depths[$0.lowerBound] == 0 }) else { return nil }
        var start = range.lowerBound + (clause == .orderBy ? 2 : 1)
        if start < range.upperBound, tokens[start].isWord("DISTINCT") { start += 1 }
        guard start < range.upperBound else { return nil }
        return outline.split(start..<range.upperBound) { tokens[$0].text == "," }
    }

    /// The text of item `position` of a comma-separated list with the comma that joins it.
    func listSpan(_ items: [Range<Int>], _ position: Int) -> Range<Int> {
        position == 0 ? outline.textRange(items[0].lowerBound..<items[1].lowerBound).lowerBound..<tokens[items[1].lowerBound].range.lowerBound
            : tokens[items[position - 1].upperBound - 1].range.upperBound..<outline.textRange(items[position]).upperBound
    }

    /// Tokens `range` with the white space before them.
    func spanWithSpace(_ range: Range<Int>) -> Range<Int> {
        let text = outline.textRange(range)
        return (range.lowerBound > 0 ? tokens[range.lowerBound - 1].range.upperBound : text.lowerBound)..<text.upperBound
    }

    /// A result column or ORDER BY item without its alias or direction.
    static func expression(_ item: String) -> String {
        var text = item
        for suffix in [" DESC NULLS LAST", " NULLS FIRST", " NULLS LAST", " DESC", " ASC"] where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count))
        }
        return text.components(separatedBy: " AS ")[0]
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
