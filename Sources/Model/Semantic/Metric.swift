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
    /// Other names analysts use for it ("margin" for profit margin), as Snowflake semantic views'
    /// `WITH SYNONYMS`; a question says the label or one of them. Written only when non-empty.
    public var synonyms: [String] = []

    public init(name: String, label: String, kind: Kind, table: String, numerator: String, denominator: String? = nil,
                denominatorTable: String? = nil, unit: MeasureUnit? = nil, synonyms: [String] = []) {
        self.name = name
        self.label = label
        self.kind = kind
        self.table = table
        self.numerator = numerator
        self.denominator = denominator
        self.denominatorTable = denominatorTable
        self.unit = unit
        self.synonyms = synonyms
    }

    enum CodingKeys: String, CodingKey {
        case name, label, kind, table, numerator, denominator, unit, synonyms
        case denominatorTable = "denominator_table"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        label = try container.decode(String.self, forKey: .label)
        kind = try container.decode(Kind.self, forKey: .kind)
        table = try container.decode(String.self, forKey: .table)
        numerator = try container.decode(String.self, forKey: .numerator)
        denominator = try container.decodeIfPresent(String.self, forKey: .denominator)
        denominatorTable = try container.decodeIfPresent(String.self, forKey: .denominatorTable)
        unit = try container.decodeIfPresent(MeasureUnit.self, forKey: .unit)
        synonyms = try container.decodeIfPresent([String].self, forKey: .synonyms) ?? []
    }

    /// Writes the fields that are set; `synonyms` only when there are some.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(label, forKey: .label)
        try container.encode(kind, forKey: .kind)
        try container.encode(table, forKey: .table)
        try container.encode(numerator, forKey: .numerator)
        try container.encodeIfPresent(denominator, forKey: .denominator)
        try container.encodeIfPresent(denominatorTable, forKey: .denominatorTable)
        try container.encodeIfPresent(unit, forKey: .unit)
        if !synonyms.isEmpty { try container.encode(synonyms, forKey: .synonyms) }
    }

    /// The label and its synonyms.
    public var labels: [String] { [label] + synonyms }
}
