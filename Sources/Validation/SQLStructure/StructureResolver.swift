import Model

/// Walks an ``SQLSyntax/Statement`` and builds the ``QueryScope``s of ``SQLStructure``: the table
/// instances of each FROM clause, every schema column use with its clause, aggregate and functions,
/// and the join equalities.
struct StructureResolver {
    typealias Expression = SQLSyntax.Expression

    /// A FROM source of a scope: a schema table instance, or a derived table / CTE reference with
    /// its lower-cased output column names (nil when they are not known).
    enum Source {
        case table(TableInstance, columns: [String: String])
        case derived(columns: [String]?)
    }

    struct ScopeState {
        var scope: QueryScope
        /// Lower-cased alias (or name) of each source, with the source.
        var sources: [(name: String, source: Source)] = []
        /// Lower-cased aliases of the result columns.
        var aliases: Set<String> = []
        /// Lower-cased names of the result columns of a set operation's first core (its ORDER BY terms name them).
        var compoundNames: Set<String> = []
        /// Uses with their offset in the text and a sequence number (text order).
        var uses: [(offset: Int, sequence: Int, use: ColumnUse)] = []
    }

    /// How an expression is being read.
    struct Context {
        var scope: Int
        /// Scopes whose sources a column may name, innermost first.
        var visible: [Int]
        var clause: ColumnClause
        var aggregate: String?
        /// Enclosing scalar functions, outermost first.
        var functions: [String] = []
        var comparedToLiteral = false
        /// ORDER BY: a result column alias wins over a column of the same name.
        var aliasFirst = false
    }

    /// What a column name resolves to.
    enum Resolution {
        case schema(TableInstance, ColumnRef)
        /// A column of a derived table or CTE reference.
        case derived
        /// A result column alias, a rowid, or a string in double quotes.
        case other
    }

    static let aggregates: Set<String> = ["COUNT", "SUM", "AVG", "MIN", "MAX", "TOTAL", "GROUP_CONCAT", "STRING_AGG",
                                          "JSON_GROUP_ARRAY", "JSON_GROUP_OBJECT"]

    let schema: Schema
    private let mainCore: Int
    var states: [ScopeState]
    /// Common table expressions in reach, innermost last: lower-cased name and output columns.
    private var commonTables: [(name: String, columns: [String]?)] = []
    private var sequence = 0
    /// Lower-cased column name → canonical name, per schema table met so far.
    private var columnIndex: [String: [String: String]] = [:]

    init(schema: Schema, coreCount: Int, mainCore: Int) {
        self.schema = schema
        self.mainCore = mainCore
        states = (0..<coreCount).map { ScopeState(scope: QueryScope(index: $0, parent: nil)) }
    }

    /// The scope index of core `id` (cores are numbered in text order): the statement's first core
    /// is 0, the others follow in text order.
    func index(of id: Int) -> Int {
        id == mainCore ? 0 : (id < mainCore ? id + 1 : id)
    }

    /// The scopes with their uses in text order, and every use in text order.
    func finish() -> (scopes: [QueryScope], uses: [ColumnUse]) {
        var scopes: [QueryScope] = []
        var all: [(offset: Int, sequence: Int, use: ColumnUse)] = []
        for state in states {
            var scope = state.scope
            let sorted = state.uses.sorted { ($0.offset, $0.sequence) < ($1.offset, $1.sequence) }
            scope.uses = sorted.map(\.use)
            all.append(contentsOf: sorted)
            scopes.append(scope)
        }
        all.sort { ($0.offset, $0.sequence) < ($1.offset, $1.sequence) }
        return (scopes, all.map(\.use))
    }

    // MARK: Statements and cores

    /// Resolves `statement` (its CTEs, cores, ORDER BY and LIMIT); returns the output column names
    /// of its first core, lower case (nil when unknown).
    @discardableResult
    mutating func statement(_ statement: SQLSyntax.Statement, parent: Int?, outer: [Int]) throws(SQLStructureError) -> [String]? {
        let mark = commonTables.count
        defer { commonTables.removeLast(commonTables.count - mark) }
        for table in statement.ctes {
            let declared = table.columns.isEmpty ? nil : table.columns.map { $0.lowercased() }
            commonTables.append((table.name.lowercased(), declared))
            let columns = try self.statement(table.body, parent: parent, outer: outer)
            if declared == nil { commonTables[commonTables.count - 1].columns = columns }
        }
        var output: [String]?
        for (position, core) in statement.cores.enumerated() {
            let columns = try self.core(core, parent: parent, outer: outer)
            if position == 0 { output = columns }
        }
        let first = index(of: statement.cores[0].id)
        if statement.cores.count > 1 { states[first].compoundNames = Set(output ?? []) }
        if !statement.orderBy.isEmpty {
            states[first].scope.orderBy = true
            let context = Context(scope: first, visible: [first] + outer, clause: .order, aliasFirst: true)
            for term in statement.orderBy { try expression(term, context) }
        }
        let limitContext = Context(scope: first, visible: [first] + outer, clause: .filter)
        if let limit = statement.limit {
            if case let .integer(value) = limit { states[first].scope.limit = value }
            try expression(limit, limitContext)
        }
        if let offset = statement.offset { try expression(offset, limitContext) }
        return output
    }

    private mutating func core(_ core: SQLSyntax.Core, parent: Int?, outer: [Int]) throws(SQLStructureError) -> [String]? {
        let index = index(of: core.id)
        states[index].scope.parent = parent
        let visible = [index] + outer
        let items = Self.flattened(core.from)
        for item in items { try addSource(item, scope: index, outer: outer) }
        for result in core.results {
            if case let .expression(_, alias?) = result { states[index].aliases.insert(alias.lowercased()) }
        }
        let select = Context(scope: index, visible: visible, clause: .select)
        for result in core.results { try resultColumn(result, select) }
        for row in core.values {
            for value in row { try expression(value, select) }
        }
        for (position, item) in items.enumerated() {
            try joinConstraint(item, position: position, context: Context(scope: index, visible: visible, clause: .filter))
        }
        if let condition = core.whereClause {
            try conjunction(condition, Context(scope: index, visible: visible, clause: .filter))
        }
        if !core.groupBy.isEmpty {
            states[index].scope.hasGroupBy = true
            for term in core.groupBy { try expression(term, Context(scope: index, visible: visible, clause: .group)) }
        }
        if let having = core.having { try expression(having, Context(scope: index, visible: visible, clause: .having)) }
        for window in core.windows { try self.window(window, Context(scope: index, visible: visible, clause: .window)) }
        return outputColumns(core, scope: index)
    }

    private mutating func resultColumn(_ result: SQLSyntax.ResultColumn, _ context: Context) throws(SQLStructureError) {
        switch result {
        case .star:
            states[context.scope].scope.readsStar = true
            states[context.scope].scope.starInstances.append(contentsOf: states[context.scope].scope.tables)
        case let .tableStar(name, offset):
            states[context.scope].scope.readsStar = true
            let lowered = name.lowercased()
            guard let source = states[context.scope].sources.first(where: { $0.name == lowered })?.source else {
                throw SQLStructureError(message: "no table or alias named \(name) in FROM", offset: offset)
            }
            if case let .table(instance, _) = source { states[context.scope].scope.starInstances.append(instance) }
        case let .expression(expression, _):
            try self.expression(expression, context)
        }
    }

    /// Lower-cased output column names of a core (VALUES: column1, column2, ...), nil when unknown.
    private func outputColumns(_ core: SQLSyntax.Core, scope: Int) -> [String]? {
        if let row = core.values.first { return row.indices.map { "column\($0 + 1)" } }
        var names: [String] = []
        for result in core.results {
            switch result {
            case .star:
                for source in states[scope].sources {
                    guard let columns = Self.columnNames(source.source) else { return nil }
                    names.append(contentsOf: columns)
                }
            case let .tableStar(name, _):
                let lowered = name.lowercased()
                guard let source = states[scope].sources.first(where: { $0.name == lowered }),
                      let columns = Self.columnNames(source.source) else { return nil }
                names.append(contentsOf: columns)
            case let .expression(expression, alias):
                if let alias {
                    names.append(alias.lowercased())
                } else if case let .column(_, name, _, _) = expression {
                    names.append(name.lowercased())
                } else {
                    names.append("")
                }
            }
        }
        return names
    }

    private static func columnNames(_ source: Source) -> [String]? {
        switch source {
        case let .table(_, columns): return columns.keys.sorted()
        case let .derived(columns): return columns
        }
    }

    // MARK: FROM

    /// FROM items with parenthesised joins spliced in, in text order.
    private static func flattened(_ items: [SQLSyntax.FromItem]) -> [SQLSyntax.FromItem] {
        items.flatMap { item -> [SQLSyntax.FromItem] in
            guard case let .nested(inner) = item.source else { return [item] }
            var spliced = flattened(inner)
            if let on = item.on { spliced[spliced.count - 1].on = spliced[spliced.count - 1].on.map { .operation("AND", [$0, on]) } ?? on }
            spliced[spliced.count - 1].using += item.using
            return spliced
        }
    }

    private mutating func addSource(_ item: SQLSyntax.FromItem, scope: Int, outer: [Int]) throws(SQLStructureError) {
        switch item.source {
        case let .table(name, alias, offset):
            let lowered = name.lowercased()
            if let common = commonTables.last(where: { $0.name == lowered }) {
                states[scope].sources.append(((alias ?? name).lowercased(), .derived(columns: common.columns)))
                return
            }
            guard let table = schema.tables.first(where: { SQLName.same($0.name, name) }) else {
                throw SQLStructureError(message: "no table named \(name) in the schema", offset: offset)
            }
            let instance = TableInstance(scope: scope, alias: alias ?? name, table: table.name)
            states[scope].scope.tables.append(instance)
            states[scope].sources.append((instance.alias.lowercased(), .table(instance, columns: columns(of: table))))
        case let .subquery(statement, alias):
            let columns = try self.statement(statement, parent: scope, outer: outer)
            states[scope].sources.append(((alias ?? "").lowercased(), .derived(columns: columns)))
        case let .function(name, arguments, alias):
            let context = Context(scope: scope, visible: [scope] + outer, clause: .filter)
            for argument in arguments { try expression(argument, context) }
            states[scope].sources.append(((alias ?? name).lowercased(), .derived(columns: nil)))
        case .nested:
            break
        }
    }

    /// Lower-cased column name → canonical name of `table` (built once per table).
    private mutating func columns(of table: Table) -> [String: String] {
        if let known = columnIndex[table.name] { return known }
        var map: [String: String] = [:]
        for column in table.columns { map[column.name.lowercased()] = column.name }
        columnIndex[table.name] = map
        return map
    }

    /// ON terms, USING columns and NATURAL common columns of the item at `position` of its scope.
    private mutating func joinConstraint(_ item: SQLSyntax.FromItem, position: Int, context: Context) throws(SQLStructureError) {
        if let on = item.on { try conjunction(on, context) }
        var names = item.using
        if item.natural, let right = Self.columnNames(states[context.scope].sources[position].source) {
            names += right.map { SQLSyntax.Name(text: $0, offset: item.offset) }
        }
        for name in names {
            let lowered = name.text.lowercased()
            let sources = states[context.scope].sources
            let leftSide = sources[..<position].first { Self.columnNames($0.source)?.contains(lowered) ?? true }
            guard let leftSide else {
                if item.natural && item.using.allSatisfy({ $0.text.lowercased() != lowered }) { continue }
                throw SQLStructureError(message: "no table on the left of the join has a column \(name.text)", offset: name.offset)
            }
            var pair: [ColumnUse] = []
            for source in [leftSide.source, sources[position].source] {
                if case let .table(instance, columns) = source {
                    guard let column = columns[lowered] else {
                        throw SQLStructureError(message: "\(instance.table) has no column \(name.text)", offset: name.offset)
                    }
                    let use = ColumnUse(ref: ColumnRef(table: instance.table, column: column), instance: instance, clause: .join)
                    record(use, at: name.offset, in: context.scope)
                    pair.append(use)
                }
            }
            if pair.count == 2 { states[context.scope].scope.joins.append(JoinEquality(left: pair[0], right: pair[1])) }
        }
    }

    /// The top-level AND terms of a WHERE or ON condition: join equalities, else filters.
    private mutating func conjunction(_ condition: Expression, _ context: Context) throws(SQLStructureError) {
        if case let .operation("AND", operands) = condition {
            for operand in operands { try conjunction(operand, context) }
            return
        }
        if try joinEquality(condition, context) { return }
        try expression(condition, context)
    }

    /// Records `a.x = b.y` between two table instances of the scope (or a table instance and a
    /// derived table's column) as a join; false when `term` is something else.
    private mutating func joinEquality(_ term: Expression, _ context: Context) throws(SQLStructureError) -> Bool {
        guard case let .comparison(name, operands) = term, name == "=" || name == "==", operands.count == 2,
              case let .column(leftQualifier, leftName, leftOffset, leftQuoted) = operands[0],
              case let .column(rightQualifier, rightName, rightOffset, rightQuoted) = operands[1] else { return false }
        let left = try lookupOwned(leftQualifier, leftName, offset: leftOffset, quoted: leftQuoted, context)
        let right = try lookupOwned(rightQualifier, rightName, offset: rightOffset, quoted: rightQuoted, context)
        try correlation(owned: left, outer: (rightQualifier, rightName, rightOffset, rightQuoted), context)
        try correlation(owned: right, outer: (leftQualifier, leftName, leftOffset, leftQuoted), context)
        switch (left, right) {
        case let (.schema(leftInstance, leftRef)?, .schema(rightInstance, rightRef)?):
            guard leftInstance != rightInstance else { return false }
            let leftUse = ColumnUse(ref: leftRef, instance: leftInstance, clause: .join)
            let rightUse = ColumnUse(ref: rightRef, instance: rightInstance, clause: .join)
            record(leftUse, at: leftOffset, in: context.scope)
            record(rightUse, at: rightOffset, in: context.scope)
            states[context.scope].scope.joins.append(JoinEquality(left: leftUse, right: rightUse))
            return true
        case let (.schema(instance, ref)?, .derived?):
            record(ColumnUse(ref: ref, instance: instance, clause: .join), at: leftOffset, in: context.scope)
            return true
        case let (.derived?, .schema(instance, ref)?):
            record(ColumnUse(ref: ref, instance: instance, clause: .join), at: rightOffset, in: context.scope)
            return true
        default:
            return false
        }
    }

    /// Records `inner.x = outer.y` of a correlated subquery (the column `owned` of this scope's
    /// instance, the other of an enclosing scope's instance) as a correlation (the uses themselves
    /// are recorded as filters by the caller).
    private mutating func correlation(owned: Resolution?, outer: (qualifier: String?, name: String, offset: Int, quoted: Bool),
                                      _ context: Context) throws(SQLStructureError) {
        guard case let .schema(innerInstance, innerRef)? = owned, context.visible.count > 1,
              try lookupOwned(outer.qualifier, outer.name, offset: outer.offset, quoted: outer.quoted, context) == nil,
              let (resolution, scope) = try lookup(outer.qualifier, outer.name, offset: outer.offset, quoted: outer.quoted, context),
              scope != context.scope, case let .schema(outerInstance, outerRef) = resolution else { return }
        states[context.scope].scope.correlations.append(JoinEquality(left: ColumnUse(ref: innerRef, instance: innerInstance, clause: .join),
                                                                     right: ColumnUse(ref: outerRef, instance: outerInstance, clause: .join)))
    }

    /// Records `outer.fk IN (SELECT inner.pk FROM ...)` as a correlation of the subquery's scope:
    /// the operand a column of `context`'s own instance, the subquery one core selecting one column
    /// of its own instance.
    mutating func semiJoin(_ operand: Expression, _ statement: SQLSyntax.Statement, _ context: Context) throws(SQLStructureError) {
        guard statement.cores.count == 1, statement.cores[0].results.count == 1,
              case let .column(qualifier, name, offset, quoted) = operand,
              case let .schema(outerInstance, outerRef)? = try lookupOwned(qualifier, name, offset: offset, quoted: quoted, context),
              case let .expression(.column(innerQualifier, innerName, innerOffset, innerQuoted), _) = statement.cores[0].results[0] else { return }
        let inner = Context(scope: index(of: statement.cores[0].id), visible: [index(of: statement.cores[0].id)], clause: .select)
        guard case let .schema(innerInstance, innerRef)? = try lookupOwned(innerQualifier, innerName, offset: innerOffset,
                                                                            quoted: innerQuoted, inner) else { return }
        states[inner.scope].scope.correlations.append(JoinEquality(left: ColumnUse(ref: innerRef, instance: innerInstance, clause: .join),
                                                                   right: ColumnUse(ref: outerRef, instance: outerInstance, clause: .join)))
    }

    /// The resolution of a column when it belongs to a FROM source of the context's own scope
    /// (not to an outer scope, not an alias); nil otherwise.
    private func lookupOwned(_ qualifier: String?, _ name: String, offset: Int, quoted: Bool,
                             _ context: Context) throws(SQLStructureError) -> Resolution? {
        var own = context
        own.visible = [context.scope]
        own.aliasFirst = false
        guard let (resolution, scope) = try lookup(qualifier, name, offset: offset, quoted: quoted, own), scope == context.scope else {
            return nil
        }
        return resolution
    }

    mutating func record(_ use: ColumnUse, at offset: Int, in scope: Int) {
        states[scope].uses.append((offset, sequence, use))
        sequence += 1
    }
}
