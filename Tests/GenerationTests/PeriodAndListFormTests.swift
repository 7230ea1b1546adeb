import Foundation
import Model
import Testing
@testable import Generation
import Validation

/// A period written as the date range it spans, and a list of two values spelled out as an OR,
/// return the rows of the forms they replace (docs/analysis-families.md, "SQL forms").
@Suite struct PeriodAndListFormTests {
    @Test func dateRangesOfWholePeriodsReturnTheRowsOfCalendarParts() throws {
        let (drafts, validator, connection) = try GenerationFixture.drafts()
        defer { withExtendedLifetime(connection) {} }
        let pattern = #"(t\d+)\.d_date (?:BETWEEN '([0-9-]{10})' AND|>= '([0-9-]{10})' AND t\d+\.d_date <=) '([0-9-]{10})'"#
        var kinds: [String: Int] = [:]
        for draft in drafts {
            guard let match = draft.sql.range(of: pattern, options: .regularExpression) else { continue }
            let text = String(draft.sql[match])
            let groups = Self.groups(of: pattern, in: text)
            let alias = groups[0], first = groups[1].isEmpty ? groups[2] : groups[1], last = groups[3]
            guard !LiteralCheck.spanForms(first: first, last: last).isEmpty,
                  let from = LiteralCheck.isoDate(first), let to = LiteralCheck.isoDate(last) else { continue }
            // The same period in calendar parts, as the generator writes it otherwise.
            let parts: String
            let kind: String
            switch (from.month, to.month) {
            case (1, 12): (parts, kind) = ("\(alias).d_year = \(from.year)", "year")
            case let (start, end) where start == end: (parts, kind) = ("\(alias).d_year = \(from.year) AND \(alias).d_moy = \(start)", "month")
            default: (parts, kind) = ("\(alias).d_year = \(from.year) AND \(alias).d_qoy = \((from.month + 2) / 3)", "quarter")
            }
            // The question keeps its words ("in Q4 2001"), which state the range.
            if Self.expectSameRows(draft, draft.sql.replacingCharacters(in: match, with: parts), validator: validator) { kinds[kind, default: 0] += 1 }
        }
        #expect(kinds["year", default: 0] >= 3 && kinds["quarter", default: 0] >= 3 && kinds["month", default: 0] >= 3, "\(kinds)")
    }

    @Test func listsSpelledOutAsOrReturnTheRowsOfIn() throws {
        let (drafts, validator, connection) = try GenerationFixture.drafts()
        defer { withExtendedLifetime(connection) {} }
        let pattern = #"\((t\d+\.\w+) = ('[^']*'|[0-9.]+) OR \1 = ('[^']*'|[0-9.]+)\)"#
        var spelled = 0
        for draft in drafts {
            guard let match = draft.sql.range(of: pattern, options: .regularExpression) else { continue }
            let groups = Self.groups(of: pattern, in: String(draft.sql[match]))
            let listed = draft.sql.replacingCharacters(in: match, with: "\(groups[0]) IN (\(groups[1]), \(groups[2]))")
            if Self.expectSameRows(draft, listed, validator: validator) { spelled += 1 }
        }
        #expect(spelled >= 5, "\(spelled)")
    }

    @Test func onlyListsOfTwoValuesOfAColumnAreSpelledOut() {
        var rng = SeededRandom(seed: 3, stream: "lists")
        var seen: Set<String> = []
        for _ in 0..<20 {
            let sql = "SELECT t0.a FROM x AS t0 WHERE t0.b IN ('p', 'q') AND t0.c IN (1, 2, 3) AND t0.d = 'e IN (1, 2)'"
            seen.insert(EquivalentForm.spelledOutLists(sql, rng: &rng))
        }
        #expect(seen == ["SELECT t0.a FROM x AS t0 WHERE t0.b IN ('p', 'q') AND t0.c IN (1, 2, 3) AND t0.d = 'e IN (1, 2)'",
                         "SELECT t0.a FROM x AS t0 WHERE (t0.b = 'p' OR t0.b = 'q') AND t0.c IN (1, 2, 3) AND t0.d = 'e IN (1, 2)'"])
    }

    @Test func aDateRangeIsStatedByItsDatesOrTheWholePeriodItSpans() {
        let quarter = "SELECT 1 FROM d AS t1 WHERE t1.d_date BETWEEN '2001-10-01' AND '2001-12-31'"
        #expect(LiteralCheck.values(in: quarter) == ["2001-10-01..2001-12-31"])
        #expect(LiteralCheck.unstated(sql: quarter, question: "Sales in Q4 2001?").isEmpty)
        #expect(LiteralCheck.unstated(sql: quarter, question: "Sales between October 1, 2001 and December 31, 2001?").isEmpty)
        #expect(!LiteralCheck.unstated(sql: quarter, question: "Sales in 2001?").isEmpty)
        #expect(!LiteralCheck.unstated(sql: quarter, question: "Sales since October 1, 2001?").isEmpty)
        let month = "SELECT 1 FROM d AS t1 WHERE t1.d_date >= '2000-02-01' AND t1.d_date <= '2000-02-29' AND t1.x = 3"
        #expect(LiteralCheck.values(in: month) == ["2000-02-01..2000-02-29", "3"])
        #expect(LiteralCheck.unstated(sql: month, question: "Sales in February 2000 with x 3?").isEmpty)
        // Not a whole month (February 2001 has 28 days), nor a range of two columns.
        #expect(!LiteralCheck.unstated(sql: "SELECT 1 FROM d AS t1 WHERE t1.d_date BETWEEN '2001-02-01' AND '2001-02-27'",
                                       question: "Sales in February 2001?").isEmpty)
        #expect(LiteralCheck.values(in: "SELECT 1 FROM d AS t1 WHERE t1.a >= '2001-01-01' AND t1.b <= '2001-12-31'")
                == ["2001-01-01", "2001-12-31"])
        let year = "SELECT 1 FROM d AS t1 WHERE t1.d_date BETWEEN '1999-01-01' AND '1999-12-31'"
        #expect(LiteralCheck.unstated(sql: year, question: "Sales during 1999?").isEmpty)
    }

    /// Expects `draft`'s SQL and `other` to return the same rows and the draft's question to state
    /// every literal of its SQL; false (nothing expected) when the draft has no rows on the small
    /// test database.
    static func expectSameRows(_ draft: SQLDraft, _ other: String, validator: Validator) -> Bool {
        let shape = validator.validate(draft.sql)
        guard shape.verdict == .ok else { return false }
        let result = validator.validate(other)
        #expect(result.verdict == .ok, "\(other)")
        #expect(shape.fingerprint == result.fingerprint, "different rows:\n\(draft.sql)\n---\n\(other)")
        #expect(LiteralCheck.unstated(sql: draft.sql, question: draft.question).isEmpty, "\(draft.question)\n\(draft.sql)")
        return true
    }

    /// The capture groups of `pattern`'s first match in `text` (empty strings for groups that did not take part).
    static func groups(of pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern),
              let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return [] }
        return (1..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}
