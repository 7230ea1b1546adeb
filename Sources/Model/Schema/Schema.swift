/// A relational schema: tables, columns with business descriptions, and foreign keys.
///
/// The on-disk format is documented in `docs/schema-format.md`; ``SchemaLoader`` reads and checks it.
public struct Schema: Sendable, Equatable, Codable {
    /// The schema file format this build reads and writes.
    public static let formatVersion = 1

    public var formatVersion: Int
    public var name: String
    public var description: String
    public var tables: [Table]
    public var foreignKeys: [ForeignKey]
    /// The semantic model's metrics (docs/semantic-model.md); nil when the file lists none, and
    /// then ``SemanticModel`` derives them.
    public var metrics: [Metric]?

    public init(name: String, description: String = "", tables: [Table], foreignKeys: [ForeignKey], metrics: [Metric]? = nil) {
        self.formatVersion = Schema.formatVersion
        self.name = name
        self.description = description
        self.tables = tables
        self.foreignKeys = foreignKeys
        self.metrics = metrics
    }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case name, description, tables, metrics
        case foreignKeys = "foreign_keys"
    }

    /// The table named `name` (case-insensitive, as in SQL).
    public func table(named name: String) -> Table? {
        let lowered = name.lowercased()
        return tables.first { $0.name.lowercased(equals: lowered) }
    }

    /// Total number of columns over all tables.
    public var columnCount: Int { tables.reduce(0) { $0 + $1.columns.count } }

    /// Every column as a qualified reference, in table then column order.
    public var allColumns: [ColumnRef] {
        tables.flatMap { table in table.columns.map { ColumnRef(table: table.name, column: $0.name) } }
    }
}

/// What a table holds in a star or snowflake schema.
public enum TableKind: String, Sendable, Codable, CaseIterable {
    case fact
    case dimension
}

/// One table of a ``Schema``.
public struct Table: Sendable, Equatable, Codable {
    public var name: String
    public var kind: TableKind
    /// Short business subject area such as "store sales" or "customers"; batches rotate over these.
    public var subjectArea: String
    public var description: String
    public var primaryKey: [String]
    public var columns: [Column]
    /// What one row is called in questions ("store sale" / "store sales"); `nil` when the file
    /// does not say, and then ``SchemaVocabulary`` derives it from the table name.
    public var entity: EntityName?
    /// What the table means to an analyst (event time, business key, versioning); `nil` when the
    /// file does not say, and then ``SemanticModel`` derives it (docs/semantic-model.md).
    public var semantic: TableSemantics?

    public init(name: String, kind: TableKind, subjectArea: String, description: String,
                primaryKey: [String], columns: [Column], entity: EntityName? = nil, semantic: TableSemantics? = nil) {
        self.name = name
        self.kind = kind
        self.subjectArea = subjectArea
        self.description = description
        self.primaryKey = primaryKey
        self.columns = columns
        self.entity = entity
        self.semantic = semantic
    }

    enum CodingKeys: String, CodingKey {
        case name, kind, description, columns, entity, semantic
        case subjectArea = "subject_area"
        case primaryKey = "primary_key"
    }

    /// The business category of questions about this table: its subject area, else its name.
    public var category: String { subjectArea.isEmpty ? name : subjectArea }

    /// The column named `name` (case-insensitive).
    public func column(named name: String) -> Column? {
        let lowered = name.lowercased()
        return columns.first { $0.name.lowercased(equals: lowered) }
    }
}

/// What a column means for a question writer and for SQL synthesis.
public enum ColumnRole: String, Sendable, Codable, CaseIterable {
    /// The table's own surrogate primary key.
    case key
    /// A reference to another table.
    case foreignKey = "foreign_key"
    /// A business identifier or code (item id, ticket number).
    case identifier
    /// A numeric amount, price, quantity or count that is summed or averaged.
    case measure
    /// A calendar or clock value or a date part.
    case date
    /// Any other descriptive column.
    case attribute
}

/// One column of a ``Table``.
public struct Column: Sendable, Equatable, Codable {
    public var name: String
    /// The SQL type as declared, lower case, e.g. `decimal(7,2)`.
    public var type: String
    public var nullable: Bool
    public var role: ColumnRole
    public var description: String
    /// A short name of the column in the context of its table, at most four words ("ZIP code",
    /// "net profit"); `nil` when the file does not say, and then ``SchemaVocabulary`` derives it.
    public var label: String?
    /// What the column means to an analyst (semantic role, aggregation, unit, grain, flag phrases);
    /// `nil` when the file does not say, and then ``SemanticModel`` derives it (docs/semantic-model.md).
    public var semantic: ColumnSemantics?

    public init(name: String, type: String, nullable: Bool = true, role: ColumnRole = .attribute,
                description: String = "", label: String? = nil, semantic: ColumnSemantics? = nil) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.role = role
        self.description = description
        self.label = label
        self.semantic = semantic
    }

    /// The broad family of the declared type, used for type checks and value synthesis.
    public var typeFamily: SQLTypeFamily { SQLTypeFamily(declaredType: type) }
}

/// A foreign key, possibly composite: `childColumns[i]` references `parentColumns[i]`.
public struct ForeignKey: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    public var childTable: String
    public var childColumns: [String]
    public var parentTable: String
    public var parentColumns: [String]
    /// How the child's row relates to the parent's row, as a noun phrase ("ship date", "billing
    /// customer"); `nil` when the file does not say, and then ``SchemaVocabulary`` derives it.
    public var role: String?
    /// Other noun phrases analysts use for the role ("bill-to address" for "billing address");
    /// empty when the file lists none, and then written not at all.
    public var roleSynonyms: [String]

    public init(childTable: String, childColumns: [String], parentTable: String, parentColumns: [String],
                role: String? = nil, roleSynonyms: [String] = []) {
        self.childTable = childTable
        self.childColumns = childColumns
        self.parentTable = parentTable
        self.parentColumns = parentColumns
        self.role = role
        self.roleSynonyms = roleSynonyms
    }

    enum CodingKeys: String, CodingKey {
        case role
        case childTable = "child_table"
        case childColumns = "child_columns"
        case parentTable = "parent_table"
        case parentColumns = "parent_columns"
        case roleSynonyms = "role_synonyms"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        childTable = try container.decode(String.self, forKey: .childTable)
        childColumns = try container.decode([String].self, forKey: .childColumns)
        parentTable = try container.decode(String.self, forKey: .parentTable)
        parentColumns = try container.decode([String].self, forKey: .parentColumns)
        role = try container.decodeIfPresent(String.self, forKey: .role)
        roleSynonyms = try container.decodeIfPresent([String].self, forKey: .roleSynonyms) ?? []
    }

    /// Writes `role_synonyms` only when there are some, so schema files without them stay as they were.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(childTable, forKey: .childTable)
        try container.encode(childColumns, forKey: .childColumns)
        try container.encode(parentTable, forKey: .parentTable)
        try container.encode(parentColumns, forKey: .parentColumns)
        try container.encodeIfPresent(role, forKey: .role)
        if !roleSynonyms.isEmpty { try container.encode(roleSynonyms, forKey: .roleSynonyms) }
    }

    /// A stable identifier such as `store_returns(sr_item_sk,sr_ticket_number)->store_sales(ss_item_sk,ss_ticket_number)`.
    public var id: String {
        "\(childTable)(\(childColumns.joined(separator: ",")))->\(parentTable)(\(parentColumns.joined(separator: ",")))"
    }

    public var description: String { id }
}

/// A qualified column reference `table.column`.
public struct ColumnRef: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var table: String
    public var column: String

    public init(table: String, column: String) {
        self.table = table
        self.column = column
    }

    /// Parses `table.column`.
    public init?(qualified: String) {
        let parts = qualified.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(table: parts[0], column: parts[1])
    }

    public var description: String { "\(table).\(column)" }

    public static func < (lhs: ColumnRef, rhs: ColumnRef) -> Bool {
        (lhs.table, lhs.column) < (rhs.table, rhs.column)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let ref = ColumnRef(qualified: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "expected table.column, got \(text)"))
        }
        self = ref
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
