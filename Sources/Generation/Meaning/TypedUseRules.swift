import Model
import Validation

/// The typed-use table of docs/typed-uses.md as code: which clause and aggregate each column use
/// class allows.
enum TypedUseRules {
    /// A sentence naming the rule `use` breaks, nil when its class allows it.
    static func violation(of use: ColumnUse, useClass: ColumnUseClass) -> String? {
        let name = use.ref.description
        if let aggregate = use.aggregate {
            guard useClass.allowedAggregates.contains(aggregate) else {
                return "\(aggregate) of \(name) means nothing: a \(useClass.rawValue) column allows \(useClass.allowedAggregates.sorted().joined(separator: ", "))"
            }
            return nil
        }
        switch use.clause {
        case .group, .window:
            if !useClass.groups { return "grouping by \(name) means nothing: a \(useClass.rawValue) column is not grouped by" }
        case .select, .order, .having:
            if !useClass.shows { return "surrogate key \(name) is shown: keys only join or count entities" }
        case .filter:
            if useClass == .key, !use.comparedToLiteral { return nil }
            if useClass == .key { return "surrogate key \(name) is filtered by value: keys only join or count entities" }
        case .join:
            return nil
        }
        return nil
    }

    /// A dimension's number (a store's tax rate, floor space) summed or averaged in a scope that
    /// reads a fact: it is weighted by the fact's rows, which no analyst means
    /// (docs/semantic-model.md). Counting and extremes stay allowed.
    static func detailOverFacts(_ use: ColumnUse, useClass: ColumnUseClass, structure: SQLStructure, schema: Schema) -> String? {
        guard useClass == .rate, let aggregate = use.aggregate, ["AVG", "SUM", "TOTAL"].contains(aggregate),
              schema.table(named: use.ref.table)?.kind == .dimension,
              structure.scopes.indices.contains(use.instance.scope) else { return nil }
        let facts = structure.scopes[use.instance.scope].tables.filter { schema.table(named: $0.table)?.kind == .fact }
        guard let fact = facts.first else { return nil }
        return "\(aggregate) of \(use.ref) over \(fact.table) rows weighs a \(use.ref.table) detail by its facts: show or filter it, or aggregate it over \(use.ref.table) rows"
    }
}
