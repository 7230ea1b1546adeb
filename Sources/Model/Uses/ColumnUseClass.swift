/// What a column may do in SQL, derived from its role, type, name and table (docs/typed-uses.md).
///
/// The class decides which uses an example may make of the column: measures are summed and
/// averaged, rates only averaged or compared, categories group and filter, flags filter, keys join.
public enum ColumnUseClass: String, Sendable, Codable, CaseIterable, Comparable {
    /// A surrogate key or foreign key: joins, or counts the entities of its table.
    case key
    /// An additive amount of a fact (net paid, quantity): summed, averaged, compared, ranked.
    case measure
    /// A number that does not add up (unit price, tax rate, GMT offset, a dimension's floor space):
    /// averaged, compared, ranked, never summed.
    case rate
    /// A categorical attribute with few values (state, category, color): groups and filters.
    case category
    /// A name (store name, last name, e-mail): shown, filtered by value, grouped.
    case name
    /// Free text (descriptions, URLs): shown and filtered by value.
    case text
    /// A business identifier or code: shown, filtered, counted distinct.
    case identifier
    /// A calendar date: filters by period, groups by year, quarter or month.
    case date
    /// A date part or calendar sequence number (year, month, hour): groups and filters.
    case datePart
    /// A Y/N flag: filters (and splits a total in two).
    case flag
    /// The validity date of a row version (record start/end date): filters to the current
    /// version or the version valid at a date; never grouped (docs/semantic-model.md).
    case recordDate

    public static func < (lhs: ColumnUseClass, rhs: ColumnUseClass) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The intended uses a plan may give a column of this class, most typical first (the plan
    /// checker refuses any other).
    public var intendedUses: [IntendedUse] {
        switch self {
        case .key: return [.count]
        case .measure: return [.aggregate, .filter, .show]
        case .rate: return [.aggregate, .filter, .show]
        case .category: return [.group, .filter, .show]
        case .name: return [.show, .filter, .group]
        case .text: return [.show, .filter]
        case .identifier: return [.show, .filter, .count]
        case .date: return [.period, .filter]
        case .datePart: return [.group, .filter, .show]
        case .flag: return [.filter]
        case .recordDate: return [.filter]
        }
    }

    /// Aggregate functions (upper case, `COUNT DISTINCT` for a distinct count) that mean
    /// something over a column of this class.
    public var allowedAggregates: Set<String> {
        switch self {
        case .key: return ["COUNT", "COUNT DISTINCT"]
        case .measure: return ["SUM", "TOTAL", "AVG", "MIN", "MAX", "COUNT"]
        case .rate: return ["AVG", "MIN", "MAX", "COUNT"]
        case .category, .name, .text, .identifier: return ["COUNT", "COUNT DISTINCT", "MIN", "MAX", "GROUP_CONCAT"]
        case .date, .datePart: return ["MIN", "MAX", "COUNT", "COUNT DISTINCT"]
        case .flag: return ["COUNT"]
        case .recordDate: return ["MIN", "MAX", "COUNT"]
        }
    }

    /// Whether a column of this class may be grouped by.
    public var groups: Bool {
        switch self {
        case .category, .name, .identifier, .date, .datePart, .flag: return true
        case .key, .measure, .rate, .text, .recordDate: return false
        }
    }

    /// Whether a column of this class may be shown (selected or sorted on) outside an aggregate.
    public var shows: Bool { self != .key }
}

/// What a plan asks a slot to do with one of its target columns.
public enum IntendedUse: String, Sendable, Codable, CaseIterable, Comparable {
    /// Summed, averaged or taken at its extreme.
    case aggregate
    /// Grouped by.
    case group
    /// Filtered on (by value, range, pattern or flag).
    case filter
    /// Shown in the result.
    case show
    /// Grouped or filtered by a calendar period (year, quarter, month).
    case period
    /// Counted (entities through their key, distinct identifiers).
    case count

    public static func < (lhs: IntendedUse, rhs: IntendedUse) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
