/// The rules of standard SQL on grouped and DISTINCT queries that SQLite does not enforce, read
/// from an SQL text: PostgreSQL and DuckDB refuse a query that breaks one, SQLite runs it.
///
/// - In a SELECT core with GROUP BY or an aggregate, a column used in the result columns, HAVING
///   or ORDER BY outside an aggregate must be used by a GROUP BY term (a "bare column"; SQLite
///   takes its value from one row of the group). A GROUP BY term counts by the columns it uses, so
///   grouping by `substr(CAST(d AS TEXT), 1, 4)` lets `d` be shown; a column in a window
///   function's arguments or window counts as bare, one in an aggregate's arguments does not.
/// - In a SELECT DISTINCT, every column an ORDER BY term uses must be shown.
///
/// Columns are compared by name, and by qualifier when both sides have one; ORDER BY and HAVING
/// may name a result column's alias, and GROUP BY may group a result column by its alias. Every core is checked: CTE bodies, set-operation branches,
/// subqueries.
public enum StandardGrouping {
    typealias Expression = SQLSyntax.Expression
    /// A column as written: qualifier (lower case, nil without one) and name (lower case).
    struct Name: Hashable {
        let qualifier: String?
        let name: String
        var text: String { qualifier.map { "\($0).\(name)" } ?? name }

        func matches(_ other: Name) -> Bool {
            name == other.name && (qualifier == nil || other.qualifier == nil || qualifier == other.qualifier)
        }
    }

    /// One message per broken rule (`column t0.x is neither grouped nor aggregated`), in text
    /// order; empty when the text keeps the rules or is no SELECT the parser reads.
    public static func problems(in sql: String) -> [String] {
        var parser = SQLParser(sql: sql)
        guard let statement = try? parser.parse() else { return [] }
        return problems(statement)
    }

    static func problems(_ statement: SQLSyntax.Statement) -> [String] {
        var result = statement.ctes.flatMap { problems($0.body) }
        for (position, core) in statement.cores.enumerated() {
            result += problems(core, orderBy: statement.cores.count == 1 && position == 0 ? statement.orderBy : [])
        }
        return result
    }

    static func problems(_ core: SQLSyntax.Core, orderBy: [Expression]) -> [String] {
        var result: [String] = []
        var results: [Expression] = []
        var aliases: Set<String> = []
        var aliased: [(alias: String?, expression: Expression)] = []
        for column in core.results {
            if case let .expression(expression, alias) = column {
                results.append(expression)
                aliased.append((alias?.lowercased(), expression))
                if let alias { aliases.insert(alias.lowercased()) }
            }
        }
        // GROUP BY may name a result column by its alias (`GROUP BY band` for a CASE bucket):
        // that result is grouped whole.
        let groupedAliases = Set(core.groupBy.compactMap { term -> String? in
            if case let .column(nil, name, _, _) = term, aliases.contains(name.lowercased()) { return name.lowercased() }
            return nil
        })
        let shown = results + core.values.flatMap { $0 }
        let grouped = !core.groupBy.isEmpty || (shown + orderBy + [core.having].compactMap { $0 }).contains(where: hasAggregate)
        if grouped {
            let groupColumns = core.groupBy.flatMap(columns)
            let ungroupedResults = aliased.filter { $0.alias.map { !groupedAliases.contains($0) } ?? true }.map(\.expression)
            let named = ungroupedResults.flatMap(bare) + ([core.having].compactMap { $0 } + orderBy).flatMap(bare).filter { !($0.qualifier == nil && aliases.contains($0.name)) }
            for column in named where !groupColumns.contains(where: column.matches) {
                result.append("column \(column.text) is neither grouped nor aggregated")
            }
        }
        if core.distinct {
            let shownColumns = results.flatMap(columns)
            for term in orderBy {
                if case .integer = term { continue }
                for column in columns(term) where !(column.qualifier == nil && aliases.contains(column.name)) && !shownColumns.contains(where: column.matches) {
                    result.append("ORDER BY column \(column.text) of a SELECT DISTINCT is not shown")
                }
            }
        }
        result += nested(shown + core.groupBy + orderBy + [core.whereClause, core.having].compactMap { $0 } + core.from.compactMap(\.on))
        result += core.from.flatMap(sourceProblems)
        return result
    }

    /// The columns `expression` uses outside aggregates (subqueries are their own cores).
    static func bare(_ expression: Expression) -> [Name] {
        switch expression {
        case .literal, .integer, .subquery, .exists: return []
        case let .column(qualifier, name, _, _): return [Name(qualifier: qualifier?.lowercased(), name: name.lowercased())]
        case let .operation(_, operands), let .comparison(_, operands), let .row(operands): return operands.flatMap(bare)
        case let .inSelect(operand, _), let .inTable(operand), let .cast(operand), let .collate(operand): return bare(operand)
        case let .caseWhen(operand, branches, otherwise): return ([operand, otherwise].compactMap { $0 } + branches).flatMap(bare)
        case let .function(call):
            let window = call.over.map { $0.partition + $0.order + $0.frame } ?? []
            if StructureResolver.isAggregate(call), call.over == nil { return [] }
            return (call.arguments + call.orderBy + window).flatMap(bare)
        }
    }

    /// Every column `expression` uses (subqueries excepted).
    static func columns(_ expression: Expression) -> [Name] {
        switch expression {
        case let .function(call):
            return (call.arguments + call.orderBy + [call.filter].compactMap { $0 }
                + (call.over.map { $0.partition + $0.order + $0.frame } ?? [])).flatMap(columns)
        default: return bare(expression)
        }
    }

    static func hasAggregate(_ expression: Expression) -> Bool {
        switch expression {
        case .literal, .integer, .column, .subquery, .exists: return false
        case let .operation(_, operands), let .comparison(_, operands), let .row(operands): return operands.contains(where: hasAggregate)
        case let .inSelect(operand, _), let .inTable(operand), let .cast(operand), let .collate(operand): return hasAggregate(operand)
        case let .caseWhen(operand, branches, otherwise): return ([operand, otherwise].compactMap { $0 } + branches).contains(where: hasAggregate)
        case let .function(call):
            return (StructureResolver.isAggregate(call) && call.over == nil) || (call.arguments + call.orderBy).contains(where: hasAggregate)
        }
    }

    /// Problems of the subqueries inside `expressions`.
    static func nested(_ expressions: [Expression]) -> [String] {
        expressions.flatMap { expression -> [String] in
            switch expression {
            case .literal, .integer, .column: return []
            case let .subquery(statement), let .exists(statement): return problems(statement)
            case let .inSelect(operand, statement): return nested([operand]) + problems(statement)
            case let .operation(_, operands), let .comparison(_, operands), let .row(operands): return nested(operands)
            case let .inTable(operand), let .cast(operand), let .collate(operand): return nested([operand])
            case let .caseWhen(operand, branches, otherwise): return nested([operand, otherwise].compactMap { $0 } + branches)
            case let .function(call):
                return nested(call.arguments + call.orderBy + [call.filter].compactMap { $0 } + (call.over.map { $0.partition + $0.order + $0.frame } ?? []))
            }
        }
    }

    static func sourceProblems(_ item: SQLSyntax.FromItem) -> [String] {
        switch item.source {
        case .table: return []
        case let .subquery(statement, _): return problems(statement)
        case let .function(_, arguments, _): return nested(arguments)
        case let .nested(items): return items.flatMap(sourceProblems)
        }
    }
}
