import Model

/// Name resolution and the walk over expressions: each schema column met becomes a ``ColumnUse``
/// with the context's clause, aggregate, functions and literal comparison.
extension StructureResolver {
    static let rowidNames: Set<String> = ["rowid", "oid", "_rowid_"]

    /// What `[qualifier.]name` names, searching the context's visible scopes from the innermost
    /// (FROM sources, then the scope's own result aliases); nil when nothing has that name.
    func lookup(_ qualifier: String?, _ name: String, offset: Int, quoted: Bool,
                _ context: Context) throws(SQLStructureError) -> (resolution: Resolution, scope: Int)? {
        let lowered = name.lowercased()
        if let qualifier {
            let wanted = qualifier.lowercased()
            for scope in context.visible {
                guard let source = states[scope].sources.first(where: { $0.name == wanted })?.source else { continue }
                switch source {
                case let .table(instance, columns):
                    if let column = columns[lowered] { return (.schema(instance, ColumnRef(table: instance.table, column: column)), scope) }
                    if Self.rowidNames.contains(lowered) { return (.other, scope) }
                    throw SQLStructureError(message: "\(qualifier) (table \(instance.table)) has no column \(name)", offset: offset)
                case .derived:
                    return (.derived, scope)
                }
            }
            return nil
        }
        if context.aliasFirst,
           states[context.scope].aliases.contains(lowered) || states[context.scope].compoundNames.contains(lowered) {
            return (.other, context.scope)
        }
        for scope in context.visible {
            var unknownColumns = false
            for (_, source) in states[scope].sources {
                switch source {
                case let .table(instance, columns):
                    if let column = columns[lowered] { return (.schema(instance, ColumnRef(table: instance.table, column: column)), scope) }
                case let .derived(columns):
                    if let columns {
                        if columns.contains(lowered) { return (.derived, scope) }
                    } else {
                        unknownColumns = true
                    }
                }
            }
            if unknownColumns { return (.derived, scope) }
            if scope == context.scope, states[scope].aliases.contains(lowered) { return (.other, scope) }
        }
        if Self.rowidNames.contains(lowered) || quoted { return (.other, context.scope) }
        return nil
    }

    mutating func expression(_ expression: Expression, _ context: Context) throws(SQLStructureError) {
        switch expression {
        case .literal, .integer:
            return
        case let .column(qualifier, name, offset, quoted):
            guard let found = try lookup(qualifier, name, offset: offset, quoted: quoted, context) else {
                let message = qualifier.map { "no table or alias named \($0) for column \(name)" } ?? "no column named \(name)"
                throw SQLStructureError(message: message, offset: offset)
            }
            if case let .schema(instance, ref) = found.resolution {
                let use = ColumnUse(ref: ref, instance: instance, clause: context.clause, aggregate: context.aggregate,
                                    functions: context.functions.reversed(), comparedToLiteral: context.comparedToLiteral)
                record(use, at: offset, in: context.scope)
            }
        case let .operation(_, operands), let .row(operands):
            for operand in operands { try self.expression(operand, context) }
        case let .comparison(_, operands):
            let constant = operands.map { isConstant($0, context) }
            let variable = constant.filter { !$0 }.count
            for (position, operand) in operands.enumerated() {
                var inner = context
                inner.comparedToLiteral = context.comparedToLiteral || (variable == 1 && !constant[position])
                try self.expression(operand, inner)
            }
        case let .inSelect(operand, statement):
            try self.expression(operand, context)
            try self.statement(statement, parent: context.scope, outer: context.visible)
            try semiJoin(operand, statement, context)
        case let .inTable(operand):
            try self.expression(operand, context)
        case let .exists(statement), let .subquery(statement):
            try self.statement(statement, parent: context.scope, outer: context.visible)
        case let .function(call):
            try function(call, context)
        case let .cast(operand):
            var inner = context
            inner.functions.append("CAST")
            try self.expression(operand, inner)
        case let .collate(operand):
            try self.expression(operand, context)
        case let .caseWhen(operand, branches, otherwise):
            if let operand {
                var inner = context
                let values = stride(from: 0, to: branches.count, by: 2).map { branches[$0] }
                inner.comparedToLiteral = context.comparedToLiteral || values.allSatisfy { isConstant($0, context) }
                try self.expression(operand, inner)
            }
            for branch in branches { try self.expression(branch, context) }
            if let otherwise { try self.expression(otherwise, context) }
        }
    }

    /// Whether `call` is an aggregate (MIN and MAX with several arguments are scalar).
    static func isAggregate(_ call: SQLSyntax.FunctionCall) -> Bool {
        aggregates.contains(call.name) && !((call.name == "MIN" || call.name == "MAX") && call.arguments.count > 1)
    }

    private mutating func function(_ call: SQLSyntax.FunctionCall, _ context: Context) throws(SQLStructureError) {
        var inner = context
        if Self.isAggregate(call) {
            inner.aggregate = call.distinct ? call.name + " DISTINCT" : call.name
            if call.over == nil {
                states[context.scope].scope.hasAggregate = true
                if call.name == "COUNT", !call.distinct, call.star || call.arguments.allSatisfy({ isConstant($0, context) }) {
                    states[context.scope].scope.countsRows = true
                }
            }
        } else {
            inner.functions.append(call.name)
        }
        for argument in call.arguments { try expression(argument, inner) }
        for term in call.orderBy { try expression(term, inner) }
        if let filter = call.filter {
            var filtering = context
            filtering.clause = .filter
            try expression(filter, filtering)
        }
        if let over = call.over { try window(over, context) }
    }

    /// PARTITION BY, ORDER BY and frame expressions of a window, in clause `window`.
    mutating func window(_ window: SQLSyntax.Window, _ context: Context) throws(SQLStructureError) {
        var inner = context
        inner.clause = .window
        inner.comparedToLiteral = false
        inner.aliasFirst = false
        for expression in window.partition + window.order + window.frame { try self.expression(expression, inner) }
    }

    /// Whether `expression` is constant: literals and non-aggregate functions, operators and casts
    /// of constants (a "double-quoted" name that no column has is a string).
    func isConstant(_ expression: Expression, _ context: Context) -> Bool {
        switch expression {
        case .literal, .integer:
            return true
        case let .column(qualifier, name, offset, quoted):
            guard quoted, qualifier == nil else { return false }
            var strict = context
            strict.aliasFirst = false
            let found = (try? lookup(nil, name, offset: offset, quoted: false, strict)) ?? nil
            return found == nil
        case let .operation(_, operands), let .comparison(_, operands), let .row(operands):
            return operands.allSatisfy { isConstant($0, context) }
        case let .function(call):
            return call.over == nil && !Self.isAggregate(call) && call.arguments.allSatisfy { isConstant($0, context) }
        case let .cast(operand), let .collate(operand):
            return isConstant(operand, context)
        case let .caseWhen(operand, branches, otherwise):
            return (operand.map { isConstant($0, context) } ?? true) && branches.allSatisfy { isConstant($0, context) }
                && (otherwise.map { isConstant($0, context) } ?? true)
        case .inSelect, .inTable, .exists, .subquery:
            return false
        }
    }
}
