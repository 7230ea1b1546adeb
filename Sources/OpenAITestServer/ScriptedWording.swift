import Foundation

/// Questions and paraphrases the scripted server writes so that they ask for what their SQL
/// returns: they name each table the SQL reads by the entity noun the prompt's schema block gives
/// it, each column it names by its label, every literal of the SQL, and "top" when it orders rows
/// (the faithfulness check of docs/llm.md passes them). Parsed from the prompt's text alone.
public enum ScriptedWording {
    /// Table name (lower case) → entity plural, from the schema block's `-- plural (one row: a singular)`
    /// line above each `CREATE TABLE`.
    public static func entities(in prompt: String) -> [String: String] {
        var result: [String: String] = [:]
        var pending: String?
        for line in prompt.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), let range = line.range(of: " (one row: ") {
                pending = String(line[line.index(line.startIndex, offsetBy: 3)..<range.lowerBound])
            } else if line.hasPrefix("CREATE TABLE "), let plural = pending {
                let name = line.dropFirst("CREATE TABLE ".count).prefix { $0 != " " && $0 != "(" }
                result[name.trimmingCharacters(in: CharacterSet(charactersIn: "\"")).lowercased()] = plural
                pending = nil
            }
        }
        return result
    }

    /// Column name (lower case) → label, from the schema block's `  name type -- "label" (class)` lines.
    public static func labels(in prompt: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in prompt.split(separator: "\n") where line.hasPrefix("  ") {
            guard let note = line.range(of: " -- \"") else { continue }
            let name = line.trimmingCharacters(in: .whitespaces).prefix { $0 != " " }.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            let label = line[note.upperBound...].prefix { $0 != "\"" }
            if result[name.lowercased()] == nil { result[name.lowercased()] = String(label) }
        }
        return result
    }

    /// A question for `sql` (of the slot `id`) that names its tables, columns, literals and ordering.
    public static func question(id: String, sql: String, prompt: String) -> String {
        let words = Set(sql.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
        let entities = entities(in: prompt)
        let labels = labels(in: prompt)
        let tables = entities.keys.sorted().filter(words.contains).compactMap { entities[$0] }
        let columns = labels.keys.sorted().filter(words.contains).compactMap { labels[$0] }
        var text = "What are the \(sql.uppercased().contains("ORDER BY") ? "top " : "")values"
        if !columns.isEmpty { text += " of " + columns.joined(separator: ", ") }
        if !tables.isEmpty { text += " for " + tables.joined(separator: " and ") }
        text += " in case \(id)"
        let values = literals(in: sql)
        if !values.isEmpty { text += ", with " + values.joined(separator: ", ") }
        return text + "?"
    }

    /// String literals (unquoted) and numbers of `sql`, in text order.
    static func literals(in sql: String) -> [String] {
        var values: [String] = []
        let pattern = #"'((?:[^']|'')*)'|(?<![A-Za-z_0-9.])(\d+(?:\.\d+)?)(?![A-Za-z_0-9])"#
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let text = sql as NSString
        for match in expression.matches(in: sql, range: NSRange(location: 0, length: text.length)) {
            for group in 1...2 where match.range(at: group).location != NSNotFound {
                // A number that is a function's argument (ROUND(x, 2), substr(d, 1, 4)) or a
                // constant select list (SELECT 1) is no value, as the literal check reads it.
                if group == 2, !isValue(before: text.substring(to: match.range(at: group).location)) { continue }
                let value = text.substring(with: match.range(at: group)).replacingOccurrences(of: "''", with: "'")
                if !value.isEmpty, !values.contains(value) { values.append(value) }
            }
        }
        return values
    }

    /// Whether a number after `prefix` is a value: not after SELECT, and after "(" or "," only in an
    /// IN list.
    static func isValue(before prefix: String) -> Bool {
        let trimmed = prefix.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.uppercased().hasSuffix("SELECT") { return false }
        guard trimmed.hasSuffix("(") || trimmed.hasSuffix(",") else { return true }
        var depth = 0
        for index in trimmed.indices.reversed() {
            let character = trimmed[index]
            if character == ")" { depth += 1 }
            if character == "(" {
                if depth == 0 {
                    let before = trimmed[..<index].trimmingCharacters(in: .whitespaces)
                    return before.uppercased().hasSuffix(" IN") || before.uppercased() == "IN"
                }
                depth -= 1
            }
        }
        return true
    }

    /// `count` rewrites of `question`, each with its own opening (far enough from the question and
    /// from each other for the distance rule).
    public static func paraphrases(of question: String, count: Int) -> [String] {
        let openings = ["Please look this up for me:", "I would like to know the following.", "Quick request for the data team:",
                        "Could you check this for me, please?", "Here is what our analysts need answered:",
                        "For the monthly review, tell me this.", "One more question from finance:", "Help me out with this one:"]
        return (0..<count).map { index in
            let opening = openings[index % openings.count]
            return index < openings.count ? "\(opening) \(question)" : "\(opening) (\(index + 1)) \(question)"
        }
    }
}
