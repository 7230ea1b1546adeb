import Model
import Validation

/// The ways analysts write the same query (docs/analysis-families.md, "SQL forms"): a dimension
/// joined only to filter the facts becomes a semi-join (`fk IN (SELECT pk FROM dim WHERE ...)`, or
/// a correlated `EXISTS`, as the TPC-DS queries write both), and a date window is said with
/// `>=` and `<=` as often as with `BETWEEN`. Each rewrite returns exactly the rows of the original:
/// the parent side of a foreign key is unique, so filtering through a semi-join neither drops nor
/// repeats a fact row. Applied to queries of one SELECT block only (no CTE, set operation, outer
/// join or nested query), as the generator's recipes lay them out (``QueryText``).
enum EquivalentForm {
    /// How one filtering dimension is written.
    enum Filtering: CaseIterable {
        case join, inSubquery, exists
    }

    /// `sql` with each filter-only dimension of `frame` written as a join, an `IN` subquery or an
    /// `EXISTS` (seeded; no `EXISTS` at the simple level), and date windows as `BETWEEN` or two
    /// comparisons. Unchanged when its layout is not the single block the rewrite reads.
    static func rewrite(_ sql: String, frame: SlotFrame, level: ComplexityLevel, rng: inout SeededRandom) -> String {
        var lines = sql.components(separatedBy: "\n")
        guard sql.components(separatedBy: "SELECT").count == 2,
              !["WITH ", "UNION", "INTERSECT", "EXCEPT", "LEFT JOIN", "EXISTS"].contains(where: sql.contains),
              let whereIndex = lines.firstIndex(where: { $0.hasPrefix("WHERE ") }),
              var conjuncts = Self.conjuncts(String(lines[whereIndex].dropFirst("WHERE ".count))) else { return sql }
        if rng.chance(0.5) { conjuncts = conjuncts.map(Self.comparisons(ofWindow:)) }
        for instance in frame.instances.dropFirst().reversed() {
            // Simple questions stay inside Spider's grammar, which has IN subqueries but no EXISTS.
            let filtering = rng.pick(level == .simple ? [.join, .inSubquery] : Filtering.allCases)
            guard filtering != .join,
                  let joinIndex = lines.firstIndex(where: { $0.hasPrefix("JOIN ") && $0.contains(" AS \(instance.alias) ON ") }),
                  let edge = instance.edge, edge.childColumns.count == 1, let child = instance.childAlias else { continue }
            let reads = { (text: String) in Self.aliases(in: text).contains(instance.alias) }
            // A leaf read only by conditions of its own: no other line and no other join reads it.
            let elsewhere = lines.indices.contains { $0 != joinIndex && $0 != whereIndex && reads(lines[$0]) }
            let own = conjuncts.filter(reads)
            guard !elsewhere, !own.isEmpty, own.allSatisfy({ Self.aliases(in: $0) == [instance.alias] }) else { continue }
            let childColumn = "\(child).\(SQLIdentifier.quoteIfNeeded(edge.childColumns[0]))"
            let parentColumn = "\(instance.alias).\(SQLIdentifier.quoteIfNeeded(edge.parentColumns[0]))"
            let table = "\(SQLIdentifier.quoteIfNeeded(instance.table.name)) AS \(instance.alias)"
            let semiJoin = filtering == .inSubquery
                ? "\(childColumn) IN (SELECT \(parentColumn) FROM \(table) WHERE \(own.joined(separator: " AND ")))"
                : "EXISTS (SELECT 1 FROM \(table) WHERE \(parentColumn) = \(childColumn) AND \(own.joined(separator: " AND ")))"
            let first = conjuncts.firstIndex(where: reads) ?? 0
            conjuncts.removeAll(where: reads)
            conjuncts.insert(semiJoin, at: min(first, conjuncts.count))
            lines.remove(at: joinIndex)
        }
        guard let whereLine = lines.firstIndex(where: { $0.hasPrefix("WHERE ") }) else { return sql }
        lines[whereLine] = "WHERE " + conjuncts.joined(separator: " AND ")
        return lines.joined(separator: "\n")
    }

    /// The conditions of a WHERE line joined by top-level `AND`s (a `BETWEEN ... AND ...` is one);
    /// nil when parentheses or quotes do not balance.
    static func conjuncts(_ text: String) -> [String]? {
        var pieces: [String] = []
        var current = ""
        var depth = 0
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.first {
            if character == "'" { quoted.toggle() }
            if !quoted {
                if character == "(" { depth += 1 }
                if character == ")" { depth -= 1 }
                if depth == 0, characters.starts(with: " AND "), !Self.opensBetween(current) {
                    pieces.append(current)
                    current = ""
                    characters = characters.dropFirst(" AND ".count)
                    continue
                }
            }
            current.append(character)
            characters = characters.dropFirst()
        }
        guard depth == 0, !quoted, !current.isEmpty else { return nil }
        return pieces + [current]
    }

    /// Whether `condition` holds a `BETWEEN` still waiting for its `AND`.
    private static func opensBetween(_ condition: String) -> Bool {
        condition.contains(" BETWEEN ") && !condition.split(separator: " ").reversed().prefix { $0 != "BETWEEN" }.contains("AND")
    }

    /// `x BETWEEN 'a' AND 'b'` as `x >= 'a' AND x <= 'b'` for a date window (quoted bounds).
    static func comparisons(ofWindow condition: String) -> String {
        let parts = condition.components(separatedBy: " BETWEEN ")
        guard parts.count == 2, !parts[0].contains(" "), parts[1].hasPrefix("'") else { return condition }
        let bounds = parts[1].components(separatedBy: " AND ")
        guard bounds.count == 2, bounds.allSatisfy({ $0.hasPrefix("'") && $0.hasSuffix("'") }) else { return condition }
        return "\(parts[0]) >= \(bounds[0]) AND \(parts[0]) <= \(bounds[1])"
    }

    /// The table aliases (`t0`, `t1`, ...) a condition reads (a bare word `t<digits>` before a
    /// `.`, as ``SQLLexer`` reads it: never inside a string literal).
    static func aliases(in condition: String) -> [String] {
        let tokens = SQLLexer.tokens(in: condition)
        var found: [String] = []
        for (index, token) in tokens.enumerated() where token.kind == .word && index + 1 < tokens.count && tokens[index + 1].text == "."
            && token.text.count > 1 && token.text.hasPrefix("t") && token.text.dropFirst().allSatisfy(\.isNumber)
            && (index == 0 || tokens[index - 1].text != ".") && !found.contains(token.text) {
            found.append(token.text)
        }
        return found
    }
}
