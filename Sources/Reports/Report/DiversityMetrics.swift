import Generation
import Model

/// Diversity figures of questions and SQL.
enum DiversityMetrics {
    /// Lower-cased word tokens of a text (letters, digits, `_`).
    static func words(_ text: String) -> [String] {
        text.lowercasedWords(joining: ["_"])
    }

    /// Distinct and total word n-grams over all `texts` (a text shorter than n counts as one n-gram).
    static func ngrams(_ texts: [String], n: Int) -> (distinct: Int, total: Int) {
        var seen: Set<String> = []
        var total = 0
        for text in texts {
            let tokens = words(text)
            guard !tokens.isEmpty else { continue }
            if tokens.count < n {
                seen.insert(tokens.joined(separator: " "))
                total += 1
                continue
            }
            for start in 0...(tokens.count - n) {
                seen.insert(tokens[start..<(start + n)].joined(separator: " "))
                total += 1
            }
        }
        return (seen.count, total)
    }

    /// Distinct SQL templates (literals replaced, white space folded, upper-cased).
    static func distinctTemplates(_ sqls: [String]) -> Int {
        Set(sqls.map(DuplicateFilter.template)).count
    }
}
