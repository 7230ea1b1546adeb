/// Which share of a plan's batches a run does: batch `k` (0-based plan order) belongs to shard
/// `k mod count`. Shard indices are 0-based: `0/3`, `1/3`, `2/3`.
public struct ShardSpec: Sendable, Equatable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    /// The whole plan in one run.
    public static let whole = ShardSpec(uncheckedIndex: 0, count: 1)

    private init(uncheckedIndex: Int, count: Int) {
        self.index = uncheckedIndex
        self.count = count
    }

    /// Nil unless `count >= 1` and `0 <= index < count`.
    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 0, index < count else { return nil }
        self.init(uncheckedIndex: index, count: count)
    }

    /// Parses `i/n` (0-based i).
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    /// Whether batch `batchIndex` is this shard's.
    public func owns(batch batchIndex: Int) -> Bool { batchIndex % count == index }

    public var isWhole: Bool { count == 1 }

    public var description: String { "\(index)/\(count)" }
}
