extension PlannerSettings {
    /// Decodes the settings; the family mix keys may be missing (plans written before they existed
    /// take their defaults).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        columnCoverage = try container.decode(Int.self, forKey: .columnCoverage)
        examples = try container.decodeIfPresent(Int.self, forKey: .examples) ?? examples
        tableCoverage = try container.decode([String: Int].self, forKey: .tableCoverage)
        columnCoverageOverrides = try container.decode([String: Int].self, forKey: .columnCoverageOverrides)
        edgeCoverage = try container.decode(Int.self, forKey: .edgeCoverage)
        maxColumnsPerSlot = try container.decode(Int.self, forKey: .maxColumnsPerSlot)
        maxSlotsPerBatch = try container.decode(Int.self, forKey: .maxSlotsPerBatch)
        maxTablesPerBatch = try container.decode(Int.self, forKey: .maxTablesPerBatch)
        complexityMix = try container.decode(ComplexityMix.self, forKey: .complexityMix)
        mixTolerance = try container.decode(Double.self, forKey: .mixTolerance)
        maxCategoryShare = try container.decode(Double.self, forKey: .maxCategoryShare)
        timeLimitSeconds = try container.decode(Double.self, forKey: .timeLimitSeconds)
        maxCandidateGroups = try container.decode(Int.self, forKey: .maxCandidateGroups)
        familyMinShare = try container.decodeIfPresent(Double.self, forKey: .familyMinShare) ?? familyMinShare
        familyMinShareOverrides = try container.decodeIfPresent([String: Double].self, forKey: .familyMinShareOverrides)
            ?? familyMinShareOverrides
    }

    /// The least share of slots `family` gets: its override, else ``familyMinShare``.
    public func familyMinShare(of family: AnalysisFamily) -> Double {
        familyMinShareOverrides[family.rawValue] ?? familyMinShare
    }
}
