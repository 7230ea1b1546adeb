/// Two or more many-sided table instances of one scope that FK joins lead to one shared instance:
/// a join whose totals double count.
public struct FanTrap: Sendable, Equatable {
    public var scope: Int
    /// Where the many-sided paths meet (e.g. the date_dim both sales tables join).
    public var parent: TableInstance
    /// The instances joined directly to `parent` along those paths, in FROM order.
    public var children: [TableInstance]

    public init(scope: Int, parent: TableInstance, children: [TableInstance]) {
        self.scope = scope
        self.parent = parent
        self.children = children
    }
}
