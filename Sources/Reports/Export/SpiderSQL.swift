/// An example's SQL in the form Spider's parser (`process_sql.py`) reads, or the reasons it has
/// none (docs/export.md, "The Spider grammar").
///
/// The rewrite keeps the query's meaning: SELECT-list aliases are dropped and every use of one in
/// ORDER BY, GROUP BY, HAVING or WHERE is replaced by its expression, `<>` becomes `!=`, `==` `=`,
/// `INNER JOIN` `JOIN`, plain quoted names lose their quotes, SQLite's own NULL order written out
/// (`NULLS FIRST` ascending, `DESC NULLS LAST`) is left out, and the query is written on one line.
/// Constructs the grammar has no form for are reasons, never rewritten.
enum SpiderSQL {
    enum Outcome: Equatable {
        case query(String, tokens: [SQLToken])
        case inexpressible([String])
    }

    /// Keywords that may stand before `(` without being a function call.
    static let keywordsBeforeParenthesis: Set<String> = [
        "select", "from", "where", "and", "or", "not", "in", "on", "as", "join", "by", "having", "union", "intersect",
        "except", "between", "like", "distinct", "when", "then", "else", "values",
    ]

    static func convert(_ sql: String, grammar: SpiderGrammar) -> Outcome {
        guard var tokens = SQLToken.tokens(sql) else { return .inexpressible(["unterminated string or comment"]) }
        while tokens.last?.isSymbol(";") == true { tokens.removeLast() }
        tokens = withoutDefaultNullOrder(tokens)
        var reasons: [String] = []
        func reason(_ text: String) { if !reasons.contains(text) { reasons.append(text) } }
        for (index, token) in tokens.enumerated() {
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let previous = index > 0 ? tokens[index - 1] : nil
            switch token.kind {
            case .comment: reason("comment")
            case .string:
                if token.text.dropFirst().dropLast().contains(where: { $0 == "'" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\t" }) {
                    reason("string literal with a quote, tab or line break")
                }
            case .quotedIdentifier:
                let name = token.text.dropFirst().dropLast()
                if !(name.first.map { $0.isLetter || $0 == "_" } ?? false) || !name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                    reason("quoted name that needs its quotes")
                }
            case .number:
                if Double(token.text) == nil || !token.text.allSatisfy({ $0.isNumber || $0 == "." }) { reason("number \(token.text)") }
            case .symbol:
                switch token.text {
                case "||": reason("string concatenation ||")
                case "%", "&", "|", "<<", ">>", "~": reason("operator \(token.text)")
                case "-" where next?.kind == .number && (previous == nil || previous!.kind == .symbol && previous!.text != ")" || previous!.kind == .word && SpiderGrammar.stopWords.contains(previous!.lowered)):
                    reason("negative number")
                default: break
                }
            case .word:
                let word = token.lowered
                switch word {
                case "with": reason("WITH (common table expression)")
                case "over", "window": reason("window function (OVER)")
                case "case": reason("CASE expression")
                case "filter": reason("aggregate FILTER clause")
                case "left", "right", "full", "outer", "cross", "natural": reason("\(word.uppercased()) JOIN")
                case "using": reason("JOIN ... USING")
                case "is", "isnull", "notnull", "null": reason("NULL test or NULL value")
                case "exists": reason("EXISTS")
                case "all" where previous?.isWord("union") == true: reason("UNION ALL")
                case "glob", "regexp", "match", "escape", "collate": reason(word.uppercased())
                default:
                    if next?.isSymbol("(") == true, !keywordsBeforeParenthesis.contains(word), !SpiderGrammar.aggregates.contains(word) {
                        reason("function \(word)()")
                    }
                }
                if word == "in", next?.isSymbol("(") == true, index + 2 < tokens.count, !tokens[index + 2].isWord("select"),
                   listHasComma(tokens, from: index + 1) {
                    reason("IN list of several values")
                }
            }
        }
        guard reasons.isEmpty else { return .inexpressible(reasons) }
        tokens = tokens.compactMap { token in
            if token.isWord("inner") { return nil }
            if token.isSymbol("<>") { return SQLToken(kind: .symbol, text: "!=") }
            if token.isSymbol("==") { return SQLToken(kind: .symbol, text: "=") }
            if token.kind == .quotedIdentifier { return SQLToken(kind: .word, text: String(token.text.dropFirst().dropLast())) }
            return token
        }
        tokens = withoutSelectAliases(tokens, grammar: grammar)
        do {
            try grammar.check(tokens)
        } catch {
            return .inexpressible(["outside Spider's grammar: \(error.message)"])
        }
        return .query(SQLToken.render(tokens), tokens: tokens)
    }

    /// The tokens without an ORDER BY item's NULL order where it is SQLite's own (`NULLS FIRST`
    /// ascending, `NULLS LAST` after DESC), which the generator writes out for other engines: in
    /// SQLite, the engine of a Spider export, the order is the same without it. Any other NULL
    /// order stays (and is outside the grammar).
    static func withoutDefaultNullOrder(_ tokens: [SQLToken]) -> [SQLToken] {
        var result: [SQLToken] = []
        var index = 0
        while index < tokens.count {
            if tokens[index].isWord("nulls"), index + 1 < tokens.count {
                let descending = result.last?.isWord("desc") == true
                if tokens[index + 1].isWord(descending ? "last" : "first") {
                    index += 2
                    continue
                }
            }
            result.append(tokens[index])
            index += 1
        }
        return result
    }

    /// Whether the parenthesis at `open` holds a comma at its own depth.
    static func listHasComma(_ tokens: [SQLToken], from open: Int) -> Bool {
        var depth = 0
        for token in tokens[open...] {
            if token.isSymbol("(") { depth += 1 } else if token.isSymbol(")") { depth -= 1; if depth == 0 { return false } }
            if depth == 1 && token.isSymbol(",") { return true }
        }
        return false
    }

    /// Every `SELECT` list item `expr AS alias` becomes `expr`; later uses of the alias in the same
    /// query level (ORDER BY always; WHERE, GROUP BY and HAVING when no schema column has that
    /// name) become `expr`.
    static func withoutSelectAliases(_ tokens: [SQLToken], grammar: SpiderGrammar) -> [SQLToken] {
        var depths: [Int] = []
        var depth = 0
        for token in tokens {
            if token.isSymbol(")") { depth -= 1 }
            depths.append(depth)
            if token.isSymbol("(") { depth += 1 }
        }
        var output = tokens
        // Right to left, so the indexes of earlier levels stay valid as later ones change.
        for start in tokens.indices.reversed() where output[start].isWord("select") {
            let level = depths[start]
            var end = start + 1
            while end < output.count, depths[end] >= level,
                  !(depths[end] == level && ["union", "intersect", "except"].contains(where: { output[end].isWord($0) })) {
                end += 1
            }
            guard let from = (start..<end).first(where: { depths[$0] == level && output[$0].isWord("from") }) else { continue }
            var aliases: [String: [SQLToken]] = [:]
            var list: [SQLToken] = []
            var item: [SQLToken] = []
            var distinct = false
            var itemStart = start + 1
            if itemStart < from, output[itemStart].isWord("distinct") { distinct = true; itemStart += 1 }
            func close() {
                if item.count >= 3, item[item.count - 2].isWord("as"), item.last!.kind == .word {
                    aliases[item.last!.lowered] = Array(item.dropLast(2))
                    item.removeLast(2)
                }
                if !list.isEmpty { list.append(SQLToken(kind: .symbol, text: ",")) }
                list += item
                item = []
            }
            for index in itemStart..<from {
                if depths[index] == level && output[index].isSymbol(",") { close() } else { item.append(output[index]) }
            }
            close()
            guard !aliases.isEmpty else { continue }
            var rest: [SQLToken] = []
            var clause = "from"
            for index in from..<end {
                let token = output[index]
                if depths[index] == level, token.kind == .word, ["from", "where", "group", "having", "order", "limit"].contains(token.lowered) {
                    clause = token.lowered
                }
                let following = index + 1 < end ? output[index + 1] : nil
                if depths[index] == level, token.kind == .word, let expression = aliases[token.lowered],
                   following?.isSymbol("(") != true,
                   clause == "order" || clause != "from" && !grammar.isColumnName(token.lowered) {
                    rest += expression
                } else {
                    rest.append(token)
                }
            }
            output.replaceSubrange(start..<end, with: [output[start]] + (distinct ? [output[start + 1]] : []) + list + rest)
            // Depths of the replaced range no longer line up; recompute for earlier levels.
            depths = []
            depth = 0
            for token in output {
                if token.isSymbol(")") { depth -= 1 }
                depths.append(depth)
                if token.isSymbol("(") { depth += 1 }
            }
        }
        return output
    }
}
