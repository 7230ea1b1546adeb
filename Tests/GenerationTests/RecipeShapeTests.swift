import Foundation
import Model
import Testing
@testable import Generation
import Validation

/// The second SQL shapes of the above-average, share-of-total and ranking-within-groups families
/// occur beside the first and return the rows of a form written independently here
/// (docs/analysis-families.md, "Families").
@Suite struct RecipeShapeTests {
    @Test func shapesOfTheThreeFamiliesReturnTheRowsOfTheirReferenceForms() throws {
        let (drafts, validator, connection) = try GenerationFixture.drafts(attempts: 3)
        defer { withExtendedLifetime(connection) {} }
        var shapes: [String: Int] = [:]
        func same(_ sql: String, _ reference: String, _ name: String) {
            // Drafts without rows on the small test database (no group above the average) say nothing.
            let shape = validator.validate(sql)
            guard shape.verdict == .ok else { return }
            let other = validator.validate(reference)
            #expect(other.verdict == .ok, "\(sql)\n---\n\(reference)")
            #expect(shape.fingerprint == other.fingerprint, "different rows:\n\(sql)\n---\n\(reference)")
            shapes[name, default: 0] += 1
        }
        for draft in drafts {
            let sql = draft.sql
            let lines = sql.components(separatedBy: "\n")
            switch draft.shape {
            case "complex.above_average" where sql.hasPrefix("WITH per_group AS"):
                shapes["above_average.cte", default: 0] += 1
            case "complex.above_average" where sql.contains("\nHAVING "):
                // The groups and their totals, kept where the total is above the average total.
                guard let having = lines.firstIndex(where: { $0.hasPrefix("HAVING ") }),
                      let close = lines.firstIndex(of: ") AS per_group)"),
                      let average = lines[having].range(of: #"AVG\(\w+\)"#, options: .regularExpression) else { Issue.record("\(sql)"); continue }
                let figure = lines[having][average].dropFirst(4).dropLast()
                let grouped = (lines[..<having] + lines[(close + 1)...].filter { !$0.hasPrefix("ORDER BY ") }).joined(separator: "\n")
                same(sql, "SELECT * FROM (\n\(grouped)\n) AS g WHERE \(figure) > (SELECT AVG(\(figure)) FROM (\n\(grouped)\n) AS a)",
                     "above_average.having")
            case "complex.share_of_total" where sql.hasPrefix("WITH per_group AS"):
                // The window over the grouped facts, as the first shape writes it.
                guard let body = lines.firstIndex(of: ")").map({ Array(lines[1..<$0]) }),
                      let total = body[0].range(of: #"AS grp(_\d+)?, (.+?) AS total(, |$)"#, options: .regularExpression) else {
                    Issue.record("\(sql)")
                    continue
                }
                let aggregate = String(body[0][total]).replacingOccurrences(of: #"^AS grp(_\d+)?, "#, with: "", options: .regularExpression)
                    .replacingOccurrences(of: #" AS total(, )?$"#, with: "", options: .regularExpression)
                let first = body[0].replacingOccurrences(of: "\(aggregate) AS total", with: "\(aggregate) AS total, CAST(\(aggregate) AS REAL) / SUM(\(aggregate)) OVER () AS share")
                let tail = lines.filter { $0.hasPrefix("ORDER BY ") || $0.hasPrefix("LIMIT ") }
                same(sql, ([first] + body.dropFirst() + tail).joined(separator: "\n"), "share_of_total.cte")
            case "complex.share_of_total":
                shapes["share_of_total.window", default: 0] += 1
            case "highly_complex.ranking_within_groups" where sql.hasPrefix("WITH ranked AS"):
                shapes["ranking_within_groups.cte", default: 0] += 1
            case "highly_complex.ranking_within_groups":
                // The ranked groups in a CTE.
                guard let open = lines.firstIndex(of: "FROM ("), let close = lines.firstIndex(of: ") AS ranked") else { Issue.record("\(sql)"); continue }
                let cte = "WITH ranked AS (\n" + lines[(open + 1)..<close].joined(separator: "\n") + "\n)\n"
                same(sql, cte + (lines[..<open] + ["FROM ranked"] + lines[(close + 1)...]).joined(separator: "\n"), "ranking_within_groups.derived")
            default:
                continue
            }
        }
        for shape in ["above_average.cte", "above_average.having", "share_of_total.window", "share_of_total.cte",
                      "ranking_within_groups.cte", "ranking_within_groups.derived"] {
            #expect(shapes[shape, default: 0] >= 2, "\(shape): \(shapes)")
        }
    }
}
