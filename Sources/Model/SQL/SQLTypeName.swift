import Foundation

/// The grammar of a column type in a schema: one or more words, then optionally `(n)` or `(p, s)`,
/// e.g. `integer`, `decimal(7,2)`, `character varying (20)`. A word is a plain identifier that is
/// not an SQLite keyword (so `integer primary key` or `int) ; ATTACH ...` are refused).
public enum SQLTypeName {
    /// Whether `type` follows the grammar.
    public static func isValid(_ type: String) -> Bool {
        var rest = Substring(type.trimmingCharacters(in: .whitespaces))
        var words = 0
        while let first = rest.first, first != "(" {
            let word = rest.prefix { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
            guard !word.isEmpty, SQLIdentifier.isPlain(String(word)) else { return false }
            words += 1
            rest = rest.dropFirst(word.count).drop(while: { $0 == " " })
        }
        guard words > 0 else { return false }
        guard !rest.isEmpty else { return true }
        guard rest.first == "(", rest.last == ")" else { return false }
        let numbers = rest.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(numbers.count) else { return false }
        return numbers.allSatisfy { number in
            var digits = number.trimmingCharacters(in: .whitespaces)[...]
            if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
            return !digits.isEmpty && digits.count <= 18 && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
        }
    }
}
