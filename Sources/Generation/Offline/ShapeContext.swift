import Model
import SQLite
import Validation

/// Everything a shape needs to write one SQL and its question: the join, the slot's target
/// columns and helper columns bound to aliases, sampled rows, the validator for pilot queries and
/// the seeded random stream of this draft.
struct ShapeContext {
    let join: JoinTree
    /// The slot's target columns, each read through its table's first alias.
    let targets: [BoundColumn]
    /// Other columns of the slot's tables, for slots whose targets lack what a shape needs.
    let helpers: [BoundColumn]
    let sample: SampleTable
    /// Filters every query of the slot carries: they keep joins that multiply rows small.
    let scope: [Condition]
    /// The sampled row that filters take their values from.
    let anchor: Int
    let validator: Validator
    let phrases: PhraseBook
    /// Plural phrase for the rows of the join's root table.
    let rootRows: String
    var rng: SeededRandom

    /// The FROM clause with all joins.
    var from: String { join.fromClause }

    var measures: [BoundColumn] { targets.filter { $0.kind == .measure } }
    var dimensions: [BoundColumn] { targets.filter { $0.kind == .dimension } }
    var keys: [BoundColumn] { targets.filter { $0.kind == .key } }

    /// Up to `limit` rows of a pilot query, nil when it fails.
    func rows(_ sql: String, limit: Int) -> [[SQLValue]]? {
        validator.rows(of: sql, limit: limit)
    }

    /// The anchor row's value of `column`.
    func anchorValue(_ column: BoundColumn) -> SQLValue {
        sample.value(column, row: anchor)
    }

    /// A helper measure with values in the sample, preferring the root table; nil if there is none.
    mutating func helperMeasure(excluding used: [BoundColumn] = []) -> BoundColumn? {
        let candidates = helpers.filter { $0.kind == .measure && !used.contains($0) && sample.distinctCount(of: $0) > 1 }
        let rooted = candidates.filter { $0.alias == join.root?.alias }
        let pool = rooted.isEmpty ? candidates : rooted
        return pool.isEmpty ? nil : rng.pick(pool)
    }

    /// A helper dimension good for grouping (few distinct values), preferring dimension tables.
    mutating func helperDimension(excluding used: [BoundColumn] = []) -> BoundColumn? {
        let candidates = helpers.filter { $0.kind == .dimension && !used.contains($0) && $0.family != .date }
        let counted = candidates.map { ($0, sample.distinctCount(of: $0)) }
        let good = counted.filter { $0.1 >= 2 && $0.1 <= 25 }.map(\.0)
        let fallback = counted.filter { $0.1 >= 1 }.map(\.0)
        let pool = good.isEmpty ? fallback : good
        return pool.isEmpty ? nil : rng.pick(pool)
    }

    /// A column with calendar dates (declared date type), targets first.
    func dateColumn() -> BoundColumn? {
        let usable = { (column: BoundColumn) in column.family == .date && sample.distinctCount(of: column) >= 1 }
        return targets.first(where: usable) ?? helpers.first(where: usable)
    }

    /// A column with calendar years or months as integers, targets first.
    func yearColumn() -> BoundColumn? {
        let usable = { (column: BoundColumn) in column.isYear && sample.distinctCount(of: column) >= 1 }
        return targets.first(where: usable) ?? helpers.first(where: usable)
    }

    /// `columns` ordered by how few distinct values they have in the sample (seeded tie order).
    mutating func byCardinality(_ columns: [BoundColumn]) -> [BoundColumn] {
        let shuffled = columns.shuffled(using: &rng)
        return shuffled.enumerated().sorted { left, right in
            let l = sample.distinctCount(of: left.element), r = sample.distinctCount(of: right.element)
            return l != r ? l < r : left.offset < right.offset
        }.map(\.element)
    }
}
