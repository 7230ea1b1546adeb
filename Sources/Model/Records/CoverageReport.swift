/// Measured coverage of a dataset: how often each column, table, foreign-key edge, complexity level
/// and SQL construct occurs in its emitted SQL. Written as `coverage.json` next to every dataset and
/// read by `nl2sqlgen replan`; documented in `docs/coverage-format.md`.
public struct CoverageReport: Sendable, Equatable, Codable {
    public static let formatVersion = 1

    public var formatVersion: Int
    public var schema: SchemaIdentity
    /// Uses per `table.column`, every schema column listed (zero when unused).
    public var columns: [String: Int]
    /// Uses per table.
    public var tables: [String: Int]
    /// Uses per foreign-key edge (``ForeignKey/id``).
    public var edges: [String: Int]
    /// Examples per complexity level.
    public var complexity: [String: Int]
    /// Examples per SQL construct (`join`, `group_by`, `having`, `subquery`, `cte`, `window`, ...).
    public var constructs: [String: Int]
    /// Paraphrases, SQL variants and negatives by kind (absent in files written before they existed).
    public var contrast: [String: Int]?
    /// Coverage per semantic role (docs/semantic-model.md): columns of the role covered in an
    /// allowed use, and how they were used (absent in files written before it existed).
    public var roles: [String: RoleCoverage]?

    public init(schema: SchemaIdentity, columns: [String: Int], tables: [String: Int], edges: [String: Int],
                complexity: [String: Int], constructs: [String: Int]) {
        self.formatVersion = CoverageReport.formatVersion
        self.schema = schema
        self.columns = columns
        self.tables = tables
        self.edges = edges
        self.complexity = complexity
        self.constructs = constructs
    }

    enum CodingKeys: String, CodingKey {
        case schema, columns, tables, edges, complexity, constructs, contrast, roles
        case formatVersion = "format_version"
    }
}

/// How the columns of one semantic role were covered.
public struct RoleCoverage: Sendable, Equatable, Codable {
    /// Columns of the role used at least once in an allowed use (key columns: through a joined edge).
    public var covered: Int
    public var total: Int
    /// Allowed uses by clause and aggregate (`select`, `filter`, `group`, `select:SUM`, `join`, ...).
    public var uses: [String: Int]

    public init(covered: Int = 0, total: Int = 0, uses: [String: Int] = [:]) {
        self.covered = covered
        self.total = total
        self.uses = uses
    }
}
