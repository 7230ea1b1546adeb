import Foundation
import Model
import Testing

/// A pattern compiled once answers as Foundation's `.regularExpression` search and replacement,
/// which compile it on every call.
@Suite struct TextPatternTests {
    static let texts = ["", "sold on March 5, 2001 and May 12, 1999", "1,234,567 units", "2001-03 to 2002-11", "no digits", "t1.\"a b\"",
                        "t1.ss_net_paid", "ORDER BY total desc LIMIT 10", "é 2001-0", "caf\u{E9} 1,000 naïve"]

    @Test(arguments: [(#"\d{4}-\d{2}"#, false), (#"^[A-Za-z_][A-Za-z0-9_]*\.("[^"]+"|[A-Za-z_][A-Za-z0-9_]*)$"#, false),
                      (#"ORDER\s+BY\s[^;]*\bDESC\b"#, true), (#"(\d),(\d{3})"#, false)])
    func matchesAsFoundationsSearch(pattern: String, caseInsensitive: Bool) {
        let compiled = TextPattern(pattern, caseInsensitive: caseInsensitive)
        let options: String.CompareOptions = caseInsensitive ? [.regularExpression, .caseInsensitive] : .regularExpression
        for text in Self.texts {
            #expect(compiled.matches(text) == (text.range(of: pattern, options: options) != nil), "\(pattern) in \(text)")
        }
    }

    @Test func replacesAsFoundationsReplacement() {
        let months = "(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}), (\\d{4})"
        for (pattern, template) in [(#"(\d),(\d{3})"#, "$1$2"), (months, "$2 $1 $3")] {
            let compiled = TextPattern(pattern)
            for text in Self.texts {
                #expect(compiled.replacing(in: text, with: template)
                        == text.replacingOccurrences(of: pattern, with: template, options: .regularExpression), "\(pattern) in \(text)")
            }
        }
    }

    @Test func declaredTypesKeepTheirFamily() {
        let expected: [(String, SQLTypeFamily)] = [
            ("integer", .integer), ("BIGINT", .integer), ("decimal(7,2)", .decimal), ("NUMERIC", .decimal), ("double precision", .decimal),
            ("char(16)", .text), ("varchar(50)", .text), ("CLOB", .text), ("date", .date), ("timestamp with time zone", .date),
            ("time", .time), ("blob", .other), ("", .other), ("money", .decimal), ("point", .integer), ("ïnt", .other), ("größe int", .integer),
        ]
        for (type, family) in expected { #expect(SQLTypeFamily(declaredType: type) == family, "\(type)") }
    }
}
