import Model
import SQLite

/// Chooses foreign-key values for the rows of one table from the rows of its parents.
struct KeyContext {
    let data: GeneratedData
    /// The table being filled; its earlier rows are the parents of a self-reference.
    let generated: GeneratedTable
    /// Share of NULLs in nullable foreign keys.
    let keyNullRate: Double

    /// Sets the child columns of `key` in `row`. Columns marked in `fixed` are already decided (by
    /// the primary key or an overlapping foreign key) and must match the chosen parent row; a
    /// profile's `suggestion` is kept when a parent row has it. Returns false when the row must be
    /// drawn again because no parent row matches the fixed columns.
    mutating func assign(_ key: ResolvedForeignKey, row: inout [SQLValue], fixed: inout [Bool],
                         suggestion: [SQLValue?], mayBeNull: Bool,
                         random: inout SeededRandom, nulls: inout SeededRandom) throws(SyntheticDataError) -> Bool {
        let positions = key.childPositions
        let anyHard = positions.contains { fixed[$0] }
        let canBeNull = !anyHard && key.isNullable && !key.touchesPrimaryKey && mayBeNull

        if positions.allSatisfy({ fixed[$0] || suggestion[$0] != nil }) {
            let proposed = positions.map { fixed[$0] ? row[$0] : suggestion[$0] ?? .null }
            if proposed.allSatisfy(\.isNull) {
                if key.isNullable {
                    set(positions, to: proposed, row: &row, fixed: &fixed)
                    return true
                }
            } else if !proposed.contains(where: \.isNull) && exists(key, proposed, row: row) {
                if canBeNull && nulls.chance(keyNullRate) {
                    set(positions, to: nil, row: &row, fixed: &fixed)
                } else {
                    set(positions, to: proposed, row: &row, fixed: &fixed)
                }
                return true
            }
        }
        if canBeNull && nulls.chance(keyNullRate) {
            set(positions, to: nil, row: &row, fixed: &fixed)
            return true
        }
        let hard: [SQLValue?] = positions.map { fixed[$0] ? row[$0] : nil }
        if let tuple = pick(key, hard: anyHard ? hard : nil, random: &random) {
            set(positions, to: tuple, row: &row, fixed: &fixed)
            return true
        }
        if key.isSelfReference, !key.isNullable || anyHard, let own = ownTuple(key, hard: hard, row: row, fixed: fixed) {
            set(positions, to: own, row: &row, fixed: &fixed)
            return true
        }
        if anyHard { return false }
        if key.isNullable {
            set(positions, to: nil, row: &row, fixed: &fixed)
            return true
        }
        if key.isSelfReference { throw .unsatisfiableForeignKey(table: generated.table.name, foreignKey: key.id) }
        throw .emptyParent(table: generated.table.name, foreignKey: key.id, parent: key.key.parentTable)
    }

    private func set(_ positions: [Int], to values: [SQLValue]?, row: inout [SQLValue], fixed: inout [Bool]) {
        for (offset, position) in positions.enumerated() {
            row[position] = values.map { $0[offset] } ?? .null
            fixed[position] = true
        }
    }

    /// Whether a parent row has exactly `tuple` in the referenced columns.
    private func exists(_ key: ResolvedForeignKey, _ tuple: [SQLValue], row: [SQLValue]) -> Bool {
        guard key.isSelfReference else { return data.hasParent(for: key, tuple: tuple) }
        if key.parentPositions.map({ row[$0] }) == tuple { return true }
        return generated.rows.contains { parent in key.parentPositions.map { parent[$0] } == tuple }
    }

    /// A random parent row matching the fixed values, as the tuple of its referenced columns.
    /// `hard` holds the fixed values, nil when none is fixed.
    private func pick(_ key: ResolvedForeignKey, hard: [SQLValue?]?, random: inout SeededRandom) -> [SQLValue]? {
        if !key.isSelfReference {
            let rows = hard.map { data.matches(for: key, values: $0) } ?? data.candidates(for: key)
            guard !rows.isEmpty else { return nil }
            return data.parentTuple(for: key, row: rows[random.int(in: 0...(rows.count - 1))])
        }
        let rows = generated.rows
        guard !rows.isEmpty else { return nil }
        func usable(_ parent: [SQLValue]) -> [SQLValue]? {
            let tuple = key.parentPositions.map { parent[$0] }
            guard !tuple.contains(where: \.isNull) else { return nil }
            for (offset, value) in (hard ?? []).enumerated() where value != nil && value != tuple[offset] { return nil }
            return tuple
        }
        for _ in 0..<8 {
            if let tuple = usable(rows[random.int(in: 0...(rows.count - 1))]) { return tuple }
        }
        let all = rows.compactMap(usable)
        return all.isEmpty ? nil : all[random.int(in: 0...(all.count - 1))]
    }

    /// The row's own key for a self-reference (a root that points at itself), when it is decided.
    private func ownTuple(_ key: ResolvedForeignKey, hard: [SQLValue?], row: [SQLValue], fixed: [Bool]) -> [SQLValue]? {
        guard key.parentPositions.allSatisfy({ fixed[$0] && !row[$0].isNull }) else { return nil }
        let tuple = key.parentPositions.map { row[$0] }
        for (offset, value) in hard.enumerated() where value != nil && value != tuple[offset] { return nil }
        return tuple
    }
}
