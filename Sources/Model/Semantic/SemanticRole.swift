/// What a column means to an analyst: the semantic model's role of a column (docs/semantic-model.md).
///
/// Roles follow the semantic layers analysts keep (dbt MetricFlow's entities, dimensions and
/// measures): a measure is aggregated into metrics, a dimension cuts and filters them, a detail is
/// shown and never grouped, a flag is said in words, a record date selects a row version.
public enum SemanticRole: String, Sendable, Codable, CaseIterable {
    /// A surrogate or foreign key: only joined (or counts its entities).
    case key
    /// A dimension's natural key (item id, customer id): counts the entities distinctly, names one.
    case businessKey = "business_key"
    /// Any other code or number of a row (ticket number, order number): shown, filtered, counted.
    case identifier
    /// An amount aggregated into metrics (net paid, quantity, stock on hand).
    case measure
    /// A groupable attribute: cuts and filters metrics (category, brand, state, buying potential).
    case dimension
    /// A descriptive detail shown in an entity's profile and filtered by value, never grouped
    /// (street number, suite, phone, e-mail, URL, a person's name, a store's floor space).
    case detail
    /// A yes/no attribute, said in words ("on weekends", "preferred customers").
    case flag
    /// A calendar or clock part of the date or time dimension (year, quarter, month, hour, the date).
    case timeGrain = "time_grain"
    /// The validity date of a row version (record start or end date): filters the current version.
    case recordDate = "record_date"
    /// Any other calendar date of a row: filtered by period, shown.
    case date
}

/// How a measure aggregates (MetricFlow's `agg`).
public enum MeasureAggregation: String, Sendable, Codable, CaseIterable {
    case sum
    case average
    case min
    case max
    case countDistinct = "count_distinct"
    /// Counts the rows where the column is not null (MetricFlow's `count`).
    case count
}

/// The unit of a measure, for wording and formatting.
public enum MeasureUnit: String, Sendable, Codable, CaseIterable {
    case money
    case quantity
    case percent
    case count
    case number
}

/// A calendar or clock grain of a time dimension column.
public enum TimeGrain: String, Sendable, Codable, CaseIterable {
    case date
    case year
    case quarter
    case month
    case week
    case dayOfWeek = "day_of_week"
    case dayOfMonth = "day_of_month"
    case quarterName = "quarter_name"
    case monthSequence = "month_sequence"
    case weekSequence = "week_sequence"
    case quarterSequence = "quarter_sequence"
    case hour
    case minute
    case second
    case timeOfDay = "time_of_day"
    case shift
    case mealTime = "meal_time"
    case fiscalYear = "fiscal_year"
    case fiscalQuarter = "fiscal_quarter"
    case fiscalWeek = "fiscal_week"
    case other
}
