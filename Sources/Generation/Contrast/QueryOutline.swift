import Model
import Validation

/// What a perturbation needs to know about an SQL text, read from its tokens: each token's
/// parenthesis depth and clause, the aliases of the tables in FROM/JOIN, and the column
/// references `alias.column`.
struct QueryOutline {
    /// The clause a token belongs to at its depth.
    enum Clause: Sendable, Equatable {
        case none, with, select, from, on, whereClause, groupBy, having, orderBy, limit, window
    }

    /// A column named as `alias.column` whose alias belongs to a schema table.
    struct ColumnUse {
        /// Index of the column token.
        let token: Int
        let alias: String
        let table: Table
        let column: Column
    }

    let sql: String
    let tokens: [SQLToken]
    let depths: [Int]
    let clauses: [Clause]
    /// Lower-cased alias (or table name when it has none) → schema table.
    let aliases: [String: Table]
    let columnUses: [ColumnUse]

    init(sql: String, schema: Schema) {
        self.sql = sql
        tokens = SQLLexer.tokens(in: sql)
        var depths: [Int] = [], clauses: [Clause] = []
        var stack: [Clause] = [.none]
        var aliases: [String: Table] = [:]
        for (index, token) in tokens.enumerated() {
            if token.text == "(" {
                depths.append(stack.count - 1)
                clauses.append(stack[stack.count - 1])
                stack.append(.none)
                continue
            }
            if token.text == ")", stack.count > 1 {
                stack.removeLast()
                depths.append(stack.count - 1)
                clauses.append(stack[stack.count - 1])
                continue
            }
            if token.kind == .word, let clause = Self.clause(opening: token.upper, next: index + 1 < tokens.count ? tokens[index + 1].upper : "") {
                stack[stack.count - 1] = clause
            }
            if token.kind == .word, ["UNION", "INTERSECT", "EXCEPT"].contains(token.upper) { stack[stack.count - 1] = .none }
            depths.append(stack.count - 1)
            clauses.append(stack[stack.count - 1])
            if (token.isWord("FROM") || token.isWord("JOIN")), index + 1 < tokens.count,
               let table = schema.table(named: Self.unquoted(tokens[index + 1])) {
                var aliasIndex = index + 2
                if aliasIndex < tokens.count, tokens[aliasIndex].isWord("AS") { aliasIndex += 1 }
                if aliasIndex < tokens.count, tokens[aliasIndex].kind == .word, !Self.reserved.contains(tokens[aliasIndex].upper) {
                    aliases[Self.unquoted(tokens[aliasIndex]).lowercased()] = table
                } else {
                    aliases[table.name.lowercased()] = table
                }
            }
        }
        self.depths = depths
        self.clauses = clauses
        self.aliases = aliases
        var uses: [ColumnUse] = []
        for index in tokens.indices.dropFirst(2) where tokens[index - 1].text == "." {
            let alias = Self.unquoted(tokens[index - 2]).lowercased()
            if let table = aliases[alias], let column = table.column(named: Self.unquoted(tokens[index])) {
                uses.append(ColumnUse(token: index, alias: Self.unquoted(tokens[index - 2]), table: table, column: column))
            }
        }
        columnUses = uses
    }

    private static let reserved: Set<String> = ["ON", "JOIN", "WHERE", "GROUP", "ORDER", "LIMIT", "LEFT", "INNER", "CROSS",
                                                 "NATURAL", "UNION", "INTERSECT", "EXCEPT", "HAVING", "USING", "WINDOW"]

    private static func clause(opening word: String, next: String) -> Clause? {
        switch word {
        case "WITH": return .with
        case "SELECT": return .select
        case "FROM", "JOIN": return .from
        case "ON": return .on
        case "WHERE": return .whereClause
        case "GROUP" where next == "BY": return .groupBy
        case "HAVING": return .having
        case "ORDER" where next == "BY": return .orderBy
        case "LIMIT": return .limit
        case "WINDOW": return .window
        default: return nil
        }
    }

    static func unquoted(_ token: SQLToken) -> String {
        token.kind == .quotedIdentifier ? String(token.text.dropFirst().dropLast()) : token.text
    }

    /// The column use at token `index`, if any.
    func use(at index: Int) -> ColumnUse? {
        columnUses.first { $0.token == index }
    }

    /// Token ranges of every `clause` (at any depth), each from its keyword (`GROUP` of `GROUP BY`)
    /// up to, not including, the next clause at the same depth or the closing parenthesis.
    func clauseRanges(_ clause: Clause) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            guard opens(clause, at: index) else { index += 1; continue }
            let depth = depths[index]
            var end = index + 1
            while end < tokens.count, depths[end] >= depth, !(depths[end] == depth && clauses[end] != clause) {
                end += 1
            }
            ranges.append(index..<end)
            index = end
        }
        return ranges
    }

    /// Whether token `index` is the keyword that opens `clause`.
    func opens(_ clause: Clause, at index: Int) -> Bool {
        tokens[index].kind == .word
            && Self.clause(opening: tokens[index].upper, next: index + 1 < tokens.count ? tokens[index + 1].upper : "") == clause
    }

    /// Splits `range` at tokens where `separator` holds at the range's first depth.
    func split(_ range: Range<Int>, where separator: (Int) -> Bool) -> [Range<Int>] {
        let depth = depths[range.lowerBound]
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where depths[index] == depth && separator(index) {
            parts.append(start..<index)
            start = index + 1
        }
        parts.append(start..<range.upperBound)
        return parts.filter { !$0.isEmpty }
    }

    /// UTF-8 range of the text of tokens `range`.
    func textRange(_ range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    }

    func text(_ range: Range<Int>) -> String {
        let bytes = Array(sql.utf8)[textRange(range)]
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the outermost query orders its rows (then row order is part of its result).
    var ordersRows: Bool {
        tokens.indices.contains { depths[$0] == 0 && tokens[$0].isWord("ORDER") && clauses[$0] == .orderBy }
    }

    /// Whether the outermost query keeps only its first rows (a top-level LIMIT): then the order
    /// decides which rows are returned.
    var keepsFirstRows: Bool {
        tokens.indices.contains { depths[$0] == 0 && tokens[$0].isWord("LIMIT") && clauses[$0] == .limit }
    }

    /// Whether `other` returns what `result` of this query answers, as a negative is judged: the
    /// same rows in the same order when this query keeps its first rows, else the same rows in any
    /// order (an ORDER BY without LIMIT only presents the rows; ranks and running totals the order
    /// decides are values of the rows).
    func sameRows(_ result: ValidationResult, _ other: ValidationResult) -> Bool {
        keepsFirstRows ? other.orderedFingerprint == result.orderedFingerprint : other.fingerprint == result.fingerprint
    }

    /// Whether `other` gives the same answer as `result` of this query: the same rows, in the same
    /// order when this query orders its rows.
    func sameAnswer(_ result: ValidationResult, _ other: ValidationResult) -> Bool {
        ordersRows ? other.orderedFingerprint == result.orderedFingerprint : other.fingerprint == result.fingerprint
    }
}
