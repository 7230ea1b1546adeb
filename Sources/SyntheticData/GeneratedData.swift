import Model
import SQLite

/// Every table generated so far, with the parent-row lookups that foreign keys need.
final class GeneratedData {
    let schema: Schema
    let scale: Double
    private var tables: [String: GeneratedTable] = [:]
    /// Per foreign key (by ordinal): parent rows whose referenced columns are all non-null.
    private var candidateCache: [[Int]?]
    /// Per foreign key: those rows by their whole referenced tuple.
    private var tupleIndex: [[[SQLValue]: [Int]]?]
    /// Per single-column foreign key: the integer parent keys (the common case, checked fast).
    private var integerIndex: [Set<Int64>?]
    /// Per foreign key and set of known columns: rows by the known part of the tuple.
    private var partialIndex: [PartialKey: [[SQLValue]: [Int]]] = [:]
    private var sortedKeyCache: [String: [Int]] = [:]

    private struct PartialKey: Hashable {
        let ordinal: Int
        let mask: [Bool]
    }

    init(schema: Schema, scale: Double) {
        self.schema = schema
        self.scale = scale
        candidateCache = Array(repeating: nil, count: schema.foreignKeys.count)
        tupleIndex = Array(repeating: nil, count: schema.foreignKeys.count)
        integerIndex = Array(repeating: nil, count: schema.foreignKeys.count)
    }

    /// The generated table named `name` (case-insensitive), nil when it is not generated (yet).
    func table(_ name: String) -> GeneratedTable? {
        tables[name] ?? tables[name.lowercased()]
    }

    func store(_ table: GeneratedTable) {
        tables[table.table.name.lowercased()] = table
    }

    /// Rows of the parent of `key` whose referenced columns are all non-null.
    func candidates(for key: ResolvedForeignKey) -> [Int] {
        if let cached = candidateCache[key.ordinal] { return cached }
        guard let parent = tables[key.parent] else { return [] }
        var rows: [Int] = []
        rows.reserveCapacity(parent.rows.count)
        for (index, row) in parent.rows.enumerated() where !key.parentPositions.contains(where: { row[$0].isNull }) {
            rows.append(index)
        }
        candidateCache[key.ordinal] = rows
        return rows
    }

    /// Whether a parent row of `key` has exactly `tuple` in the referenced columns.
    func hasParent(for key: ResolvedForeignKey, tuple: [SQLValue]) -> Bool {
        if tuple.count == 1, case .integer(let value) = tuple[0] {
            if let index = integerIndex[key.ordinal] { return index.contains(value) }
            if let parent = tables[key.parent], let position = key.parentPositions.first {
                var index = Set<Int64>()
                for row in candidates(for: key) {
                    if case .integer(let parentValue) = parent.rows[row][position] { index.insert(parentValue) }
                }
                integerIndex[key.ordinal] = index
                return index.contains(value)
            }
        }
        if let index = tupleIndex[key.ordinal] { return index[tuple] != nil }
        guard let parent = tables[key.parent] else { return false }
        var index: [[SQLValue]: [Int]] = [:]
        for row in candidates(for: key) {
            index[key.parentPositions.map { parent.rows[row][$0] }, default: []].append(row)
        }
        tupleIndex[key.ordinal] = index
        return index[tuple] != nil
    }

    /// Candidate parent rows of `key` whose referenced columns equal `values` where `values` is non-nil.
    func matches(for key: ResolvedForeignKey, values: [SQLValue?]) -> [Int] {
        guard let parent = tables[key.parent] else { return [] }
        let mask = values.map { $0 != nil }
        let lookup = values.compactMap { $0 }
        let cacheKey = PartialKey(ordinal: key.ordinal, mask: mask)
        if let index = partialIndex[cacheKey] { return index[lookup] ?? [] }
        var index: [[SQLValue]: [Int]] = [:]
        for row in candidates(for: key) {
            var tuple: [SQLValue] = []
            for (offset, position) in key.parentPositions.enumerated() where mask[offset] {
                tuple.append(parent.rows[row][position])
            }
            index[tuple, default: []].append(row)
        }
        partialIndex[cacheKey] = index
        return index[lookup] ?? []
    }

    /// The referenced values of `key` in parent row `row`.
    func parentTuple(for key: ResolvedForeignKey, row: Int) -> [SQLValue] {
        guard let parent = tables[key.parent] else { return [] }
        return key.parentPositions.map { parent.rows[row][$0] }
    }

    /// The distinct non-null integer values of `column` in `table`, ascending (e.g. all date keys).
    func sortedIntegers(_ table: String, _ column: String) -> [Int] {
        let cacheKey = table.lowercased() + "." + column.lowercased()
        if let cached = sortedKeyCache[cacheKey] { return cached }
        guard let generated = tables[table.lowercased()], let position = generated.position(of: column) else { return [] }
        let values = Array(Set(generated.rows.compactMap { $0[position].integerValue })).sorted()
        sortedKeyCache[cacheKey] = values
        return values
    }
}
