import Model

/// The subset of SQL that Spider's parser (`process_sql.py`, used by Spider's `evaluation.py` and
/// test-suite-sql-eval) reads, checked on tokens against the schema (docs/export.md, "The Spider
/// grammar"). It is stricter than the parser where the parser would read a query but misplace a
/// part of it.
///
/// ```
/// query     := core [(INTERSECT | UNION | EXCEPT) query]
/// core      := SELECT [DISTINCT] item {, item} FROM table [AS a] {JOIN table [AS a] [ON cond]}
///              [WHERE cond] [GROUP BY colUnit {, colUnit}] [HAVING cond]
///              [ORDER BY valUnit [ASC|DESC] {, valUnit [ASC|DESC]}] [LIMIT integer]
/// item      := agg ( [DISTINCT] column [op column] ) | valUnit
/// cond      := valUnit [NOT] (= | != | < | > | <= | >= | LIKE | IN) value
///              | valUnit [NOT] BETWEEN value AND value, joined by AND / OR, no parentheses
/// value     := 'string' | number | colUnit | ( query ) | ( value )
/// valUnit   := colUnit [(+ | - | * | /) colUnit] | ( colUnit [op colUnit] )
/// colUnit   := agg ( [DISTINCT] column ) | [DISTINCT] column;  agg := COUNT | SUM | AVG | MIN | MAX
/// column    := * | name | alias.name     (a table alias names one table in the whole query)
/// ```
struct SpiderGrammar {
    static let aggregates: Set<String> = ["count", "sum", "avg", "min", "max"]
    static let clauseWords: Set<String> = ["select", "from", "where", "group", "order", "limit", "intersect", "union", "except", "having"]
    /// Words after which a `-` cannot be a binary minus.
    static let stopWords: Set<String> = clauseWords.union(["and", "or", "not", "on", "by", "between", "like", "in", "then", "when", "else"])
    static let comparisons: Set<String> = ["=", "!=", "<", ">", "<=", ">="]

    struct Failure: Error {
        var message: String
    }

    /// Column names by lower-cased table name.
    let columns: [String: Set<String>]
    private let allColumns: Set<String>

    init(schema: Schema) {
        var columns: [String: Set<String>] = [:]
        for table in schema.tables { columns[table.name.lowercased()] = Set(table.columns.map { $0.name.lowercased() }) }
        self.columns = columns
        allColumns = columns.values.reduce(into: Set<String>()) { $0.formUnion($1) }
    }

    func isColumnName(_ name: String) -> Bool { allColumns.contains(name) }

    /// Throws the first place the tokens leave the grammar.
    func check(_ tokens: [SQLToken]) throws(Failure) {
        var aliases: [String: String] = [:]
        for (index, token) in tokens.enumerated() where token.isWord("as") {
            guard index > 0, index + 1 < tokens.count, tokens[index + 1].kind == .word else { throw Failure(message: "AS without a table and a name") }
            let table = tokens[index - 1].lowered
            let alias = tokens[index + 1].lowered
            guard columns[table] != nil else { throw Failure(message: "AS after \(tokens[index - 1].text), which is not a table (only tables may have aliases)") }
            guard columns[alias] == nil else { throw Failure(message: "alias \(alias) is a table's name") }
            if let earlier = aliases[alias], earlier != table { throw Failure(message: "alias \(alias) names both \(earlier) and \(table)") }
            aliases[alias] = table
        }
        for table in columns.keys { aliases[table] = table }
        var parser = Parser(tokens: tokens, grammar: self, aliases: aliases)
        try parser.query()
        guard parser.index == tokens.count else { throw Failure(message: "unexpected \(tokens[parser.index].text) after the query") }
    }

    /// A recursive-descent reader over the tokens.
    struct Parser {
        let tokens: [SQLToken]
        let grammar: SpiderGrammar
        let aliases: [String: String]
        var index = 0
        /// Tables of the FROM clause being read, for unqualified columns.
        var scope: [String] = []

        var current: SQLToken? { index < tokens.count ? tokens[index] : nil }
        func at(_ word: String) -> Bool { current?.isWord(word) == true }
        func atSymbol(_ symbol: String) -> Bool { current?.isSymbol(symbol) == true }
        func failure(_ expected: String) -> Failure {
            Failure(message: "expected \(expected) at \(current.map { "\"\($0.text)\"" } ?? "the end")")
        }
        mutating func expect(_ word: String) throws(Failure) {
            guard at(word) else { throw failure(word.uppercased()) }
            index += 1
        }
        mutating func expectSymbol(_ symbol: String) throws(Failure) {
            guard atSymbol(symbol) else { throw failure("\"\(symbol)\"") }
            index += 1
        }
        var atClauseEnd: Bool {
            guard let current else { return true }
            return current.isSymbol(")") || current.kind == .word && SpiderGrammar.clauseWords.contains(current.lowered)
        }

        mutating func query() throws(Failure) {
            try core()
            if let current, current.kind == .word, ["union", "intersect", "except"].contains(current.lowered) {
                index += 1
                try query()
            }
        }

        mutating func core() throws(Failure) {
            try expect("select")
            let selectList = index
            // FROM is read first, as the parser does, so that unqualified columns resolve.
            var depth = 0
            while let token = current, !(depth == 0 && token.isWord("from")) {
                if token.isSymbol("(") { depth += 1 } else if token.isSymbol(")") { depth -= 1 }
                guard depth >= 0 else { break }
                index += 1
            }
            try expect("from")
            let outerScope = scope
            scope = []
            try from()
            let afterFrom = index
            index = selectList
            if at("distinct") { index += 1 }
            repeat {
                if let word = current, word.kind == .word, SpiderGrammar.aggregates.contains(word.lowered) {
                    index += 1
                    guard atSymbol("(") else { throw failure("\"(\" after \(word.text)") }
                }
                try valUnit(allowDistinct: true)
            } while try comma()
            guard at("from") else { throw failure("\",\" or FROM in the SELECT list (no aliases, no expressions beyond one operator between columns)") }
            index = afterFrom
            if at("where") { index += 1; try condition() }
            if at("group") {
                index += 1
                try expect("by")
                repeat { try colUnit() } while try comma()
            }
            if at("having") { index += 1; try condition() }
            if at("order") {
                index += 1
                try expect("by")
                repeat {
                    try valUnit(allowDistinct: false)
                    if at("asc") || at("desc") { index += 1 }
                } while try comma()
            }
            if at("limit") {
                index += 1
                guard let count = current, count.kind == .number, Int(count.text) != nil else { throw failure("an integer after LIMIT") }
                index += 1
            }
            scope = outerScope
            guard atClauseEnd else { throw failure("the next clause") }
        }

        mutating func comma() throws(Failure) -> Bool {
            guard atSymbol(",") else { return false }
            index += 1
            return true
        }

        mutating func from() throws(Failure) {
            try table()
            while at("join") {
                index += 1
                try table()
                if at("on") { index += 1; try condition() }
            }
            guard atClauseEnd else { throw failure("JOIN or the next clause (no comma joins, no subquery in FROM)") }
        }

        mutating func table() throws(Failure) {
            guard let name = current, name.kind == .word, grammar.columns[name.lowered] != nil else { throw failure("a table name") }
            scope.append(name.lowered)
            index += 1
            if at("as") { index += 2 }
        }

        /// Conditions joined by AND / OR; the parser knows no parentheses around conditions.
        mutating func condition() throws(Failure) {
            repeat {
                try valUnit(allowDistinct: false)
                if at("not") { index += 1 }
                guard let op = current else { throw failure("a comparison") }
                if op.kind == .symbol && SpiderGrammar.comparisons.contains(op.text) || op.isWord("like") || op.isWord("in") {
                    index += 1
                    try value()
                } else if op.isWord("between") {
                    index += 1
                    try value()
                    try expect("and")
                    try value()
                } else {
                    throw failure("a comparison (=, !=, <, >, <=, >=, LIKE, IN, BETWEEN)")
                }
            } while try conjunction()
            guard atClauseEnd || at("join") else { throw failure("AND, OR or the next clause") }
        }

        mutating func conjunction() throws(Failure) -> Bool {
            guard at("and") || at("or") else { return false }
            index += 1
            return true
        }

        mutating func value() throws(Failure) {
            guard let token = current else { throw failure("a value") }
            if token.isSymbol("(") {
                index += 1
                if at("select") { try query() } else { try value() }
                try expectSymbol(")")
            } else if token.kind == .string || token.kind == .number {
                index += 1
            } else {
                try colUnit()
            }
        }

        mutating func valUnit(allowDistinct: Bool) throws(Failure) {
            let block = atSymbol("(")
            if block { index += 1 }
            try colUnit(allowDistinct: allowDistinct || block)
            if let op = current, op.kind == .symbol, ["+", "-", "*", "/"].contains(op.text) {
                index += 1
                try colUnit()
            }
            if block { try expectSymbol(")") }
        }

        mutating func colUnit(allowDistinct: Bool = true) throws(Failure) {
            if let word = current, word.kind == .word, SpiderGrammar.aggregates.contains(word.lowered) {
                index += 1
                try expectSymbol("(")
                if at("distinct") { index += 1 }
                try column()
                try expectSymbol(")")
                return
            }
            if at("distinct") {
                guard allowDistinct else { throw failure("a column") }
                index += 1
            }
            try column()
        }

        mutating func column() throws(Failure) {
            guard let token = current, token.kind == .word || token.isSymbol("*") else { throw failure("a column") }
            index += 1
            if token.isSymbol("*") { return }
            let name = token.lowered
            let parts = name.split(separator: ".", omittingEmptySubsequences: false)
            if parts.count == 2 {
                guard let table = aliases[String(parts[0])] else { throw Failure(message: "unknown table or alias in \(token.text)") }
                guard grammar.columns[table]?.contains(String(parts[1])) == true else {
                    throw Failure(message: "\(token.text) is not a column of \(table)")
                }
                return
            }
            guard parts.count == 1, scope.contains(where: { grammar.columns[$0]?.contains(name) == true }) else {
                throw Failure(message: "\(token.text) is not a column of a table in FROM")
            }
        }
    }
}
