@testable import Generation
import Model
import SQLite
import Testing
import Validation

/// A synthetic TPC-DS database with its validator (one SQLite connection), used by one test at a
/// time (the suite is serialized).
private struct NegativeDatabase: @unchecked Sendable {
    let validator: Validator
    let connection: Connection

    static let shared: Result<NegativeDatabase, Error> = Result {
        let (validator, connection) = try GenerationFixture.validator(schema: try GenerationFixture.schema())
        return NegativeDatabase(validator: validator, connection: connection)
    }
}

/// Negatives that are negatives: order flips only where the order decides the answer, join-key
/// swaps only between keys of one entity, and hardness measured from the result and the schema.
@Suite("Negatives that are negatives", .serialized)
struct NegativeTests {
    private static let schema = Result { try GenerationFixture.schema() }

    private func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    private func candidates(_ kind: NegativeKind, of sql: String) throws -> [String] {
        let schema = try Self.schema.get()
        let perturber = SQLPerturber(outline: QueryOutline(sql: sql, schema: schema), schema: schema) { _, _ in [] }
        return perturber.candidates(kind).map { flat($0.sql) }
    }

    private static let byState = """
        SELECT s.s_state, SUM(ss.ss_net_paid) AS total_net_paid
        FROM store_sales AS ss JOIN store AS s ON ss.ss_store_sk = s.s_store_sk
        GROUP BY s.s_state
        ORDER BY total_net_paid DESC
        """

    @Test("an ORDER BY without LIMIT only presents the rows: no flip of it; a LIMIT's order is flipped")
    func presentationOrderIsNotFlipped() throws {
        #expect(try candidates(.wrongOrderDirection, of: Self.byState).isEmpty)
        let top = Self.byState + "\nLIMIT 3"
        #expect(try candidates(.wrongOrderDirection, of: top) == [flat(top).replacingOccurrences(of: "total_net_paid DESC", with: "total_net_paid ASC")])
    }

    @Test("the order of a ranking or a running total is flipped inside its window, the outer presentation order never")
    func windowOrderIsFlipped() throws {
        let ranked = """
            SELECT s.s_state, RANK() OVER (ORDER BY SUM(ss.ss_net_paid) DESC) AS sales_rank
            FROM store_sales AS ss JOIN store AS s ON ss.ss_store_sk = s.s_store_sk
            GROUP BY s.s_state ORDER BY sales_rank
            """
        #expect(try candidates(.wrongOrderDirection, of: ranked) == [flat(ranked).replacingOccurrences(of: "DESC) AS sales_rank", with: "ASC) AS sales_rank")])
        let running = """
            SELECT d.d_date, SUM(SUM(ss.ss_net_paid)) OVER (ORDER BY d.d_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_total
            FROM store_sales AS ss JOIN date_dim AS d ON ss.ss_sold_date_sk = d.d_date_sk
            WHERE d.d_year = 2001 GROUP BY d.d_date ORDER BY d.d_date
            """
        #expect(try candidates(.wrongOrderDirection, of: running)
                == [flat(running).replacingOccurrences(of: "ORDER BY d.d_date ROWS", with: "ORDER BY d.d_date DESC ROWS")])
    }

    @Test("a candidate that returns the positive's rows in another order is the same answer unless LIMIT keeps the first rows")
    func reorderedRowsAreTheSameAnswer() throws {
        let schema = try Self.schema.get()
        let validator = try NegativeDatabase.shared.get().validator
        let flipped = Self.byState.replacingOccurrences(of: "DESC", with: "ASC")
        let outline = QueryOutline(sql: Self.byState, schema: schema)
        let positive = validator.validate(Self.byState, minRows: 0), other = validator.validate(flipped, minRows: 0)
        try #require(positive.rowCount ?? 0 >= 2 && positive.orderedFingerprint != other.orderedFingerprint)
        #expect(outline.sameRows(positive, other))
        let top = Self.byState + "\nLIMIT 1", topFlipped = flipped + "\nLIMIT 1"
        #expect(!QueryOutline(sql: top, schema: schema).sameRows(validator.validate(top, minRows: 0), validator.validate(topFlipped, minRows: 0)))
    }

    @Test("a join-key swap never equates keys of unrelated entities (inventory date = item)")
    func noUnrelatedJoinKeys() throws {
        let inventory = """
            SELECT i.i_category, SUM(inv.inv_quantity_on_hand) AS quantity_on_hand
            FROM inventory AS inv JOIN item AS i ON inv.inv_item_sk = i.i_item_sk
            WHERE inv.inv_date_sk = 2451000 GROUP BY i.i_category
            """
        #expect(try candidates(.wrongJoinKey, of: inventory).isEmpty)
        #expect(try candidates(.wrongJoinKey, of: Self.byState).isEmpty)
    }

    @Test("a join-key swap moves to the other key of the same parent: billing vs shipping customer, sold vs ship date")
    func sameParentJoinKeys() throws {
        let sql = """
            SELECT c.c_last_name, SUM(cs.cs_net_paid) AS total_net_paid
            FROM catalog_sales AS cs
            JOIN customer AS c ON cs.cs_bill_customer_sk = c.c_customer_sk
            JOIN date_dim AS d ON cs.cs_sold_date_sk = d.d_date_sk
            WHERE d.d_year = 2001 GROUP BY c.c_last_name
            """
        let swaps = try candidates(.wrongJoinKey, of: sql)
        #expect(swaps.contains(flat(sql).replacingOccurrences(of: "cs.cs_bill_customer_sk", with: "cs.cs_ship_customer_sk")))
        #expect(swaps.contains(flat(sql).replacingOccurrences(of: "cs.cs_sold_date_sk", with: "cs.cs_ship_date_sk")))
        let schema = try Self.schema.get()
        for swap in swaps {
            #expect(KeyEntity.unrelatedJoins(in: try SQLStructure.analyze(swap, schema: schema), schema: schema).isEmpty, "\(swap)")
        }
    }

    @Test("key entities: a foreign key identifies its parent, a primary key its table, other columns nothing")
    func keyEntities() throws {
        let schema = try Self.schema.get()
        #expect(KeyEntity.of(ColumnRef(table: "catalog_sales", column: "cs_ship_customer_sk"), schema: schema) == "customer")
        #expect(KeyEntity.of(ColumnRef(table: "customer", column: "c_customer_sk"), schema: schema) == "customer")
        #expect(KeyEntity.of(ColumnRef(table: "store_returns", column: "sr_ticket_number"), schema: schema) == "store_sales")
        #expect(KeyEntity.of(ColumnRef(table: "store_sales", column: "ss_net_paid"), schema: schema) == nil)
        #expect(KeyEntity.related(ColumnRef(table: "store_returns", column: "sr_ticket_number"), ColumnRef(table: "store_sales", column: "ss_ticket_number"), schema: schema))
        #expect(!KeyEntity.related(ColumnRef(table: "inventory", column: "inv_date_sk"), ColumnRef(table: "item", column: "i_item_sk"), schema: schema))
    }

    @Test("hard is measured: one edit is not hard when the schema rules the join out, the shape differs or the result is empty")
    func hardnessIsMeasured() throws {
        let schema = try Self.schema.get()
        let validator = try NegativeDatabase.shared.get().validator
        let hardness = NegativeHardness(schema: schema)
        let positive = validator.validate(Self.byState, minRows: 0)
        func hard(_ sql: String) -> Bool {
            hardness.isHard(sql: sql, edits: TokenDistance.sqlEdits(Self.byState, sql), positive: positive, negative: validator.validate(sql, minRows: 0))
        }
        // One token, same shape, a join the schema allows: hard.
        #expect(hard(Self.byState.replacingOccurrences(of: "SUM(", with: "AVG(")))
        // One token, but it equates a store key with a date key: the schema alone rules it out.
        let unrelated = Self.byState.replacingOccurrences(of: "ss.ss_store_sk", with: "ss.ss_sold_date_sk")
        #expect(TokenDistance.sqlEdits(Self.byState, unrelated) == 1 && validator.validate(unrelated, minRows: 0).verdict.isValid)
        #expect(!hard(unrelated))
        // One token more, one column more: another shape.
        #expect(!hard(Self.byState.replacingOccurrences(of: "SELECT s.s_state,", with: "SELECT s.s_state, s.s_city,")))
        // Far more or fewer rows, or none, is another shape too.
        func result(rows: Int, columns: Int) -> ValidationResult {
            var result = ValidationResult(verdict: .ok)
            result.rowCount = rows
            result.columnCount = columns
            return result
        }
        #expect(NegativeHardness.sameShape(result(rows: 10, columns: 2), result(rows: 6, columns: 2)))
        #expect(!NegativeHardness.sameShape(result(rows: 10, columns: 2), result(rows: 0, columns: 2)))
        #expect(!NegativeHardness.sameShape(result(rows: 10, columns: 2), result(rows: 21, columns: 2)))
        #expect(!NegativeHardness.sameShape(result(rows: 10, columns: 2), result(rows: 10, columns: 3)))
        // Many edits: not hard.
        #expect(!hard(Self.byState.replacingOccurrences(of: "GROUP BY", with: "WHERE ss.ss_net_paid > 10 AND ss.ss_quantity > 5 GROUP BY")))
    }
}
