import Model
import SQLite

/// The recipe of each column of a table and the order in which a row's columns are filled.
///
/// Tables with a TPC-DS profile and calendar or clock tables keep ``ColumnHeuristics``' recipes in
/// column order (their data is unchanged). Other tables get values that look like their domain
/// (``DomainHeuristics``), filled so that a column comes after the columns it is derived from
/// (an e-mail after the names, a line total after quantity and price, a delivery date after the
/// shipping date).
struct ColumnRecipes {
    let recipes: [ValueRecipe]
    /// Column positions in fill order.
    let order: [Int]

    /// `window` nil keeps the TPC-DS heuristics.
    init(table: Table, shapes: [ColumnShape], rowCount: Int, window: DateWindow?) {
        let plain = table.columns.indices.map { ColumnHeuristics.recipe(for: $0, in: table, shape: shapes[$0], rowCount: rowCount) }
        guard let window, SemanticDerivation.timeDimension(of: table) == nil else {
            recipes = plain
            order = Array(table.columns.indices)
            return
        }
        let domain = DomainHeuristics(table: table, shapes: shapes, window: window)
        recipes = table.columns.indices.map { position in
            let recipe = domain.recipe(for: position) ?? ColumnRecipes.replacingGibberish(plain[position], domain: domain, position: position)
            guard case .domain(let inner, _) = recipe else { return recipe }
            return .domain(inner, limitCents: Int(min(shapes[position].decimalLimitCents, Int64(Int.max / 2))))
        }
        order = ColumnRecipes.fillOrder(recipes)
    }

    /// Domain values for what the TPC-DS heuristics make up: a syllable word becomes a name of the
    /// table's kind of row, random words a value of a small set (a dimension) or a sentence.
    static func replacingGibberish(_ recipe: ValueRecipe, domain: DomainHeuristics, position: Int) -> ValueRecipe {
        switch recipe {
        case .syllableWord, .rowWord:
            return domain.tableName
        case .sentence:
            let semantics = SemanticDerivation.resolved(domain.table.columns[position], in: domain.table)
            return semantics.role == .dimension ? .pick(CommerceVocabulary.kinds) : .domain(.sentences(1...1))
        default:
            return recipe
        }
    }

    /// Positions so that every column comes after the columns its recipe reads, otherwise in
    /// column order (a cycle, which the heuristics do not make, falls back to column order).
    static func fillOrder(_ recipes: [ValueRecipe]) -> [Int] {
        var order: [Int] = []
        var placed = [Bool](repeating: false, count: recipes.count)
        while order.count < recipes.count {
            let next = recipes.indices.first { position in
                !placed[position] && recipes[position].dependencies.allSatisfy { $0 == position || placed[$0] }
            } ?? recipes.indices.first { !placed[$0] }!
            placed[next] = true
            order.append(next)
        }
        return order
    }
}

extension ValueRecipe {
    /// A domain recipe whose amounts the column's limit bounds (set by ``ColumnRecipes``).
    static func domain(_ recipe: DomainRecipe) -> ValueRecipe { .domain(recipe, limitCents: Int.max / 2) }

    /// The columns of the same row the recipe reads.
    var dependencies: [Int] {
        switch self {
        case .email(let first, let last): return [first, last].compactMap { $0 }
        case .endDate(let start): return [start].compactMap { $0 }
        case .domain(let recipe, _): return recipe.dependencies
        default: return []
        }
    }
}

extension DomainRecipe {
    /// The columns of the same row the recipe reads.
    var dependencies: [Int] {
        switch self {
        case .email(let first, let last, let full): return [first, last, full].compactMap { $0 }
        case .website(let name): return [name].compactMap { $0 }
        case .share(let of, _, _): return [of]
        case .lineTotal(let quantity, let price, let discount): return [quantity, price, discount].compactMap { $0 }
        case .discount(let quantity, let price): return [quantity, price].compactMap { $0 }
        case .total(let add, let subtract): return add + subtract
        case .later(let after, _, _, _): return after
        case .unlessBefore(let status, _, let recipe): return [status] + recipe.dependencies
        default: return []
        }
    }
}
