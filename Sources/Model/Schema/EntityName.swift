/// The nouns a question uses for one row and for many rows of a table: "store sale" / "store sales".
public struct EntityName: Sendable, Equatable, Codable {
    public var singular: String
    public var plural: String

    public init(singular: String, plural: String) {
        self.singular = singular
        self.plural = plural
    }
}
