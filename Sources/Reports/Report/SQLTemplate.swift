import Model
import Validation

/// The template of an SQL text: its tokens with literals and identifiers masked (docs/report.md,
/// "SQL templates"). Two SQLs share a template when they differ only in values and names.
enum SQLTemplate {
    /// String and number literals become `?` (a comma-separated run of them, as in an IN list, one
    /// `?`); identifiers (table, column and alias names, quoted or not: every word that is neither
    /// an SQLite keyword nor a function name followed by `(`) become `id`; keywords and function
    /// names are upper-cased; symbols stay. Tokens joined by one space.
    static func masked(_ sql: String) -> String {
        let tokens = SQLLexer.tokens(in: sql)
        var out: [String] = []
        for (index, token) in tokens.enumerated() {
            let piece: String
            switch token.kind {
            case .string, .number:
                piece = "?"
            case .quotedIdentifier:
                piece = "id"
            case .word:
                let isFunction = index + 1 < tokens.count && tokens[index + 1].text == "("
                piece = isFunction || SQLIdentifier.keywords.contains(token.text.lowercased()) ? token.upper : "id"
            case .symbol:
                piece = token.text
            }
            if piece == "?", out.count >= 2, out[out.count - 1] == ",", out[out.count - 2] == "?" {
                out.removeLast()
                continue
            }
            out.append(piece)
        }
        return out.joined(separator: " ")
    }

    /// Examples per window of the per-1,000 figure.
    static let window = 1_000

    /// Distinct templates in all, and per 1,000 examples: distinct templates of each consecutive
    /// window of 1,000 SQLs (in the order given), averaged over the full windows; with fewer than
    /// 1,000 SQLs, the distinct templates scaled to 1,000 (distinct × 1,000 / SQLs).
    static func distinct(_ sqls: [String]) -> (all: Int, perThousand: Double) {
        let templates = sqls.map(masked)
        let all = Set(templates).count
        guard templates.count >= window else {
            return (all, templates.isEmpty ? 0 : Double(all) * Double(window) / Double(templates.count))
        }
        let windows = templates.count / window
        let total = (0..<windows).reduce(0) { $0 + Set(templates[$1 * window..<($1 + 1) * window]).count }
        return (all, Double(total) / Double(windows))
    }
}
