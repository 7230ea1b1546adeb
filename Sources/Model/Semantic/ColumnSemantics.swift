/// The semantic model's entry for one column (the `semantic` object of a column in the schema
/// file, docs/semantic-model.md). Every field is optional in the file; ``SemanticModel`` derives
/// what is missing.
public struct ColumnSemantics: Sendable, Equatable, Codable {
    public var role: SemanticRole?
    /// For a measure: how it aggregates (sum for additive amounts, average for unit prices).
    public var aggregation: MeasureAggregation?
    /// For a measure: the dimension it does not add up over (`time` for stock levels: taken at one
    /// date, or averaged over dates, never summed across snapshots). MetricFlow's `non_additive_dimension`.
    public var nonAdditiveDimension: String?
    public var unit: MeasureUnit?
    /// For a time grain: which one.
    public var grain: TimeGrain?
    /// For a flag: the phrase for rows where it holds ("on weekends") and where it does not ("on weekdays").
    public var truePhrase: String?
    public var falsePhrase: String?
    /// Other words analysts use for the column ("amount paid" for net paid, "units sold" for a
    /// quantity), as Snowflake semantic views' `WITH SYNONYMS`: a question says the label or one of
    /// them. Empty when the file lists none; written only when non-empty.
    public var synonyms: [String] = []

    public init(role: SemanticRole? = nil, aggregation: MeasureAggregation? = nil, nonAdditiveDimension: String? = nil,
                unit: MeasureUnit? = nil, grain: TimeGrain? = nil, truePhrase: String? = nil, falsePhrase: String? = nil,
                synonyms: [String] = []) {
        self.role = role
        self.aggregation = aggregation
        self.nonAdditiveDimension = nonAdditiveDimension
        self.unit = unit
        self.grain = grain
        self.truePhrase = truePhrase
        self.falsePhrase = falsePhrase
        self.synonyms = synonyms
    }

    enum CodingKeys: String, CodingKey {
        case role, aggregation, unit, grain, synonyms
        case nonAdditiveDimension = "non_additive_dimension"
        case truePhrase = "true_phrase"
        case falsePhrase = "false_phrase"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        role = try container.decodeIfPresent(SemanticRole.self, forKey: .role)
        aggregation = try container.decodeIfPresent(MeasureAggregation.self, forKey: .aggregation)
        nonAdditiveDimension = try container.decodeIfPresent(String.self, forKey: .nonAdditiveDimension)
        unit = try container.decodeIfPresent(MeasureUnit.self, forKey: .unit)
        grain = try container.decodeIfPresent(TimeGrain.self, forKey: .grain)
        truePhrase = try container.decodeIfPresent(String.self, forKey: .truePhrase)
        falsePhrase = try container.decodeIfPresent(String.self, forKey: .falsePhrase)
        synonyms = try container.decodeIfPresent([String].self, forKey: .synonyms) ?? []
    }

    /// Writes the fields that are set; `synonyms` only when there are some, so schema files without
    /// them stay as they were.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(role, forKey: .role)
        try container.encodeIfPresent(aggregation, forKey: .aggregation)
        try container.encodeIfPresent(nonAdditiveDimension, forKey: .nonAdditiveDimension)
        try container.encodeIfPresent(unit, forKey: .unit)
        try container.encodeIfPresent(grain, forKey: .grain)
        try container.encodeIfPresent(truePhrase, forKey: .truePhrase)
        try container.encodeIfPresent(falsePhrase, forKey: .falsePhrase)
        if !synonyms.isEmpty { try container.encode(synonyms, forKey: .synonyms) }
    }

    /// Whether nothing is set.
    public var isEmpty: Bool { self == ColumnSemantics() }

    /// `self` with every unset field taken from `derived`. When `self` states another role than
    /// the derived one, only the unit is taken (a derived grain or aggregation belongs to the derived
    /// role), and a measure without an aggregation sums.
    public func filled(from derived: ColumnSemantics) -> ColumnSemantics {
        if let role, let derivedRole = derived.role, role != derivedRole {
            return ColumnSemantics(role: role, aggregation: aggregation ?? (role == .measure ? .sum : nil),
                                   nonAdditiveDimension: nonAdditiveDimension, unit: unit ?? derived.unit, grain: grain,
                                   truePhrase: truePhrase, falsePhrase: falsePhrase, synonyms: synonyms)
        }
        return ColumnSemantics(role: role ?? derived.role, aggregation: aggregation ?? derived.aggregation,
                        nonAdditiveDimension: nonAdditiveDimension ?? derived.nonAdditiveDimension,
                        unit: unit ?? derived.unit, grain: grain ?? derived.grain,
                        truePhrase: truePhrase ?? derived.truePhrase, falsePhrase: falsePhrase ?? derived.falsePhrase,
                        synonyms: synonyms.isEmpty ? derived.synonyms : synonyms)
    }
}
