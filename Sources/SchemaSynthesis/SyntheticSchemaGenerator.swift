import Model

/// Generates a realistic star/snowflake ``Schema`` of a given size, for testing the planner and the
/// generator at scale (`schema synth`).
///
/// About a fifth of the tables are facts, grouped in data marts by business area (sales, finance, hr,
/// logistics ...); each fact references 3-10 dimensions, some twice in different roles (sold date and
/// ship date); some dimensions are snowflaked into sub-dimensions; reversal facts (returns) reference
/// the fact they reverse by a composite key. Every table has a subject area and every column a type,
/// a role and a short description, so the result passes ``SchemaChecker`` without diagnostics, and the
/// foreign-key graph is connected.
///
/// The same table count and seed always give the same schema.
public struct SyntheticSchemaGenerator: Sendable {
    /// The table counts ``generate()`` accepts.
    public static let tableCountRange = 2...100_000

    public var tableCount: Int
    public var seed: UInt64

    public init(tableCount: Int, seed: UInt64) {
        self.tableCount = tableCount
        self.seed = seed
    }

    /// Builds the schema.
    ///
    /// - Throws: ``SyntheticSchemaError`` when ``tableCount`` is outside ``tableCountRange``.
    public func generate() throws(SyntheticSchemaError) -> Schema {
        let range = Self.tableCountRange
        guard range.contains(tableCount) else {
            throw SyntheticSchemaError("cannot synthesize a schema with \(tableCount) tables: the table count must be between \(range.lowerBound) (one fact and one dimension) and \(range.upperBound)")
        }
        let layout = SyntheticLayout(tableCount: tableCount, seed: seed)
        var builder = SyntheticTableBuilder(layout: layout, seed: seed)
        let (tables, foreignKeys) = builder.build()
        let factCount = layout.facts.count
        var areas: [String] = []
        for fact in layout.facts where !areas.contains(fact.subjectArea) {
            areas.append(fact.subjectArea)
        }
        let description = "Synthetic star/snowflake schema of \(tableCount) tables (\(factCount) fact, \(tableCount - factCount) dimension) over \(areas.joined(separator: ", ")); generated from seed \(seed)."
        return Schema(name: "synthetic_\(tableCount)_\(seed)", description: description, tables: tables,
                      foreignKeys: foreignKeys).withDerivedVocabulary()
    }
}
