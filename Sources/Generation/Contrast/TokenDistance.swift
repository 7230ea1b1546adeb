import Model
import Validation

/// Lexical distances between two texts over their tokens: normalised edit distance and Jaccard
/// distance. Used to measure how far a paraphrase is from its question and how many edits a
/// negative SQL is from its positive.
public enum TokenDistance {
    /// Lower-cased word tokens of a natural-language text (letters, digits, apostrophes).
    public static func words(_ text: String) -> [String] {
        text.lowercasedWords(joining: ["'"])
    }

    /// Token-level Levenshtein distance.
    public static func edits<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Edit distance over word tokens divided by the longer token count: 0 for the same words in
    /// the same order, 1 for nothing in common.
    public static func normalizedEdits(_ a: String, _ b: String) -> Double {
        let left = words(a), right = words(b)
        let longest = max(left.count, right.count)
        return longest == 0 ? 0 : Double(edits(left, right)) / Double(longest)
    }

    /// 1 − |A∩B| / |A∪B| over the sets of word tokens.
    public static func jaccard(_ a: String, _ b: String) -> Double {
        let left = Set(words(a)), right = Set(words(b))
        let union = left.union(right).count
        return union == 0 ? 0 : 1 - Double(left.intersection(right).count) / Double(union)
    }

    /// Edits between two SQL texts over their lexical tokens (keywords compared case-insensitively).
    static func sqlEdits(_ a: String, _ b: String) -> Int {
        edits(SQLLexer.tokens(in: a).map(\.upper), SQLLexer.tokens(in: b).map(\.upper))
    }
}
