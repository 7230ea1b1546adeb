/// The nouns a question uses for one row and for many rows of a table: "store sale" / "store sales",
/// and other plural phrases analysts use for the same rows ("in-store sales").
public struct EntityName: Sendable, Equatable, Codable {
    public var singular: String
    public var plural: String
    /// Other plural noun phrases for the table's rows ("online sales" for web sales): questions
    /// may use any of them, and a question using one names the table. Empty unless the schema says.
    public var synonyms: [String]

    public init(singular: String, plural: String, synonyms: [String] = []) {
        self.singular = singular
        self.plural = plural
        self.synonyms = synonyms
    }

    enum CodingKeys: String, CodingKey {
        case singular, plural, synonyms
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        singular = try container.decode(String.self, forKey: .singular)
        plural = try container.decode(String.self, forKey: .plural)
        synonyms = try container.decodeIfPresent([String].self, forKey: .synonyms) ?? []
    }

    /// Writes `synonyms` only when there are some, so schema files without them stay as they were.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(singular, forKey: .singular)
        try container.encode(plural, forKey: .plural)
        if !synonyms.isEmpty { try container.encode(synonyms, forKey: .synonyms) }
    }

    /// The plural and its synonyms.
    public var plurals: [String] { [plural] + synonyms }
}
