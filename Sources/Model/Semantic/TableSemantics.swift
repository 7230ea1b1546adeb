/// The semantic model's entry for one table (the `semantic` object of a table in the schema file,
/// docs/semantic-model.md). Every field is optional in the file; ``SemanticModel`` derives what is
/// missing.
public struct TableSemantics: Sendable, Equatable, Codable {
    /// For a fact: the foreign-key column to the calendar that dates each row (sold date, returned
    /// date, inventory date): the event time periods restrict.
    public var eventDate: String?
    /// For a fact: the foreign-key column to the time-of-day dimension (sold time), if any.
    public var eventTime: String?
    /// For a dimension: the natural key that stays the same across row versions.
    public var businessKey: String?
    /// For a versioned dimension (slowly changing): the record start and end date columns.
    public var versionedBy: [String]?
    /// For a fact: a periodic snapshot (stock levels at each date) rather than events.
    public var snapshot: Bool?
    /// For a dimension: the calendar (`date`) or clock (`time_of_day`) table of the schema.
    public var timeDimension: String?

    public init(eventDate: String? = nil, eventTime: String? = nil, businessKey: String? = nil,
                versionedBy: [String]? = nil, snapshot: Bool? = nil, timeDimension: String? = nil) {
        self.eventDate = eventDate
        self.eventTime = eventTime
        self.businessKey = businessKey
        self.versionedBy = versionedBy
        self.snapshot = snapshot
        self.timeDimension = timeDimension
    }

    enum CodingKeys: String, CodingKey {
        case snapshot
        case eventDate = "event_date"
        case eventTime = "event_time"
        case businessKey = "business_key"
        case versionedBy = "versioned_by"
        case timeDimension = "time_dimension"
    }

    /// `self` with every unset field taken from `derived`.
    public func filled(from derived: TableSemantics) -> TableSemantics {
        TableSemantics(eventDate: eventDate ?? derived.eventDate, eventTime: eventTime ?? derived.eventTime,
                       businessKey: businessKey ?? derived.businessKey, versionedBy: versionedBy ?? derived.versionedBy,
                       snapshot: snapshot ?? derived.snapshot, timeDimension: timeDimension ?? derived.timeDimension)
    }
}
