import Model
import SQLite

/// Generates the rows of one table: primary keys unique, every foreign-key value taken from an
/// existing parent row (a composite key copies a whole parent key tuple), other values from the
/// table's profile or the generic heuristics, with a few percent NULLs in nullable attributes.
struct TableGenerator {
    /// Share of NULLs in nullable attribute columns.
    static let attributeNullRate = 0.02
    /// Share of NULLs in nullable foreign keys of fact tables and of dimension tables.
    static let factKeyNullRate = 0.02
    static let dimensionKeyNullRate = 0.03
    /// Draws of one row before giving up on a unique primary key or matching foreign keys.
    static let maximumAttempts = 100

    let table: Table
    /// Foreign keys filled while rows are generated, in processing order.
    let keys: [ResolvedForeignKey]
    /// Columns of deferred foreign keys: left NULL here and filled by ``DeferredKeyFiller``.
    let deferredPositions: Set<Int>
    let seed: UInt64
    /// The days of domain dates (tables without a TPC-DS profile).
    let window: DateWindow

    func generate(data: GeneratedData, profile initialProfile: (any TableProfile)?) throws(SyntheticDataError) -> GeneratedTable {
        let generated = GeneratedTable(table: table)
        let columns = table.columns
        let shapes = generated.shapes
        let name = table.name.lowercased()
        var profile = initialProfile
        var valueRandom = SeededRandom(seed: seed, stream: "synthetic.values." + name)
        var keyRandom = SeededRandom(seed: seed, stream: "synthetic.keys." + name)
        var nullRandom = SeededRandom(seed: seed, stream: "synthetic.nulls." + name)

        let primary = primaryKeyPositions
        let primarySet = Set(primary)
        let keyPositions = Set(keys.flatMap(\.childPositions)).union(deferredPositions)
        let freeKeyPositions = primary.filter { !keyPositions.contains($0) }
        let uniquePosition = freeKeyPositions.last

        var count = profile?.rowCount(scale: data.scale, data: data)
            ?? RowCountPlanner.genericCount(for: table, scale: data.scale)
        count = max(0, cappedByParents(count, primary: primarySet, freeKeyPositions: freeKeyPositions, data: data))
        if let position = uniquePosition,
           let capacity = PrimaryKeyValues.capacity(of: columns[position], shape: shapes[position]), count > capacity {
            throw .primaryKeyTooNarrow(table: table.name, column: columns[position].name, type: columns[position].type,
                                       needed: count, capacity: capacity)
        }

        let planned = ColumnRecipes(table: table, shapes: shapes, rowCount: count, window: profile == nil ? window : nil)
        let recipes = planned.recipes
        let injectable = columns.indices.map { position in
            columns[position].nullable && !primarySet.contains(position) && !keyPositions.contains(position)
                && (profile?.allowsNulls(in: columns[position].name.lowercased()) ?? true)
        }
        let keyMayBeNull = keys.map { key in
            key.childPositions.allSatisfy { profile?.allowsNulls(in: columns[$0].name.lowercased()) ?? true }
        }
        var context = KeyContext(data: data, generated: generated, keyNullRate: table.kind == .fact
                                 ? TableGenerator.factKeyNullRate : TableGenerator.dimensionKeyNullRate)

        profile?.prepare(data: data, random: &valueRandom)
        var seen = Set<[SQLValue]>()
        generated.rows.reserveCapacity(count)
        for index in 0..<count {
            var attempt = 0
            while true {
                attempt += 1
                var draft = RowDraft(table: generated)
                profile?.fill(&draft, index: index, data: data, random: &valueRandom)
                var row = [SQLValue](repeating: .null, count: columns.count)
                var fixed = [Bool](repeating: false, count: columns.count)
                for position in freeKeyPositions {
                    if let value = draft.values[position], !value.isNull {
                        row[position] = shapes[position].fit(value)
                    } else if position == uniquePosition {
                        row[position] = PrimaryKeyValues.value(index: index, column: columns[position], shape: shapes[position])
                    } else {
                        row[position] = nonNull(recipes[position], position: position, index: index, row: row,
                                                random: &valueRandom)
                    }
                    fixed[position] = true
                }
                var failedKey: ResolvedForeignKey?
                for (offset, key) in keys.enumerated() {
                    let done = try context.assign(key, row: &row, fixed: &fixed, suggestion: draft.values,
                                                  mayBeNull: keyMayBeNull[offset], random: &keyRandom, nulls: &nullRandom)
                    if !done {
                        failedKey = key
                        break
                    }
                }
                if failedKey == nil {
                    for position in planned.order where !fixed[position] && !keyPositions.contains(position) {
                        var value = draft.values[position].map { shapes[position].fit($0) }
                            ?? shapes[position].fit(recipes[position].make(index: index, row: row, random: &valueRandom))
                        if injectable[position] && nullRandom.chance(TableGenerator.attributeNullRate) { value = .null }
                        if value.isNull && !columns[position].nullable {
                            value = nonNull(recipes[position], position: position, index: index, row: row, random: &valueRandom)
                        }
                        row[position] = value
                    }
                    if primary.isEmpty || seen.insert(primary.map { row[$0] }).inserted {
                        generated.rows.append(row)
                        break
                    }
                }
                if attempt >= TableGenerator.maximumAttempts {
                    if let failedKey { throw .unsatisfiableForeignKey(table: table.name, foreignKey: failedKey.id) }
                    throw .primaryKeyExhausted(table: table.name, columns: primary.map { columns[$0].name },
                                               produced: generated.rows.count, wanted: count)
                }
            }
        }
        return generated
    }

    /// Positions of the primary-key columns (unknown names skipped).
    var primaryKeyPositions: [Int] {
        var positions: [Int] = []
        for name in table.primaryKey {
            if let position = table.columns.firstIndex(where: { $0.name.lowercased() == name.lowercased() }),
               !positions.contains(position) {
                positions.append(position)
            }
        }
        return positions
    }

    /// When every primary-key column is a foreign key, at most half the parent combinations, so that
    /// random draws find unused combinations quickly.
    private func cappedByParents(_ count: Int, primary: Set<Int>, freeKeyPositions: [Int], data: GeneratedData) -> Int {
        guard !primary.isEmpty, freeKeyPositions.isEmpty else { return count }
        var uncovered = primary
        var combinations = 1.0
        for key in keys where !key.isSelfReference && Set(key.childPositions).isSubset(of: primary)
            && !uncovered.isDisjoint(with: key.childPositions) {
            combinations *= Double(data.candidates(for: key).count)
            uncovered.subtract(key.childPositions)
        }
        guard uncovered.isEmpty else { return count }
        let limit = combinations >= 2 ? combinations / 2 : combinations
        return min(count, Int(min(limit, 1e9)))
    }

    /// A non-null value of the column: its recipe, or a key-style value when the recipe gives NULL.
    private func nonNull(_ recipe: ValueRecipe, position: Int, index: Int, row: [SQLValue],
                         random: inout SeededRandom) -> SQLValue {
        let shape = ColumnShape(declaredType: table.columns[position].type)
        for _ in 0..<3 {
            let value = recipe.make(index: index, row: row, random: &random)
            if !value.isNull { return shape.fit(value) }
        }
        return shape.fit(PrimaryKeyValues.value(index: index, column: table.columns[position], shape: shape))
    }
}
