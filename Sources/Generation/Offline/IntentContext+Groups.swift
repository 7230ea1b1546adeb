import Model

extension IntentContext {
    /// How many groups `column` can have under `conditions`: its distinct sampled values, at most
    /// the parts of a year for a grain of the period's calendar when the conditions restrict that
    /// calendar to a year (four quarters, twelve months, seven week days), so that a top N or a
    /// LIMIT is only asked where it keeps fewer rows than there are.
    func groupCount(of column: FrameColumn, under conditions: [Condition]) -> Int {
        let sampled = sample.distinctCount(of: column)
        guard column.alias == frame.periodAlias,
              conditions.contains(where: { $0.column.alias == column.alias && $0.column == calendar.year }),
              let grain = semantic?.semantics(of: column.ref).grain, let perYear = Self.partsOfAYear[grain] else { return sampled }
        return min(sampled, perYear)
    }

    /// Whether any of `groups` has so many groups under `conditions` that the recipes keep the top ten.
    func hasManyGroups(_ groups: [FrameColumn], under conditions: [Condition]) -> Bool {
        groups.contains { groupCount(of: $0, under: conditions) >= 15 }
    }

    /// The most values a calendar grain takes within one year.
    private static let partsOfAYear: [TimeGrain: Int] = [
        .quarter: 4, .quarterName: 4, .fiscalQuarter: 4, .month: 12, .dayOfWeek: 7, .year: 1, .fiscalYear: 2,
    ]
}
