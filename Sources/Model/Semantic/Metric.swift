/// A named metric of the semantic model (MetricFlow's simple, ratio, derived and cumulative
/// metrics): what analysts compute from measures (docs/semantic-model.md).
public struct Metric: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// One measure aggregated.
        case simple
        /// One aggregated measure over another (margin, average selling price, return rate).
        case ratio
        /// A metric against the same metric one period earlier (growth).
        case growth
        /// A running total over time.
        case cumulative
    }

    /// A short snake_case name ("store_margin").
    public var name: String
    /// How a question names it ("profit margin", "average selling price").
    public var label: String
    public var kind: Kind
    /// The fact table it is computed on.
    public var table: String
    /// The measure column (simple, growth, cumulative) or the numerator (ratio).
    public var numerator: String
    /// The denominator measure column of a ratio (of `denominatorTable` when that is set).
    public var denominator: String?
    /// For a ratio across two facts (returns over sales): the table of the denominator.
    public var denominatorTable: String?
    public var unit: MeasureUnit?

    public init(name: String, label: String, kind: Kind, table: String, numerator: String, denominator: String? = nil,
                denominatorTable: String? = nil, unit: MeasureUnit? = nil) {
        self.name = name
        self.label = label
        self.kind = kind
        self.table = table
        self.numerator = numerator
        self.denominator = denominator
        self.denominatorTable = denominatorTable
        self.unit = unit
    }

    enum CodingKeys: String, CodingKey {
        case name, label, kind, table, numerator, denominator, unit
        case denominatorTable = "denominator_table"
    }
}
