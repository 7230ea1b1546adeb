import Model
import Validation

extension EquivalentForm {
    /// `sql` with each list of two values `x IN (a, b)` written `(x = a OR x = b)` for about half
    /// of them (seeded), as analysts write both (TPC-DS q13, q48 and q85 spell out their ORs;
    /// q17 and q25 list values with IN). The same rows: `x IN (a, b)` is `x = a OR x = b` in SQL's
    /// three-valued logic, NULLs included. Applied anywhere in a query (inside subqueries and CTEs
    /// too; the generator applies it to complex queries only); the question is the same ("store
    /// state TN or SD").
    static func spelledOutLists(_ sql: String, rng: inout SeededRandom) -> String {
        let tokens = SQLLexer.tokens(in: sql)
        let bytes = Array(sql.utf8)
        func name(_ token: SQLToken) -> Bool { token.kind == .word || token.kind == .quotedIdentifier }
        func literal(_ token: SQLToken) -> Bool { token.kind == .string || token.kind == .number }
        var replacements: [(range: Range<Int>, text: String)] = []
        var index = 0
        // `alias.column IN (a, b)`: nine tokens, the column a qualified name standing alone.
        while index + 9 <= tokens.count {
            let t = tokens[index..<(index + 9)].map { $0 }
            guard name(t[0]), t[1].text == ".", name(t[2]), index == 0 || tokens[index - 1].text != ".",
                  t[3].isWord("IN"), t[4].text == "(", literal(t[5]), t[6].text == ",", literal(t[7]), t[8].text == ")" else {
                index += 1
                continue
            }
            if rng.chance(0.5) {
                let column = text(bytes, t[0].range.lowerBound..<t[2].range.upperBound)
                let first = text(bytes, t[5].range), second = text(bytes, t[7].range)
                replacements.append((t[0].range.lowerBound..<t[8].range.upperBound, "(\(column) = \(first) OR \(column) = \(second))"))
            }
            index += 9
        }
        var result = bytes
        for replacement in replacements.reversed() {
            result.replaceSubrange(replacement.range, with: Array(replacement.text.utf8))
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The text of `bytes` in `range` (UTF-8 offsets of a token).
    private static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
