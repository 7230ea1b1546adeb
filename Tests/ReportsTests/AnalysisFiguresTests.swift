import Foundation
import Model
@testable import Reports
import TestSupport
import Testing

/// The report's figures of what analysts ask, each counted on hand-made examples with at least one
/// case it must not count (docs/report.md, "Meaning figures").
@Suite struct AnalysisFiguresTests {
    private static let schema = Result { try SchemaLoader.load(path: Fixtures.tpcdsSchema).schema }

    private func quality(_ sqls: [String]) throws -> Report.QualitySection {
        let examples = sqls.enumerated().map { Builders.example("e\($0.offset)", sql: $0.element) }
        return QualityMetrics.build(examples, schema: try Self.schema.get())
    }

    private static let soldIn = "FROM store_sales AS ss JOIN date_dim AS d ON ss.ss_sold_date_sk = d.d_date_sk"

    @Test("family mix: shares per intent and the families above 2% (unknown and exactly 2% not counted)")
    func familyMix() throws {
        var examples: [Example] = []
        for (intent, count) in [("total", 50), ("top_n", 48), ("trend", 2), ("", 3)] {
            for index in 0..<count {
                var example = Builders.example("\(intent)\(index)")
                example.intent = intent
                examples.append(example)
            }
        }
        let section = QualityMetrics.build(Array(examples.prefix(100)), schema: nil)
        #expect(section.intentShares == ["total": 0.5, "top_n": 0.48, "trend": 0.02])
        #expect(section.familiesAbove2Percent == 2)
        let withUnknown = QualityMetrics.build(examples, schema: nil)
        #expect(withUnknown.intents["unknown"] == 3 && withUnknown.familiesAbove2Percent == 2)
    }

    @Test("fact examples restricted to a period: a year, a date range, a quarter name, a month sequence, a date key range")
    func factPeriods() throws {
        let section = try quality([
            "SELECT SUM(ss.ss_net_paid) AS total_net_paid \(Self.soldIn) WHERE d.d_year = 2001",
            "SELECT SUM(ss.ss_net_paid) AS total_net_paid \(Self.soldIn) WHERE d.d_date BETWEEN '2001-01-01' AND '2001-03-31'",
            "SELECT SUM(ss.ss_net_paid) AS total_net_paid \(Self.soldIn) WHERE d.d_quarter_name = '2001Q1'",
            "SELECT SUM(ss.ss_net_paid) AS total_net_paid \(Self.soldIn) WHERE d.d_month_seq BETWEEN 1200 AND 1211",
            "SELECT SUM(ss.ss_net_paid) AS total_net_paid FROM store_sales AS ss WHERE ss.ss_sold_date_sk BETWEEN 2451000 AND 2451100",
            // Not a period: a day name, a weekend flag, no filter.
            "SELECT SUM(ss.ss_net_paid) AS total_net_paid \(Self.soldIn) WHERE d.d_day_name = 'Monday'",
            "SELECT SUM(ss.ss_net_paid) AS total_net_paid \(Self.soldIn) WHERE d.d_weekend = 'Y'",
            "SELECT SUM(ss.ss_net_paid) AS total_net_paid FROM store_sales AS ss",
            // Not a fact example: a birth year is no period of a fact.
            "SELECT COUNT(*) AS customers FROM customer AS c WHERE c.c_birth_year = 1980",
        ])
        #expect(section.factExamples == 8)
        #expect(section.factExamplesWithPeriod == 5)
        #expect(section.factPeriodShare == 5.0 / 8.0)
    }

    @Test("SQL templates mask literals (an IN list as one) and identifiers, keep keywords and functions")
    func templates() throws {
        #expect(SQLTemplate.masked("select a.x, SUM(a.y) from t as a where a.y = 'v' and a.z in (1, 2, 3)")
                == "SELECT id . id , SUM ( id . id ) FROM id AS id WHERE id . id = ? AND id . id IN ( ? )")
        let same = ["SELECT s.s_state FROM store AS s WHERE s.s_city = 'Midway'", "SELECT i.i_color FROM item AS i WHERE i.i_size = 'large'"]
        #expect(SQLTemplate.distinct(same).all == 1)
        #expect(SQLTemplate.distinct(same + ["SELECT COUNT(*) FROM store AS s"]).all == 2)
        let first = (0..<1_000).map { "SELECT x\($0 % 3) FROM t WHERE y = \($0)" + String(repeating: " AND z = 1", count: $0 % 3) }
        let second = (0..<1_000).map { "SELECT x FROM t" + String(repeating: " WHERE z = 1", count: min(1, $0 % 5)) + String(repeating: " AND y = 2", count: max(0, $0 % 5 - 1)) }
        let figure = SQLTemplate.distinct(first + second + ["SELECT 1"])
        #expect(figure.perThousand == 4.0, "3 templates in the first window, 5 in the second; the partial window is left out")
        #expect(SQLTemplate.distinct(Array(same.prefix(1)) + ["SELECT COUNT(*) FROM store AS s"]).perThousand == 1_000)
        let section = try quality(same + ["SELECT COUNT(*) FROM store AS s"])
        #expect(section.sqlTemplates == 2)
    }

    @Test("grouped by a descriptive detail: a street name, a last name, an opening year; never a state or a sales year")
    func detailGroupings() throws {
        let section = try quality([
            "SELECT ca.ca_street_name, COUNT(*) AS customers FROM customer AS c JOIN customer_address AS ca ON c.c_current_addr_sk = ca.ca_address_sk GROUP BY ca.ca_street_name",
            "SELECT c.c_last_name, COUNT(*) AS customers FROM customer AS c GROUP BY c.c_last_name",
            "SELECT d.d_year, COUNT(*) AS call_centers FROM call_center AS cc JOIN date_dim AS d ON cc.cc_open_date_sk = d.d_date_sk GROUP BY d.d_year",
            "SELECT ca.ca_state, COUNT(*) AS customers FROM customer AS c JOIN customer_address AS ca ON c.c_current_addr_sk = ca.ca_address_sk GROUP BY ca.ca_state",
            "SELECT d.d_year, SUM(ss.ss_net_paid) AS total_net_paid \(Self.soldIn) GROUP BY d.d_year",
            "SELECT c.c_first_name, c.c_last_name FROM customer AS c WHERE c.c_birth_year = 1980",
            // Grouped by country, the opening date only filtered (a semi-join of the calendar).
            "SELECT t0.web_country, COUNT(*) AS total FROM web_site AS t0 WHERE EXISTS (SELECT 1 FROM date_dim AS t1 WHERE t1.d_date_sk = t0.web_open_date_sk AND t1.d_current_quarter = 'N') GROUP BY t0.web_country",
        ])
        #expect(section.examplesGroupedByDetail == 3)
    }

    @Test("AVG or SUM of a dimension's number over fact rows, not over the dimension's own rows nor of a fact measure")
    func dimensionAttributes() throws {
        let join = "FROM catalog_sales AS cs JOIN call_center AS cc ON cs.cs_call_center_sk = cc.cc_call_center_sk"
        let section = try quality([
            "SELECT AVG(cc.cc_tax_percentage) AS average_tax_percentage \(join)",
            "SELECT cc.cc_name, SUM(cc.cc_employees) AS total_employees \(join) GROUP BY cc.cc_name",
            "SELECT AVG(cc.cc_tax_percentage) AS average_tax_percentage FROM call_center AS cc",
            "SELECT AVG(cs.cs_sales_price) AS average_sales_price \(join) WHERE cc.cc_state = 'TX'",
        ])
        #expect(section.examplesAggregatingDimensionAttribute == 2)
    }

    @Test("snapshot measures: inventory is a periodic snapshot; summed over all dates counted, one date or per date not")
    func snapshotSums() throws {
        let facts = SchemaFacts(schema: try Self.schema.get())
        #expect(facts.snapshots == ["inventory"])
        let item = "FROM inventory AS inv JOIN item AS i ON inv.inv_item_sk = i.i_item_sk"
        let dated = "FROM inventory AS inv JOIN date_dim AS d ON inv.inv_date_sk = d.d_date_sk"
        let section = try quality([
            "SELECT i.i_category, SUM(inv.inv_quantity_on_hand) AS quantity_on_hand \(item) GROUP BY i.i_category",
            "SELECT SUM(inv.inv_quantity_on_hand) AS quantity_on_hand \(dated) WHERE d.d_year = 2001",
            "SELECT SUM(inv.inv_quantity_on_hand) AS quantity_on_hand \(dated) WHERE d.d_date = '2001-01-04'",
            "SELECT d.d_date, SUM(inv.inv_quantity_on_hand) AS quantity_on_hand \(dated) GROUP BY d.d_date",
            "SELECT SUM(inv.inv_quantity_on_hand) AS quantity_on_hand FROM inventory AS inv WHERE inv.inv_date_sk = 2451000",
            "SELECT AVG(inv.inv_quantity_on_hand) AS average_quantity_on_hand FROM inventory AS inv",
            "SELECT SUM(ss.ss_quantity) AS total_quantity FROM store_sales AS ss",
        ])
        #expect(section.snapshotExamples == 6)
        #expect(section.snapshotSumsOverDates == 2, "over all dates, and over a year's snapshots")
    }

    @Test("top-N lists that return only numbers (aggregates, measures, rates): counted; showing what is ranked, or without LIMIT: not")
    func topNWithoutEntity() throws {
        let from = "FROM store_sales AS ss JOIN store AS s ON ss.ss_store_sk = s.s_store_sk"
        let section = try quality([
            "SELECT SUM(ss.ss_net_paid) AS total_net_paid \(from) GROUP BY s.s_store_name ORDER BY total_net_paid DESC LIMIT 5",
            "SELECT s.s_store_name, SUM(ss.ss_net_paid) AS total_net_paid \(from) GROUP BY s.s_store_name ORDER BY total_net_paid DESC LIMIT 5",
            "SELECT SUM(ss.ss_net_paid) AS total_net_paid \(from) GROUP BY s.s_store_name ORDER BY total_net_paid DESC",
            "SELECT cc.cc_tax_percentage, cc.cc_employees FROM call_center AS cc ORDER BY cc.cc_employees DESC LIMIT 5",
            "SELECT cc.cc_name, cc.cc_employees FROM call_center AS cc ORDER BY cc.cc_employees DESC LIMIT 5",
            "SELECT d.d_year, SUM(ss.ss_net_paid) AS total_net_paid \(Self.soldIn) GROUP BY d.d_year ORDER BY total_net_paid DESC LIMIT 3",
        ])
        #expect(section.topNWithoutEntity == 2, "the ranked sums of unnamed stores, the employees of unnamed call centers")
    }

    @Test("aggregate aliases that contradict the aggregate; consistent aliases and ratios are not")
    func contradictingAliases() throws {
        #expect(AggregateAliasCheck.contradictions(in: "SELECT AVG(ss.ss_net_paid) AS total FROM store_sales AS ss") == ["AVG AS total"])
        #expect(AggregateAliasCheck.contradictions(in: "SELECT COUNT(*) AS average_2 FROM store_sales") == ["COUNT AS average_2"])
        #expect(AggregateAliasCheck.contradictions(in: "SELECT s.s_state, SUM(ss.ss_net_paid) AS average FROM store_sales AS ss") == ["SUM AS average"])
        let section = try quality([
            "SELECT AVG(ss.ss_net_paid) AS total FROM store_sales AS ss",
            "SELECT MAX(ss.ss_net_paid) AS lowest_net_paid FROM store_sales AS ss",
            "SELECT SUM(ss.ss_net_paid) AS total_net_paid, COUNT(*) AS total_sales, AVG(ss.ss_quantity) AS average_quantity FROM store_sales AS ss",
            "SELECT SUM(ss.ss_net_paid) / COUNT(*) AS average_net_paid FROM store_sales AS ss",
            "SELECT SUM(ss.ss_net_paid) OVER (ORDER BY ss.ss_sold_date_sk) AS running_average FROM store_sales AS ss",
        ])
        #expect(section.contradictingAggregateAliases == 2)
    }

    @Test("negatives: ORDER BY flips without LIMIT or ranking, and join-key swaps equating unrelated keys, are counted")
    func negatives() throws {
        let byState = "SELECT s.s_state, SUM(ss.ss_net_paid) AS total_net_paid FROM store_sales AS ss JOIN store AS s ON ss.ss_store_sk = s.s_store_sk GROUP BY s.s_state ORDER BY total_net_paid"
        let ranked = "SELECT s.s_state, RANK() OVER (ORDER BY SUM(ss.ss_net_paid)) AS sales_rank FROM store_sales AS ss JOIN store AS s ON ss.ss_store_sk = s.s_store_sk GROUP BY s.s_state"
        let inventory = "SELECT i.i_category, SUM(inv.inv_quantity_on_hand) AS quantity_on_hand FROM inventory AS inv JOIN item AS i ON inv.inv_item_sk = i.i_item_sk WHERE inv.inv_date_sk = 2451000 GROUP BY i.i_category"
        let billing = "SELECT c.c_last_name, SUM(cs.cs_net_paid) AS total_net_paid FROM catalog_sales AS cs JOIN customer AS c ON cs.cs_bill_customer_sk = c.c_customer_sk GROUP BY c.c_last_name"
        func negative(_ sql: String, _ kind: NegativeKind) -> Negative {
            Negative(sql: sql, kind: kind.rawValue, hard: false, edits: 1, fingerprint: "n", orderedFingerprint: "n", rows: 1)
        }
        var presented = Builders.example("p", sql: byState)
        presented.negatives = [negative(byState + " DESC", .wrongOrderDirection)]
        var limited = Builders.example("l", sql: byState + " LIMIT 3")
        limited.negatives = [negative(byState + " DESC LIMIT 3", .wrongOrderDirection)]
        var window = Builders.example("w", sql: ranked)
        window.negatives = [negative(ranked.replacingOccurrences(of: "SUM(ss.ss_net_paid))", with: "SUM(ss.ss_net_paid) DESC)"), .wrongOrderDirection)]
        var unrelated = Builders.example("u", sql: inventory)
        unrelated.negatives = [negative(inventory.replacingOccurrences(of: "ON inv.inv_item_sk", with: "ON inv.inv_date_sk"), .wrongJoinKey)]
        var related = Builders.example("r", sql: billing)
        related.negatives = [negative(billing.replacingOccurrences(of: "cs_bill_customer_sk", with: "cs_ship_customer_sk"), .wrongJoinKey)]
        let section = QualityMetrics.build([presented, limited, window, unrelated, related], schema: try Self.schema.get())
        #expect(section.orderFlipNegativesWithoutRanking == 1)
        #expect(section.joinKeyNegatives == 2)
        #expect(section.joinKeyNegativesUnrelated == 1)
    }

    @Test("the new figures are written to report.json under their documented names")
    func jsonNames() throws {
        let section = try quality(["SELECT AVG(ss.ss_net_paid) AS total FROM store_sales AS ss"])
        let json = String(decoding: try JSONEncoder().encode(section), as: UTF8.self)
        for name in ["intent_shares", "families_above_2_percent", "sql_templates", "sql_templates_per_1000_examples", "fact_examples",
                     "fact_examples_with_period", "fact_period_share", "examples_grouped_by_detail", "examples_aggregating_dimension_attribute",
                     "snapshot_examples", "snapshot_sums_over_dates", "top_n_without_entity", "contradicting_aggregate_aliases",
                     "order_flip_negatives_without_ranking", "join_key_negatives", "join_key_negatives_unrelated"] {
            #expect(json.contains("\"\(name)\""), "\(name)")
        }
    }
}
