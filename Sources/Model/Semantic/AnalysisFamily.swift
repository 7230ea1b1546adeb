/// The analysis families a plan deals its slots to, after the TPC-DS workload
/// (docs/analysis-families.md). The raw value is the `intent` an example of the family measures as.
public enum AnalysisFamily: String, Sendable, Codable, CaseIterable, Comparable {
    case lookup
    case profile
    case topN = "top_n"
    case totalByGroup = "total_by_group"
    case havingThreshold = "having_threshold"
    case caseBuckets = "case_buckets"
    case ratio
    case timeOfDay = "time_of_day"
    case aboveAverage = "above_average"
    case shareOfTotal = "share_of_total"
    case growth
    case peerComparison = "peer_comparison"
    case outerJoin = "outer_join"
    case returnRate = "return_rate"
    case rankingWithinGroups = "ranking_within_groups"
    case runningTotal = "running_total"
    case channelComparison = "channel_comparison"
    case rollup
    case movingAverage = "moving_average"
    case crossChannel = "cross_channel"

    public static func < (lhs: AnalysisFamily, rhs: AnalysisFamily) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The complexity level whose slots the family serves.
    public var level: ComplexityLevel {
        switch self {
        case .lookup, .profile, .topN: return .simple
        case .totalByGroup, .havingThreshold, .caseBuckets, .ratio, .timeOfDay: return .moderate
        case .aboveAverage, .shareOfTotal, .growth, .peerComparison, .outerJoin, .returnRate: return .complex
        case .rankingWithinGroups, .runningTotal, .channelComparison, .rollup, .movingAverage, .crossChannel: return .highlyComplex
        }
    }

    /// What a slot offers a family: its anchor, tables and join edges.
    public struct SlotShape: Sendable {
        public var anchor: String
        public var tables: [String]
        public var joinEdges: [String]
        public var targets: [SlotTarget]

        public init(anchor: String, tables: [String], joinEdges: [String], targets: [SlotTarget] = []) {
            self.anchor = anchor
            self.tables = tables
            self.joinEdges = joinEdges
            self.targets = targets
        }

        /// The shape of a planned slot.
        public init(_ slot: Slot) {
            self.init(anchor: slot.anchor, tables: slot.tables, joinEdges: slot.joinEdges, targets: slot.targets)
        }
    }

    /// Whether a slot of `shape` can be asked as this family: facts for metrics and periods, a
    /// metric of the anchor for ratios, the clock joined for time of day, a lone dimension that
    /// facts reference for outer joins and cross-channel questions.
    public func fits(_ shape: SlotShape, schema: Schema, semantic: SemanticModel) -> Bool {
        guard let anchor = schema.table(named: shape.anchor) else { return false }
        let fact = anchor.kind == .fact
        let dated = fact && semantic.eventDateKey(of: anchor.name, in: schema) != nil
        // Amounts to show rank rows (top N); a fact's amounts are never listed row by row.
        let showsAmounts = shape.targets.contains { target in
            target.use == .show && [.measure, .rate].contains(schema.useClass(of: target.column))
        }
        switch self {
        case .totalByGroup, .aboveAverage, .shareOfTotal, .rankingWithinGroups: return true
        case .runningTotal: return semantic.table(anchor.name).snapshot != true
        case .lookup: return !(fact && showsAmounts) && !shape.targets.contains { $0.use == .count }
        case .profile:
            // The details of one named entity: a lone dimension with a detail among its targets.
            return anchor.kind == .dimension && shape.tables.count == 1 && !shape.targets.contains { $0.use == .count }
                && shape.targets.contains { semantic.role(of: $0.column) == .detail }
        case .topN: return (fact || showsAmounts) && !shape.targets.contains { $0.use == .count }
        case .havingThreshold, .caseBuckets, .rollup: return fact
        case .peerComparison:
            // Peers share a dimension: the slot joins one besides the calendar and the clock.
            return fact && shape.tables.contains { name in
                schema.table(named: name)?.kind == .dimension && semantic.table(name).timeDimension == nil
            }
        case .ratio:
            return semantic.metrics.contains { $0.kind == .ratio && $0.denominatorTable == nil && $0.table.lowercased() == anchor.name.lowercased() }
        case .timeOfDay:
            guard let key = semantic.eventTimeKey(of: anchor.name, in: schema) else { return false }
            return shape.joinEdges.contains(key.id)
        case .growth, .movingAverage: return dated && semantic.table(anchor.name).snapshot != true
        case .returnRate:
            return fact && semantic.metrics.contains { $0.kind == .ratio && $0.denominatorTable?.lowercased() == anchor.name.lowercased() }
        case .channelComparison:
            // Another channel's fact reaching every dimension the slot joins; channels sell (stock
            // snapshots and returns are no channel of their own).
            let selling = { (table: Table) in table.subjectArea != "returns" && semantic.table(table.name).snapshot != true }
            guard dated, selling(anchor) else { return false }
            let parents = Set(schema.foreignKeys.filter { shape.joinEdges.contains($0.id) }.map { $0.parentTable.lowercased() })
            return schema.tables.contains { other in
                other.kind == .fact && other.name.lowercased() != anchor.name.lowercased() && selling(other)
                    && other.subjectArea != anchor.subjectArea
                    && parents.isSubset(of: Set(schema.foreignKeys.filter { $0.childTable.lowercased() == other.name.lowercased() }
                        .map { $0.parentTable.lowercased() }))
            }
        case .outerJoin, .crossChannel:
            guard anchor.kind == .dimension, shape.tables.count == 1 else { return false }
            let referencing = Set(schema.foreignKeys.filter { key in
                key.parentTable.lowercased() == anchor.name.lowercased() && key.childColumns.count == 1
                    && semantic.eventDateKey(of: key.childTable, in: schema) != nil
                    && (self == .outerJoin || schema.table(named: key.childTable)?.subjectArea != "returns")
            }.map { $0.childTable.lowercased() })
            return referencing.count >= (self == .outerJoin ? 1 : 2)
        }
    }
}
