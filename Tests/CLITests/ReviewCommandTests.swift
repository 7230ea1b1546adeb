import Foundation
import Testing
import TestSupport

/// Review round trip: a stratified sheet, decisions edited with Python's csv module, bad rows
/// refused with their lines and nothing applied, then accept / reject / edit applied and counted.
@Suite struct ReviewCommandTests {
    @Test func reviewExportIsStratifiedAndApplyRoundTrips() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        #expect(try runner.generateTPCDS("ds").status == 0)
        let exported = try runner.run("review", "export", "ds", "--sample", "12", "--out", "review.csv")
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.contains("12 examples to review"))
        let again = try runner.run("review", "export", "ds", "--sample", "12", "--out", "again.csv")
        #expect(again.status == 0)
        #expect(try runner.data("review.csv") == runner.data("again.csv"), "the same seed gives the same sheet")

        // Stratified: every complexity level is in the sample; preview rows and empty decision columns.
        let check = try runner.python("""
        import csv
        rows = list(csv.DictReader(open('review.csv', newline='')))
        assert len(rows) == 12, len(rows)
        assert list(rows[0].keys()) == ['id','complexity','category','hardness','question','sql','result_preview','decision','edited_sql','edited_question','note'], rows[0].keys()
        assert {r['complexity'] for r in rows} == {'simple','moderate','complex','highly_complex'}, {r['complexity'] for r in rows}
        assert len({r['category'] for r in rows}) >= 3
        assert all(r['decision'] == '' and r['edited_sql'] == '' for r in rows)
        assert all(r['result_preview'] for r in rows)
        print(rows[0]['id'], rows[1]['id'], rows[2]['id'], rows[3]['id'])
        """)
        #expect(check.status == 0, "\(check.stderr)")
        let ids = check.stdout.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        try #require(ids.count == 4)

        // Bad rows: invalid edited SQL, unknown id, unknown decision, edit without SQL.
        let bad = try runner.python("""
        import csv
        rows = list(csv.DictReader(open('review.csv', newline='')))
        rows[0]['decision'] = 'accept'
        rows[1]['decision'] = 'reject'
        rows[2]['decision'] = 'edit'; rows[2]['edited_sql'] = 'SELECT nope FROM item'
        rows[3]['decision'] = 'maybe'
        rows[4]['decision'] = 'edit'
        rows[5]['decision'] = 'accept'; rows[5]['id'] = 'b9999-s99'
        w = csv.DictWriter(open('bad.csv', 'w', newline=''), fieldnames=list(rows[0].keys()))
        w.writeheader(); w.writerows(rows)
        """)
        #expect(bad.status == 0, "\(bad.stderr)")
        let refused = try runner.run("review", "apply", "ds", "bad.csv")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("4 problem(s), nothing applied"), "\(refused.stderr)")
        #expect(refused.stderr.contains("the edited SQL of \(ids[2]) fails validation"))
        #expect(refused.stderr.contains("unknown decision \"maybe\""))
        #expect(refused.stderr.contains("needs edited_sql or edited_question"))
        #expect(refused.stderr.contains("unknown example id \"b9999-s99\""))
        #expect(refused.stderr.range(of: #"line [0-9]+: "#, options: .regularExpression) != nil)
        #expect(!FileManager.default.fileExists(atPath: runner.path("ds/review/decisions.jsonl")))
        #expect(!FileManager.default.fileExists(atPath: runner.path("ds/examples.reviewed.jsonl")))

        // Good rows: accept, reject, edit with valid SQL and a new question.
        let good = try runner.python("""
        import csv
        rows = list(csv.DictReader(open('review.csv', newline='')))
        rows[0]['decision'] = 'accept'
        rows[1]['decision'] = 'Reject'; rows[1]['note'] = 'vague, question says "top"'
        rows[2]['decision'] = 'edit'; rows[2]['edited_sql'] = 'SELECT i_category, COUNT(*) AS n FROM item GROUP BY i_category'
        rows[2]['edited_question'] = 'How many items are there in each category?'
        w = csv.DictWriter(open('good.csv', 'w', newline=''), fieldnames=list(rows[0].keys()))
        w.writeheader(); w.writerows(rows)
        """)
        #expect(good.status == 0, "\(good.stderr)")
        let original = try runner.data("ds/examples.jsonl")
        let total = try runner.read("ds/examples.jsonl").split(separator: "\n").count
        let applied = try runner.run("review", "apply", "ds", "good.csv")
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stdout.contains("1 accepted, 1 rejected, 1 edited; \(total - 1) examples"), "\(applied.stdout)")
        #expect(try runner.data("ds/examples.jsonl") == original, "examples.jsonl is never changed")
        let reviewed = try runner.read("ds/examples.reviewed.jsonl").split(separator: "\n")
        #expect(reviewed.count == total - 1)
        #expect(!reviewed.contains { $0.contains("\"id\":\"\(ids[1])\"") })
        let edited = try #require(reviewed.first { $0.contains("\"id\":\"\(ids[2])\"") })
        let example = try JSONSerialization.jsonObject(with: Data(edited.utf8)) as? [String: Any] ?? [:]
        #expect(example["sql"] as? String == "SELECT i_category, COUNT(*) AS n FROM item GROUP BY i_category")
        #expect(example["question"] as? String == "How many items are there in each category?")
        #expect(example["tables"] as? [String] == ["item"])
        #expect((example["constructs"] as? [String] ?? []).contains("group_by"))
        let decisions = try runner.read("ds/review/decisions.jsonl").split(separator: "\n")
        #expect(decisions.count == 3)
        #expect(decisions.contains { $0.contains("\"original_sql\"") && $0.contains("\"decision\":\"edit\"") })
        let review = try runner.json("ds/report.json")["review"] as? [String: Int] ?? [:]
        #expect(review == ["accepted": 1, "rejected": 1, "edited": 1, "recorded": 3, "examples_after_review": total - 1])

        // Applying again changes nothing but the log; a later decision wins over an earlier one.
        let undo = try runner.python("""
        import csv
        rows = list(csv.DictReader(open('review.csv', newline='')))
        rows[1]['decision'] = 'accept'
        w = csv.DictWriter(open('undo.csv', 'w', newline=''), fieldnames=list(rows[0].keys()))
        w.writeheader(); w.writerows(rows)
        """)
        #expect(undo.status == 0)
        #expect(try runner.run("review", "apply", "ds", "undo.csv").status == 0)
        #expect(try runner.read("ds/examples.reviewed.jsonl").split(separator: "\n").count == total)
        let after = try runner.json("ds/report.json")["review"] as? [String: Int] ?? [:]
        #expect(after["accepted"] == 2 && after["rejected"] == 0 && after["recorded"] == 4)
    }

    @Test func reviewCommandsRefuseBadInput() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        #expect(try runner.run("review", "export", "missing", "--sample", "3", "--out", "r.csv").status == 2)
        #expect(try runner.generateTPCDS("ds").status == 0)
        #expect(try runner.run("review", "export", "ds", "--sample", "0", "--out", "r.csv").status == 2)
        let absent = try runner.run("review", "apply", "ds", "nope.csv")
        #expect(absent.status == 2)
        #expect(absent.stderr.contains("cannot read nope.csv"))
        try runner.write("id,question\nb0001-s01,x\n", to: "headless.csv")
        let header = try runner.run("review", "apply", "ds", "headless.csv")
        #expect(header.status == 1)
        #expect(header.stderr.contains("line 1: the header lacks the column(s) decision"), "\(header.stderr)")
        try runner.write("id,decision,note\nb0001-s01,accept,\"never closed\n", to: "open.csv")
        let open = try runner.run("review", "apply", "ds", "open.csv")
        #expect(open.status == 1)
        #expect(open.stderr.contains("line 2: a quoted field is never closed"), "\(open.stderr)")
    }
}
