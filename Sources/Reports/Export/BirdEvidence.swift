import Model

/// BIRD's `evidence`: only the outside knowledge a question leaves to the reader (docs/export.md):
/// what a flag value means and which column holds it, how a date's year or month is read from
/// the stored text, and the formula of a share, running total, above-average or per-group top.
/// Never a list of the gold's columns: only a flag mapping names a column.
struct BirdEvidence {
    let schema: Schema

    /// Evidence sentences of `example`, joined with `; ` (empty when none is needed).
    func text(for example: Example) -> String {
        sentences(for: example).joined(separator: "; ")
    }

    func sentences(for example: Example) -> [String] {
        let tokens = SQLToken.tokens(example.sql) ?? []
        var sentences: [String] = []
        func add(_ sentence: String) { if !sentences.contains(sentence) { sentences.append(sentence) } }
        for use in example.columnUses where use.clause == "filter" && schema.useClass(of: use.column) == .flag {
            guard let column = schema.table(named: use.column.table)?.column(named: use.column.column) else { continue }
            for value in Self.comparedValues(of: use.column.column, in: tokens) {
                add(Self.flagSentence(column: column, value: value))
            }
        }
        for (index, token) in tokens.enumerated() where token.isWord("strftime") && index + 2 < tokens.count && tokens[index + 2].kind == .string {
            let format = tokens[index + 2].text
            let part = ["'%Y'": "the year", "'%m'": "the month", "'%Y-%m'": "the year and month", "'%d'": "the day of the month"][format] ?? "the part \(format)"
            add("dates are stored as 'YYYY-MM-DD' text; \(part) of a date refers to strftime(\(format), date)")
        }
        if let formula = Self.formulas[example.intent] { add(formula) }
        return sentences
    }

    static let formulas: [String: String] = [
        "share_of_total": "share refers to a group's total divided by the sum of the totals of all groups",
        "running_total": "running total refers to the sum of the totals of a period and of all earlier periods",
        "above_average": "above the average refers to a group's total being greater than the average of the totals of all groups",
        "ranking_within_groups": "top N within each group refers to the rows ranked 1 to N by the total inside each group, ties sharing a rank",
    ]

    /// String literals compared with `=` to `column` (qualified or not).
    static func comparedValues(of column: String, in tokens: [SQLToken]) -> [String] {
        let name = column.lowercased()
        var values: [String] = []
        for index in tokens.indices.dropLast(2) {
            let word = tokens[index]
            guard word.kind == .word, word.lowered == name || word.lowered.hasSuffix(".\(name)"),
                  tokens[index + 1].isSymbol("="), tokens[index + 2].kind == .string else { continue }
            if !values.contains(tokens[index + 2].text) { values.append(tokens[index + 2].text) }
        }
        return values
    }

    /// `preferred customer flag 'Y' means the customer is a preferred customer; it refers to
    /// c_preferred_cust_flag = 'Y'` (from a `Y if …, else N` description).
    static func flagSentence(column: Column, value: String) -> String {
        let label = column.label ?? column.name.replacingOccurrences(of: "_", with: " ")
        let mapping = "it refers to \(column.name) = \(value)"
        if let meaning = flagMeaning(column.description) {
            let bare = value.dropFirst().dropLast()
            if bare == "Y" { return "\(label) \(value) means \(meaning); \(mapping)" }
            if bare == "N" { return "\(label) \(value) means it is not true that \(meaning); \(mapping)" }
        }
        return "\(label) \(value): \(column.description); \(mapping)"
    }

    /// `the customer is a preferred customer` from `Y if the customer is a preferred customer, else N`.
    static func flagMeaning(_ description: String) -> String? {
        guard description.hasPrefix("Y if ") else { return nil }
        var meaning = description.dropFirst(5)
        if let comma = meaning.range(of: ", else N") { meaning = meaning[..<comma.lowerBound] }
        return String(meaning)
    }
}
