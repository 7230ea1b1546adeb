/// Recursive-descent parser of SQLite's SELECT language over ``SQLLexer`` tokens, building an
/// ``SQLSyntax/Statement``. It never backtracks more than a token or two, so it runs in time linear
/// in the text; nesting deeper than ``maxDepth`` is refused with an error instead of risking the stack.
struct SQLParser {
    typealias Expression = SQLSyntax.Expression

    /// Deepest nesting of parentheses, subqueries and operators accepted.
    static let maxDepth = 150

    /// Words that end an expression or a clause, so they are never read as an alias or a column.
    static let reserved: Set<String> = [
        "ALL", "AND", "AS", "ASC", "BETWEEN", "BY", "CASE", "CAST", "COLLATE", "CROSS", "DESC", "DISTINCT",
        "ELSE", "END", "ESCAPE", "EXCEPT", "EXISTS", "FROM", "FULL", "GLOB", "GROUP", "HAVING", "IN", "INDEXED",
        "INNER", "INTERSECT", "IS", "ISNULL", "JOIN", "LEFT", "LIKE", "LIMIT", "MATCH", "NATURAL", "NOT",
        "NOTNULL", "NULL", "OFFSET", "ON", "OR", "ORDER", "OUTER", "REGEXP", "RIGHT", "SELECT", "THEN",
        "UNION", "USING", "VALUES", "WHEN", "WHERE", "WINDOW", "WITH",
    ]

    let tokens: [SQLToken]
    /// The upper-cased text of each bare word token ("" for other tokens), computed once.
    let words: [String]
    private let length: Int
    var position = 0
    var depth = 0
    /// How many SELECT cores (and VALUES lists) were read; their ids are 0..<coreCount in text order.
    private(set) var coreCount = 0

    init(sql: String) {
        tokens = SQLLexer.tokens(in: sql)
        words = tokens.map { $0.kind == .word ? $0.text.uppercased() : "" }
        length = sql.utf8.count
    }

    /// Parses one SELECT statement with optional trailing `;`s.
    mutating func parse() throws(SQLStructureError) -> SQLSyntax.Statement {
        try checkQuotesAreClosed()
        guard !tokens.isEmpty else { throw SQLStructureError(message: "empty SQL: expected SELECT", offset: 0) }
        let statement = try statement()
        while accept(";") {}
        if position < tokens.count { throw error("expected the end of the statement") }
        return statement
    }

    // MARK: Statements

    mutating func statement() throws(SQLStructureError) -> SQLSyntax.Statement {
        try enter()
        defer { depth -= 1 }
        var statement = SQLSyntax.Statement()
        if accept("WITH") {
            _ = accept("RECURSIVE")
            repeat {
                let name = try identifier("a common table expression name")
                var columns: [String] = []
                if accept("(") {
                    repeat { columns.append(try identifier("a column name").text) } while accept(",")
                    try expect(")")
                }
                try expect("AS")
                if accept("NOT") { try expect("MATERIALIZED") } else { _ = accept("MATERIALIZED") }
                try expect("(")
                let body = try self.statement()
                try expect(")")
                statement.ctes.append(SQLSyntax.CommonTable(name: name.text, columns: columns, body: body))
            } while accept(",")
        }
        statement.cores.append(try core())
        while compoundOperator() { statement.cores.append(try core()) }
        if accept("ORDER") {
            try expect("BY")
            statement.orderBy = try orderingTerms()
        }
        if accept("LIMIT") {
            let first = try expression()
            if accept("OFFSET") {
                statement.limit = first
                statement.offset = try expression()
            } else if accept(",") {
                statement.offset = first
                statement.limit = try expression()
            } else {
                statement.limit = first
            }
        }
        return statement
    }

    private mutating func compoundOperator() -> Bool {
        if accept("UNION") {
            _ = accept("ALL")
            return true
        }
        return accept("INTERSECT") || accept("EXCEPT")
    }

    private mutating func core() throws(SQLStructureError) -> SQLSyntax.Core {
        var core = SQLSyntax.Core(id: coreCount)
        coreCount += 1
        if accept("VALUES") {
            repeat {
                try expect("(")
                core.values.append(try expressionList())
                try expect(")")
            } while accept(",")
            return core
        }
        try expect("SELECT")
        if accept("DISTINCT") { core.distinct = true } else { _ = accept("ALL") }
        repeat { core.results.append(try resultColumn()) } while accept(",")
        if accept("FROM") { core.from = try joinClause() }
        if accept("WHERE") { core.whereClause = try expression() }
        if accept("GROUP") {
            try expect("BY")
            core.groupBy = try expressionList()
        }
        if accept("HAVING") { core.having = try expression() }
        if accept("WINDOW") {
            repeat {
                let name = try identifier("a window name")
                try expect("AS")
                try expect("(")
                var window = try windowBody()
                window.name = name.text
                core.windows.append(window)
            } while accept(",")
        }
        return core
    }

    private mutating func resultColumn() throws(SQLStructureError) -> SQLSyntax.ResultColumn {
        if accept("*") { return .star }
        if let token = current, token.kind == .word || token.kind == .quotedIdentifier,
           symbol(at: position + 1) == ".", symbol(at: position + 2) == "*" {
            position += 3
            return .tableStar(Self.unquoted(token), offset: token.range.lowerBound)
        }
        let expression = try expression()
        return .expression(expression, alias: try alias(allowString: true))
    }

    /// `[AS] name` after a result column or a FROM source.
    private mutating func alias(allowString: Bool = false) throws(SQLStructureError) -> String? {
        if accept("AS") {
            if allowString, let token = current, token.kind == .string {
                position += 1
                return Self.unquoted(token)
            }
            return try identifier("an alias").text
        }
        guard let token = current else { return nil }
        if token.kind == .quotedIdentifier || (token.kind == .string && allowString)
            || (token.kind == .word && !Self.reserved.contains(word)) {
            position += 1
            return Self.unquoted(token)
        }
        return nil
    }

    // MARK: FROM

    private mutating func joinClause() throws(SQLStructureError) -> [SQLSyntax.FromItem] {
        var items = [try fromItem(natural: false)]
        while true {
            var natural = false
            if !accept(",") {
                let start = position
                natural = accept("NATURAL")
                if accept("LEFT") || accept("RIGHT") || accept("FULL") {
                    _ = accept("OUTER")
                } else {
                    _ = accept("INNER") || accept("CROSS")
                }
                if !accept("JOIN") {
                    if position != start { throw error("expected JOIN") }
                    return items
                }
            }
            var item = try fromItem(natural: natural)
            if accept("ON") {
                item.on = try expression()
            } else if accept("USING") {
                try expect("(")
                repeat {
                    let name = try identifier("a column name")
                    item.using.append(SQLSyntax.Name(text: name.text, offset: name.offset))
                } while accept(",")
                try expect(")")
            }
            items.append(item)
        }
    }

    private mutating func fromItem(natural: Bool) throws(SQLStructureError) -> SQLSyntax.FromItem {
        try enter()
        defer { depth -= 1 }
        let offset = current?.range.lowerBound ?? length
        if accept("(") {
            if startsStatement {
                let statement = try statement()
                try expect(")")
                return SQLSyntax.FromItem(natural: natural, offset: offset, source: .subquery(statement, alias: try alias()))
            }
            let items = try joinClause()
            try expect(")")
            _ = try alias()
            return SQLSyntax.FromItem(natural: natural, offset: offset, source: .nested(items))
        }
        var name = try identifier("a table name")
        if accept(".") { name = try identifier("a table name") }
        if accept("(") {
            var arguments: [Expression] = []
            if !accept(")") {
                arguments = try expressionList()
                try expect(")")
            }
            return SQLSyntax.FromItem(natural: natural, offset: offset,
                                      source: .function(name: name.text, arguments: arguments, alias: try alias()))
        }
        let alias = try alias()
        if accept("INDEXED") {
            try expect("BY")
            _ = try identifier("an index name")
        } else if accept("NOT") {
            try expect("INDEXED")
        }
        return SQLSyntax.FromItem(natural: natural, offset: offset, source: .table(name: name.text, alias: alias, offset: name.offset))
    }

    // MARK: Windows and ordering

    /// After `(`: `[base] [PARTITION BY ...] [ORDER BY ...] [frame] )`.
    mutating func windowBody() throws(SQLStructureError) -> SQLSyntax.Window {
        var window = SQLSyntax.Window()
        if let token = current, token.kind == .quotedIdentifier
            || (token.kind == .word && !["PARTITION", "ORDER", "RANGE", "ROWS", "GROUPS"].contains(word)) {
            window.name = try identifier("a window name").text
        }
        if accept("PARTITION") {
            try expect("BY")
            window.partition = try expressionList()
        }
        if accept("ORDER") {
            try expect("BY")
            window.order = try orderingTerms()
        }
        if accept("RANGE") || accept("ROWS") || accept("GROUPS") {
            if accept("BETWEEN") {
                try frameBound(into: &window)
                try expect("AND")
            }
            try frameBound(into: &window)
            if accept("EXCLUDE") {
                if accept("NO") {
                    try expect("OTHERS")
                } else if accept("CURRENT") {
                    try expect("ROW")
                } else if !accept("GROUP") {
                    try expect("TIES")
                }
            }
        }
        try expect(")")
        return window
    }

    private mutating func frameBound(into window: inout SQLSyntax.Window) throws(SQLStructureError) {
        if accept("UNBOUNDED") {
            if !accept("PRECEDING") { try expect("FOLLOWING") }
        } else if accept("CURRENT") {
            try expect("ROW")
        } else {
            window.frame.append(try expression())
            if !accept("PRECEDING") { try expect("FOLLOWING") }
        }
    }

    mutating func orderingTerms() throws(SQLStructureError) -> [Expression] {
        var terms: [Expression] = []
        repeat {
            terms.append(try expression())
            if !accept("ASC") { _ = accept("DESC") }
            if accept("NULLS") {
                if !accept("FIRST") { try expect("LAST") }
            }
        } while accept(",")
        return terms
    }

    // MARK: Tokens

    var current: SQLToken? { position < tokens.count ? tokens[position] : nil }

    /// The current token's upper-cased text when it is a bare word, else "".
    var word: String { position < words.count ? words[position] : "" }

    /// Whether the next tokens start a SELECT statement (after an opening parenthesis).
    var startsStatement: Bool {
        guard let token = current, token.kind == .word else { return false }
        return ["SELECT", "WITH", "VALUES"].contains(word)
    }

    func symbol(at index: Int) -> String? {
        index < tokens.count && tokens[index].kind == .symbol ? tokens[index].text : nil
    }

    /// Whether the current token is the keyword (upper case) or symbol `text`.
    func check(_ text: String) -> Bool {
        guard let token = current else { return false }
        switch token.kind {
        case .word: return word == text
        case .symbol: return token.text == text
        default: return false
        }
    }

    mutating func accept(_ text: String) -> Bool {
        guard check(text) else { return false }
        position += 1
        return true
    }

    mutating func expect(_ text: String) throws(SQLStructureError) {
        guard accept(text) else { throw error("expected \(text)") }
    }

    /// A bare word that is not reserved, or a quoted identifier.
    mutating func identifier(_ what: String) throws(SQLStructureError) -> (text: String, offset: Int) {
        guard let token = current,
              token.kind == .quotedIdentifier || (token.kind == .word && !Self.reserved.contains(word)) else {
            throw error("expected \(what)")
        }
        position += 1
        return (Self.unquoted(token), token.range.lowerBound)
    }

    mutating func enter() throws(SQLStructureError) {
        depth += 1
        if depth > Self.maxDepth { throw error("the SQL nests deeper than \(Self.maxDepth) levels") }
    }

    func error(_ message: String) -> SQLStructureError {
        guard let token = current else {
            return SQLStructureError(message: message + ", found the end of the SQL", offset: length)
        }
        let shown = token.text.count > 30 ? String(token.text.prefix(30)) + "..." : token.text
        return SQLStructureError(message: "\(message), found '\(shown)'", offset: token.range.lowerBound)
    }

    /// The name of a quoted identifier or string without its quotes (doubled quotes undone).
    static func unquoted(_ token: SQLToken) -> String {
        guard token.kind == .quotedIdentifier || token.kind == .string, let first = token.text.first else { return token.text }
        let body = String(token.text.dropFirst().dropLast())
        return first == "[" ? body : body.replacingOccurrences(of: String(repeating: first, count: 2), with: String(first))
    }

    /// Refuses a string or quoted identifier that the text never closes.
    private func checkQuotesAreClosed() throws(SQLStructureError) {
        for token in tokens where token.kind == .string || token.kind == .quotedIdentifier {
            let bytes = Array(token.text.utf8)
            let close = bytes[0] == UInt8(ascii: "[") ? UInt8(ascii: "]") : bytes[0]
            var index = 1
            var closed = false
            while index < bytes.count {
                if bytes[index] == close {
                    if close != UInt8(ascii: "]"), index + 1 < bytes.count, bytes[index + 1] == close {
                        index += 2
                        continue
                    }
                    closed = index == bytes.count - 1
                    break
                }
                index += 1
            }
            if !closed {
                let what = token.kind == .string ? "string" : "quoted identifier"
                throw SQLStructureError(message: "unterminated \(what)", offset: token.range.lowerBound)
            }
        }
    }
}
