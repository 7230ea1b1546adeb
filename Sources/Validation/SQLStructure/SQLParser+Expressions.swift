/// Expressions by precedence climbing over SQLite's operator levels:
/// 1 OR, 2 AND, 3 NOT, 4 = == != <> IS IN LIKE GLOB MATCH REGEXP BETWEEN ISNULL NOTNULL,
/// 5 < <= > >=, 6 & | << >>, 7 + -, 8 * / %, 9 || -> ->>, then unary - + ~ and COLLATE.
extension SQLParser {
    static let likeOperators: Set<String> = ["LIKE", "GLOB", "MATCH", "REGEXP"]

    mutating func expression(_ minimum: Int = 1) throws(SQLStructureError) -> Expression {
        try enter()
        let entered = depth
        defer { depth = entered - 1 }
        var left: Expression
        if minimum <= 3, accept("NOT") {
            left = .operation("NOT", [try expression(3)])
        } else {
            left = try unary()
        }
        while let level = binaryLevel(), level >= minimum {
            if level == 4 {
                left = try comparison(left)
                try enter()
                continue
            }
            let name = tokens[position].kind == .word ? word : tokens[position].text
            position += 1
            let right = try expression(level + 1)
            if level == 5 {
                left = .comparison(name, [left, right])
                try enter()
            } else if Self.associative.contains(name), case .operation(name, var operands) = left {
                // A chain of one associative operator stays one flat node (appended in place).
                left = .literal
                operands.append(right)
                left = .operation(name, operands)
            } else {
                // Any other chain nests the tree one level deeper per operator: that counts
                // towards the depth limit.
                left = .operation(name, [left, right])
                try enter()
            }
        }
        return left
    }

    static let associative: Set<String> = ["AND", "OR", "+", "*", "||"]

    mutating func expressionList() throws(SQLStructureError) -> [Expression] {
        var list: [Expression] = []
        repeat { list.append(try expression()) } while accept(",")
        return list
    }

    /// The level of the binary (or postfix) operator at the current token, nil when there is none.
    private func binaryLevel() -> Int? {
        guard let token = current else { return nil }
        switch token.kind {
        case .word:
            switch word {
            case "OR": return 1
            case "AND": return 2
            case "IS", "IN", "BETWEEN", "ISNULL", "NOTNULL": return 4
            case let word where Self.likeOperators.contains(word): return 4
            case "NOT":
                guard position + 1 < tokens.count, tokens[position + 1].kind == .word else { return nil }
                let next = words[position + 1]
                return ["IN", "BETWEEN", "NULL"].contains(next) || Self.likeOperators.contains(next) ? 4 : nil
            default: return nil
            }
        case .symbol:
            switch token.text {
            case "=", "==", "!=", "<>": return 4
            case "<", "<=", ">", ">=": return 5
            case "&", "|", "<<", ">>": return 6
            case "+", "-": return 7
            case "*", "/", "%": return 8
            case "||", "->", "->>": return 9
            default: return nil
            }
        default:
            return nil
        }
    }

    private mutating func comparison(_ left: Expression) throws(SQLStructureError) -> Expression {
        let negated = accept("NOT")
        let prefix = negated ? "NOT " : ""
        if accept("ISNULL") { return .comparison("ISNULL", [left]) }
        if accept("NOTNULL") || (negated && accept("NULL")) { return .comparison("NOTNULL", [left]) }
        if accept("IS") {
            var name = accept("NOT") ? "IS NOT" : "IS"
            if accept("DISTINCT") {
                try expect("FROM")
                name += " DISTINCT FROM"
            }
            return .comparison(name, [left, try expression(5)])
        }
        if accept("IN") { return try inOperand(left, name: prefix + "IN") }
        if accept("BETWEEN") {
            let low = try expression(5)
            try expect("AND")
            return .comparison(prefix + "BETWEEN", [left, low, try expression(5)])
        }
        if Self.likeOperators.contains(word) {
            let name = word
            position += 1
            var operands = [left, try expression(5)]
            if accept("ESCAPE") { operands.append(try expression(5)) }
            return .comparison(prefix + name, operands)
        }
        guard let token = current, token.kind == .symbol, !negated else { throw error("expected an operator") }
        position += 1
        return .comparison(token.text, [left, try expression(5)])
    }

    /// After `IN`: `(SELECT ...)`, `(list)`, `()`, or a table or table-valued function.
    private mutating func inOperand(_ left: Expression, name: String) throws(SQLStructureError) -> Expression {
        if accept("(") {
            if startsStatement {
                let statement = try statement()
                try expect(")")
                return .inSelect(left, statement)
            }
            if accept(")") { return .comparison(name, [left]) }
            let list = try expressionList()
            try expect(")")
            return .comparison(name, [left] + list)
        }
        _ = try identifier("a list, a subquery or a table after IN")
        if accept(".") { _ = try identifier("a table name") }
        if accept("(") {
            if !accept(")") {
                _ = try expressionList()
                try expect(")")
            }
        }
        return .inTable(left)
    }

    private mutating func unary() throws(SQLStructureError) -> Expression {
        try enter()
        defer { depth -= 1 }
        if let token = current, token.kind == .symbol, ["-", "+", "~"].contains(token.text) {
            position += 1
            return .operation(token.text, [try unary()])
        }
        var expression = try primary()
        while accept("COLLATE") {
            _ = try identifier("a collation name")
            expression = .collate(expression)
        }
        return expression
    }

    private mutating func primary() throws(SQLStructureError) -> Expression {
        guard let token = current else { throw error("expected an expression") }
        switch token.kind {
        case .number:
            position += 1
            return Int(token.text).map(Expression.integer) ?? .literal
        case .string:
            position += 1
            return .literal
        case .quotedIdentifier:
            return try columnOrFunction()
        case .symbol:
            return try parenthesisedOrParameter(token)
        case .word:
            break
        }
        switch word {
        case "NULL", "TRUE", "FALSE", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP":
            position += 1
            return .literal
        case "X" where position + 1 < tokens.count && tokens[position + 1].kind == .string
            && tokens[position + 1].range.lowerBound == token.range.upperBound:
            position += 2
            return .literal
        case "CASE":
            return try caseExpression()
        case "CAST":
            position += 1
            try expect("(")
            let operand = try expression()
            try expect("AS")
            try typeName()
            try expect(")")
            return .cast(operand)
        case "EXISTS":
            position += 1
            try expect("(")
            let statement = try statement()
            try expect(")")
            return .exists(statement)
        default:
            if token.text.hasPrefix("$") {
                position += 1
                return .literal
            }
            // like(), glob(), match() and regexp() are functions too.
            if Self.reserved.contains(word), !(Self.likeOperators.contains(word) && symbol(at: position + 1) == "(") {
                throw error("expected an expression")
            }
            return try columnOrFunction()
        }
    }

    /// `( expression )`, a row value, a scalar subquery, or a parameter `?`, `?1`, `:name`, `@name`.
    private mutating func parenthesisedOrParameter(_ token: SQLToken) throws(SQLStructureError) -> Expression {
        switch token.text {
        case "(":
            position += 1
            if startsStatement {
                let statement = try statement()
                try expect(")")
                return .subquery(statement)
            }
            let list = try expressionList()
            try expect(")")
            return list.count == 1 ? list[0] : .row(list)
        case "?":
            position += 1
            if let next = current, next.kind == .number, next.range.lowerBound == token.range.upperBound { position += 1 }
            return .literal
        case ":", "@":
            position += 1
            if let next = current, next.kind == .word, next.range.lowerBound == token.range.upperBound {
                position += 1
                return .literal
            }
            throw error("expected a parameter name")
        default:
            throw error("expected an expression")
        }
    }

    /// A column reference `[schema.][table.]column` or a function call `name(...)`.
    private mutating func columnOrFunction() throws(SQLStructureError) -> Expression {
        let first = tokens[position]
        if first.kind == .word, symbol(at: position + 1) == "(" {
            position += 2
            return .function(try functionCall(name: words[position - 2]))
        }
        var parts = [try identifier("a column name")]
        while parts.count < 3, accept(".") { parts.append(try identifier("a column name")) }
        let name = parts[parts.count - 1]
        return .column(qualifier: parts.count > 1 ? parts[parts.count - 2].text : nil, name: name.text,
                       offset: parts[0].offset, quoted: parts.count == 1 && first.text.hasPrefix("\""))
    }

    /// After `name(`: arguments, `)`, then FILTER (WHERE ...) and OVER.
    private mutating func functionCall(name: String) throws(SQLStructureError) -> SQLSyntax.FunctionCall {
        var call = SQLSyntax.FunctionCall(name: name)
        if accept("*") {
            call.star = true
            try expect(")")
        } else if !accept(")") {
            if accept("DISTINCT") {
                call.distinct = true
            } else {
                _ = accept("ALL")
            }
            call.arguments = try expressionList()
            if accept("ORDER") {
                try expect("BY")
                call.orderBy = try orderingTerms()
            }
            try expect(")")
        }
        if accept("FILTER") {
            try expect("(")
            try expect("WHERE")
            call.filter = try expression()
            try expect(")")
        }
        if accept("OVER") {
            if accept("(") {
                call.over = try windowBody()
            } else {
                call.over = SQLSyntax.Window(name: try identifier("a window name").text)
            }
        }
        return call
    }

    private mutating func caseExpression() throws(SQLStructureError) -> Expression {
        position += 1
        let operand = check("WHEN") ? nil : try expression()
        var branches: [Expression] = []
        while accept("WHEN") {
            branches.append(try expression())
            try expect("THEN")
            branches.append(try expression())
        }
        if branches.isEmpty { throw error("expected WHEN") }
        let otherwise = accept("ELSE") ? try expression() : nil
        try expect("END")
        return .caseWhen(operand: operand, branches: branches, otherwise: otherwise)
    }

    /// A type name of CAST: words, then optionally `(n)` or `(n, m)`.
    private mutating func typeName() throws(SQLStructureError) {
        _ = try identifier("a type name")
        while !word.isEmpty, !Self.reserved.contains(word) { position += 1 }
        if accept("(") {
            _ = try expressionList()
            try expect(")")
        }
    }
}
