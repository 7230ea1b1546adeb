/// A cursor over the tokens of one DDL statement.
struct DDLTokens {
    let tokens: [SQLToken]
    var index = 0

    init(_ sql: String) { tokens = SQLLexer.tokens(in: sql) }

    var isAtEnd: Bool { index >= tokens.count }
    var current: SQLToken? { index < tokens.count ? tokens[index] : nil }

    func peek(_ offset: Int = 0) -> SQLToken? { index + offset < tokens.count ? tokens[index + offset] : nil }

    /// Whether the next tokens are the bare words `words` (case-insensitive).
    func at(_ words: String...) -> Bool {
        words.enumerated().allSatisfy { peek($0.offset)?.isWord($0.element) == true }
    }

    func atSymbol(_ symbol: String) -> Bool { current?.kind == .symbol && current?.text == symbol }

    /// Consumes the words `words` when they come next.
    mutating func take(_ words: String...) -> Bool {
        guard words.enumerated().allSatisfy({ peek($0.offset)?.isWord($0.element) == true }) else { return false }
        index += words.count
        return true
    }

    mutating func takeSymbol(_ symbol: String) -> Bool {
        guard atSymbol(symbol) else { return false }
        index += 1
        return true
    }

    mutating func next() -> SQLToken? {
        defer { index += 1 }
        return current
    }

    /// An identifier: a bare word or a quoted one (`"a""b"`, `` `a` ``, `[a]`), unquoted.
    mutating func identifier() -> String? {
        guard let token = current, token.kind == .word || token.kind == .quotedIdentifier else { return nil }
        index += 1
        return DDLTokens.unquote(token)
    }

    /// A possibly qualified name (`schema.table`, `db.schema.table`): its parts, unquoted.
    mutating func qualifiedName() -> [String]? {
        guard let first = identifier() else { return nil }
        var parts = [first]
        while atSymbol("."), let part = peek(1), part.kind == .word || part.kind == .quotedIdentifier {
            index += 2
            parts.append(DDLTokens.unquote(part))
        }
        return parts
    }

    /// A parenthesised, comma-separated list of identifiers (`(a, "b")`); a column's length or
    /// order after it (`a(10) DESC`, MySQL index prefixes) is skipped.
    mutating func identifierList() -> [String]? {
        guard takeSymbol("(") else { return nil }
        var names: [String] = []
        while !isAtEnd {
            guard let name = identifier() else { return nil }
            names.append(name)
            if atSymbol("(") { skipParenthesised() }
            _ = take("ASC") || take("DESC")
            if takeSymbol(",") { continue }
            return takeSymbol(")") ? names : nil
        }
        return nil
    }

    /// Skips a balanced `( ... )` group starting at the current token.
    mutating func skipParenthesised() {
        guard atSymbol("(") else { return }
        var depth = 0
        while let token = next() {
            if token.kind == .symbol, token.text == "(" { depth += 1 }
            if token.kind == .symbol, token.text == ")" { depth -= 1; if depth == 0 { return } }
        }
    }

    /// Skips tokens up to (not including) a `,` or `)` at depth 0.
    mutating func skipToElementEnd() {
        _ = collect { _, _ in false }
    }

    /// Consumes and returns the tokens up to (not including) a `,` or `)` at depth 0, or a token at
    /// depth 0 for which `stops` holds (given the cursor at that token); with `atLeastOne`, the
    /// first token is taken whatever it is (`DEFAULT NULL`).
    mutating func collect(atLeastOne: Bool = false, stops: (SQLToken, DDLTokens) -> Bool) -> [SQLToken] {
        var taken: [SQLToken] = []
        var depth = 0
        while let token = current {
            if token.kind == .symbol {
                if token.text == ")", depth == 0 { break }
                if token.text == ",", depth == 0 { break }
                if token.text == "(" { depth += 1 }
                if token.text == ")" { depth -= 1 }
            }
            if depth == 0, !(atLeastOne && taken.isEmpty), stops(token, self) { break }
            taken.append(token)
            index += 1
        }
        return taken
    }

    /// The text of a string literal token, unquoted (`''` and, in MySQL, `\'` unescaped).
    static func stringValue(_ token: SQLToken) -> String? {
        guard token.kind == .string else { return nil }
        var body = token.text.dropFirst()
        if body.last == "'" { body = body.dropLast() }
        return body.replacingOccurrences(of: "''", with: "'").replacingOccurrences(of: "\\'", with: "'")
    }

    static func unquote(_ token: SQLToken) -> String {
        guard token.kind == .quotedIdentifier, let open = token.text.first else { return token.text }
        let close: Character = open == "[" ? "]" : open
        var body = token.text.dropFirst()
        if body.last == close { body = body.dropLast() }
        return open == "[" ? String(body) : body.replacingOccurrences(of: "\(close)\(close)", with: "\(close)")
    }
}
