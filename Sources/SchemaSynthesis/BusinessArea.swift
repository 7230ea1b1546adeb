/// A business area of a synthetic schema: the events its fact tables record and the dimensions they use.
struct BusinessArea: Sendable {
    /// Subject area of the area's fact tables, e.g. `sales`.
    var name: String
    /// Words that distinguish several marts of the area, e.g. `store`, `web`, `catalog`.
    var qualifiers: [String]
    var events: [FactEvent]
    var entities: [DimensionEntity]

    init(_ name: String, qualifiers: [String], events: [FactEvent], entities: [DimensionEntity]) {
        self.name = name
        self.qualifiers = qualifiers
        self.events = events
        self.entities = entities
    }
}
