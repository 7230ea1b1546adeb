extension AnalysisFamily {
    /// What a slot must offer for the family to fit it (``fits(_:schema:semantic:)``), in words for
    /// the plan's warnings when too few slots fit a family to reach its least share.
    public var requirement: String {
        switch self {
        case .lookup: return "a dimension anchor, or a fact anchor without amounts to show, at the simple level (at most two tables)"
        case .profile: return "a lone dimension with a descriptive detail among its targets, at the simple level"
        case .topN: return "a fact anchor or amounts to show, at the simple level (at most two tables)"
        case .totalByGroup, .aboveAverage, .shareOfTotal, .rankingWithinGroups: return "any slot of its level"
        case .havingThreshold, .caseBuckets, .rollup: return "a fact anchor"
        case .peerComparison: return "a fact anchor joining a dimension other than the calendar and the clock"
        case .ratio: return "an anchor with a ratio metric of its own in the semantic model"
        case .timeOfDay: return "a fact anchor that joins its event time (a clock table)"
        case .growth, .movingAverage: return "a fact anchor with an event date that is not a snapshot"
        case .runningTotal: return "an anchor that is not a snapshot"
        case .returnRate: return "a sales fact anchor that a returns fact's ratio metric divides by"
        case .channelComparison: return "a dated sales fact anchor whose joined dimensions another channel's fact reaches"
        case .outerJoin: return "a lone dimension that a dated fact references"
        case .crossChannel: return "a lone dimension that two dated sales facts reference"
        }
    }
}
