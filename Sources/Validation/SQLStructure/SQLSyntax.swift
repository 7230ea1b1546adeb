/// The syntax tree ``SQLParser`` builds for one SELECT statement: only what the structure
/// analysis needs (names, clauses, expression shapes, offsets), not a full SQLite AST.
enum SQLSyntax {
    /// `[WITH ...] core [op core ...] [ORDER BY ...] [LIMIT ...]`.
    struct Statement {
        var ctes: [CommonTable] = []
        var cores: [Core] = []
        var orderBy: [Expression] = []
        var limit: Expression?
        var offset: Expression?
    }

    /// `name [(columns)] AS (statement)` of a WITH clause.
    struct CommonTable {
        var name: String
        var columns: [String]
        var body: Statement
    }

    /// One SELECT core or VALUES list; `id` numbers the cores of the text in order.
    struct Core {
        var id: Int
        var distinct = false
        var results: [ResultColumn] = []
        var from: [FromItem] = []
        var whereClause: Expression?
        var groupBy: [Expression] = []
        var having: Expression?
        var windows: [Window] = []
        /// Rows of a VALUES core.
        var values: [[Expression]] = []
    }

    enum ResultColumn {
        case star
        case tableStar(String, offset: Int)
        case expression(Expression, alias: String?)
    }

    /// One FROM source with the join operator before it and its constraint.
    struct FromItem {
        var natural = false
        /// Offset of the item's first token.
        var offset: Int
        var source: Source
        var on: Expression?
        var using: [Name] = []
    }

    /// A column name as written in USING, with its offset.
    struct Name {
        var text: String
        var offset: Int
    }

    indirect enum Source {
        /// A schema table or CTE reference.
        case table(name: String, alias: String?, offset: Int)
        case subquery(Statement, alias: String?)
        /// A table-valued function such as json_each(...).
        case function(name: String, arguments: [Expression], alias: String?)
        /// A parenthesised join: `(a JOIN b ON ...)`.
        case nested([FromItem])
    }

    /// `[base] [PARTITION BY ...] [ORDER BY ...] [frame]`, named when it comes from a WINDOW clause.
    struct Window {
        var name: String?
        var partition: [Expression] = []
        var order: [Expression] = []
        var frame: [Expression] = []
    }

    struct FunctionCall {
        /// Upper case.
        var name: String
        var distinct = false
        var star = false
        var arguments: [Expression] = []
        var orderBy: [Expression] = []
        var filter: Expression?
        var over: Window?
    }

    indirect enum Expression {
        case literal
        /// An integer literal (LIMIT reads its value).
        case integer(Int)
        /// `[schema.][qualifier.]name`; `quoted` when the name was a "double-quoted" identifier
        /// (SQLite reads it as a string when no column has that name).
        case column(qualifier: String?, name: String, offset: Int, quoted: Bool)
        /// Arithmetic, bit, concatenation, AND, OR, NOT, unary minus.
        case operation(String, [Expression])
        /// Comparisons, IS, IN lists, BETWEEN, LIKE/GLOB/MATCH/REGEXP (with ESCAPE), ISNULL/NOTNULL:
        /// the first operand, then the others.
        case comparison(String, [Expression])
        /// `x [NOT] IN (SELECT ...)`.
        case inSelect(Expression, Statement)
        /// `x [NOT] IN table`.
        case inTable(Expression)
        case exists(Statement)
        case subquery(Statement)
        case function(FunctionCall)
        case cast(Expression)
        case caseWhen(operand: Expression?, branches: [Expression], otherwise: Expression?)
        case collate(Expression)
        /// A row value `(a, b)`.
        case row([Expression])
    }
}
