import Model
import Testing
@testable import Generation

@Suite struct JoinTreeTests {
    @Test func twoEdgesIntoOneParentGetTwoAliases() throws {
        let schema = try GenerationFixture.schema()
        let sold = "catalog_sales(cs_sold_date_sk)->date_dim(d_date_sk)"
        let shipped = "catalog_sales(cs_ship_date_sk)->date_dim(d_date_sk)"
        let slot = Slot(id: "t-s01", complexity: .moderate, tables: ["catalog_sales", "date_dim"],
                        targetColumns: [ColumnRef(table: "date_dim", column: "d_year")], joinEdges: [sold, shipped])
        let tree = try #require(JoinTree.build(slot: slot, schema: schema))
        #expect(tree.root?.table.name == "catalog_sales")
        #expect(tree.nodes.count == 3)
        let from = tree.fromClause
        #expect(from.contains("JOIN date_dim AS dd ON cs.cs_sold_date_sk = dd.d_date_sk"))
        #expect(from.contains("JOIN date_dim AS dd2 ON cs.cs_ship_date_sk = dd2.d_date_sk"))
    }

    @Test func compositeKeysCompareEveryPair() throws {
        let schema = try GenerationFixture.schema()
        let edge = "catalog_returns(cr_item_sk,cr_order_number)->catalog_sales(cs_item_sk,cs_order_number)"
        let slot = Slot(id: "t-s02", complexity: .moderate, tables: ["catalog_returns", "catalog_sales"],
                        targetColumns: [], joinEdges: [edge])
        let tree = try #require(JoinTree.build(slot: slot, schema: schema))
        #expect(tree.root?.table.name == "catalog_returns")
        #expect(tree.fromClause.contains("ON cr.cr_item_sk = cs.cs_item_sk AND cr.cr_order_number = cs.cs_order_number"))
    }
}
