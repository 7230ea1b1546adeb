import Validation

/// Facts of an SQL text read from its tokens with their parenthesis depth: a top-level LIMIT,
/// whether a token sits in a window's `OVER (...)`, and the columns compared with `=` to a literal.
struct SQLTokenFacts {
    let tokens: [Validation.SQLToken]
    /// Parenthesis depth of each token (a parenthesis has its outer depth).
    let depths: [Int]
    /// Whether each token sits inside the parentheses of an `OVER (...)`.
    let inWindow: [Bool]

    init(sql: String) {
        tokens = SQLLexer.tokens(in: sql)
        var depths: [Int] = [], inWindow: [Bool] = []
        var stack: [Bool] = []
        for (index, token) in tokens.enumerated() {
            if token.text == ")", !stack.isEmpty { stack.removeLast() }
            depths.append(stack.count)
            inWindow.append(stack.contains(true))
            if token.text == "(" { stack.append(index > 0 && tokens[index - 1].isWord("OVER")) }
        }
        self.depths = depths
        self.inWindow = inWindow
    }

    /// Whether the outermost query keeps only its first rows (a LIMIT outside any parenthesis).
    var keepsFirstRows: Bool {
        tokens.indices.contains { depths[$0] == 0 && tokens[$0].isWord("LIMIT") }
    }

    /// Lower-cased names of the columns compared with `=` (or `==`) to a string or number literal,
    /// either side (`d.d_date = '2001-01-01'`, `5 = x`).
    var columnsEqualToLiteral: Set<String> {
        var names: Set<String> = []
        func isColumn(_ index: Int) -> Bool { index >= 0 && index < tokens.count && [.word, .quotedIdentifier].contains(tokens[index].kind) }
        func isLiteral(_ index: Int) -> Bool { index >= 0 && index < tokens.count && [.string, .number].contains(tokens[index].kind) }
        func name(_ index: Int) -> String {
            let token = tokens[index]
            return (token.kind == .quotedIdentifier ? String(token.text.dropFirst().dropLast()) : token.text).lowercased()
        }
        for index in tokens.indices where tokens[index].text == "=" || tokens[index].text == "==" {
            if isColumn(index - 1), isLiteral(index + 1) { names.insert(name(index - 1)) }
            if isLiteral(index - 1), isColumn(index + 1), !(index + 2 < tokens.count && tokens[index + 2].text == ".") { names.insert(name(index + 1)) }
            if isLiteral(index - 1), index + 3 < tokens.count, tokens[index + 2].text == ".", isColumn(index + 3) { names.insert(name(index + 3)) }
        }
        return names
    }

    /// Index of the first token where `other` differs from this text (case-insensitive keywords),
    /// nil when they have the same tokens.
    func firstDifference(from other: SQLTokenFacts) -> Int? {
        let count = min(tokens.count, other.tokens.count)
        if let index = (0..<count).first(where: { tokens[$0].upper != other.tokens[$0].upper }) { return index }
        return tokens.count == other.tokens.count ? nil : count
    }
}
