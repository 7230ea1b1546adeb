import Foundation
import Model

/// Word-level rewrites of a rendered question that keep its meaning: synonyms and other ways to
/// say comparisons, dates and amounts.
enum ParaphraseRewrites {
    /// Phrase synonyms (matched on word boundaries, lower case).
    static let synonyms: [(String, String)] = [
        ("the average ", "the mean "),
        ("the total ", "the overall "),
        ("the number of distinct ", "how many different "),
        ("the number of ", "the count of "),
        ("highest first", "largest first"),
        ("lowest first", "smallest first"),
        ("from highest to lowest", "from largest to smallest"),
        ("from lowest to highest", "from smallest to largest"),
        ("from latest to earliest", "newest first"),
        ("from earliest to latest", "oldest first"),
        ("sorted alphabetically by", "in alphabetical order of"),
        ("sorted by", "ordered by"),
        ("showing only the top", "limited to the top"),
        ("showing only the first", "keeping just the first"),
        ("for each combination of", "for every combination of"),
        ("for each", "for every"),
        ("is known", "is recorded"),
        ("keeping only those", "retaining only those"),
        (", with ", ", along with "),
        ("above-average", "higher than average"),
    ]

    /// Other ways to say comparisons and amounts.
    static let comparisons: [(String, String)] = [
        (" is at least ", " is no less than "),
        (" is at most ", " is no more than "),
        (" is above ", " is greater than "),
        (" is below ", " is less than "),
        (" is between ", " lies between "),
        (" of at least ", " of no less than "),
    ]

    static func synonymized(_ text: String) -> String {
        replacingPhrases(synonyms, in: text)
    }

    /// Comparisons reworded, thousands separators dropped and spelled dates written day first.
    static func reformattedValues(_ text: String) -> String {
        var result = replacingPhrases(comparisons, in: text)
        result = thousands.replacing(in: result, with: "$1$2")
        result = thousands.replacing(in: result, with: "$1$2")
        result = spelledDate.replacing(in: result, with: "$2 $1 $3")
        return result
    }

    /// A thousands separator between digits.
    static let thousands = TextPattern(#"(\d),(\d{3})"#)
    /// A spelled date, month first ("March 5, 2001").
    static let spelledDate = TextPattern(
        "(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}), (\\d{4})")

    /// Replaces each phrase once per occurrence, first come first served, never rewriting a
    /// replacement again.
    static func replacingPhrases(_ pairs: [(String, String)], in text: String) -> String {
        var pieces: [(text: String, done: Bool)] = [(text, false)]
        for (from, to) in pairs {
            var next: [(text: String, done: Bool)] = []
            for piece in pieces {
                guard !piece.done else { next.append(piece); continue }
                var rest = Substring(piece.text)
                var searchStart = rest.startIndex
                while let range = rest[searchStart...].range(of: from, options: .caseInsensitive) {
                    guard isWordBoundary(rest, range, phrase: from) else { searchStart = rest.index(after: range.lowerBound); continue }
                    next.append((String(rest[..<range.lowerBound]), false))
                    let original = rest[range]
                    next.append((original.first?.isUppercase == true ? English.capitalized(to) : to, true))
                    rest = rest[range.upperBound...]
                    searchStart = rest.startIndex
                }
                next.append((String(rest), false))
            }
            pieces = next
        }
        return pieces.map(\.text).joined()
    }

    /// Whether a match does not start or end inside a word (phrases that begin or end with a
    /// space carry their own boundary).
    private static func isWordBoundary(_ text: Substring, _ range: Range<Substring.Index>, phrase: String) -> Bool {
        let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
        let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
        let startsClean = phrase.first == " " || !(before?.isLetter ?? false)
        let endsClean = phrase.last == " " || !(after?.isLetter ?? false)
        return startsClean && endsClean
    }
}
