/// A dimension table decided by ``SyntheticLayout`` before its columns are built.
struct PlannedDimension {
    enum Kind {
        /// A calendar-day dimension (`date_dim`).
        case date
        /// The time-of-day dimension (`time_dim`).
        case time
        /// A dimension referenced by fact tables.
        case regular
        /// A snowflaked dimension referenced by another dimension.
        case sub
    }

    var kind: Kind
    var name: String
    var prefix: String
    /// English phrase for one row, e.g. `customer segment`.
    var phrase: String
    var subjectArea: String
    /// Entity-specific column ideas (for calendar dimensions: the whole column list).
    var templates: [ColumnTemplate]
    /// The entity name at the root of a snowflake chain, used to name sub-dimensions.
    var rootEntity: String
    /// The phrase of that root entity, e.g. `customer`.
    var rootPhrase: String
    /// The phrase of the dimension this one is snowflaked from, for sub-dimensions.
    var parentPhrase: String?
    /// Indices of the sub-dimensions this dimension references.
    var subDimensions: [Int] = []

    /// The surrogate key column, `prefix_name_sk` (`d_date_sk` for calendars).
    var keyColumn: String {
        switch kind {
        case .date: "\(prefix)_date_sk"
        case .time: "\(prefix)_time_sk"
        case .regular, .sub: "\(prefix)_\(name)_sk"
        }
    }

    var isCalendar: Bool { kind == .date || kind == .time }
}
