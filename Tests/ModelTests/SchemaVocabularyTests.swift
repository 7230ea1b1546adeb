import Testing
@testable import Model

@Suite struct SchemaVocabularyTests {
    private static let sales = Table(
        name: "web_sales", kind: .fact, subjectArea: "web", description: "", primaryKey: [],
        columns: [
            Column(name: "ws_sold_date_sk", type: "integer", role: .foreignKey),
            Column(name: "ws_ship_date_sk", type: "integer", role: .foreignKey),
            Column(name: "ws_bill_customer_sk", type: "integer", role: .foreignKey),
            Column(name: "ws_customer_sk", type: "integer", role: .foreignKey),
            Column(name: "ws_ext_sales_price", type: "decimal(7,2)", role: .measure),
            Column(name: "ws_order_number", type: "integer", role: .identifier),
            Column(name: "ws_net_paid_inc_tax", type: "decimal(7,2)", role: .measure),
        ])
    private static let customers = Table(
        name: "customers", kind: .dimension, subjectArea: "", description: "", primaryKey: ["customer_id"],
        columns: [
            Column(name: "customer_id", type: "integer", role: .key),
            Column(name: "customer_name", type: "text"),
            Column(name: "customer_addr_no", type: "integer"),
        ])
    private static let orderLines = Table(
        name: "OrderLines", kind: .fact, subjectArea: "", description: "", primaryKey: [],
        columns: [
            Column(name: "CustomerID", type: "integer", role: .foreignKey),
            Column(name: "ShipDt", type: "date", role: .date),
            Column(name: "XMLPayload", type: "text"),
            Column(name: "UnitPriceAmt", type: "decimal"),
            Column(name: "address2", type: "text"),
        ])
    private static let dateDim = Table(
        name: "date_dim", kind: .dimension, subjectArea: "", description: "", primaryKey: ["d_date_sk"],
        columns: [Column(name: "d_date_sk", type: "integer", role: .key), Column(name: "d_moy", type: "integer", role: .date)])

    private static let schema = Schema(name: "s", tables: [sales, customers, orderLines, dateDim], foreignKeys: [
        ForeignKey(childTable: "web_sales", childColumns: ["ws_sold_date_sk"], parentTable: "date_dim", parentColumns: ["d_date_sk"]),
        ForeignKey(childTable: "web_sales", childColumns: ["ws_ship_date_sk"], parentTable: "date_dim", parentColumns: ["d_date_sk"]),
        ForeignKey(childTable: "web_sales", childColumns: ["ws_bill_customer_sk"], parentTable: "customers", parentColumns: ["customer_id"]),
        ForeignKey(childTable: "web_sales", childColumns: ["ws_customer_sk"], parentTable: "customers", parentColumns: ["customer_id"]),
        ForeignKey(childTable: "OrderLines", childColumns: ["CustomerID"], parentTable: "customers", parentColumns: ["customer_id"]),
    ])

    @Test func splitsSnakeAndCamelCase() {
        #expect(NameWords.split("ws_ext_sales_price") == ["ws", "ext", "sales", "price"])
        #expect(NameWords.split("CustomerID") == ["customer", "id"])
        #expect(NameWords.split("XMLPayload") == ["xml", "payload"])
        #expect(NameWords.split("orderDate") == ["order", "date"])
        #expect(NameWords.split("address2") == ["address", "2"])
        #expect(NameWords.split("ship-mode  name") == ["ship", "mode", "name"])
    }

    @Test func derivesEntitiesFromTableNames() {
        let vocabulary = SchemaVocabulary(schema: Self.schema)
        #expect(vocabulary.entity(of: "web_sales") == EntityName(singular: "web sale", plural: "web sales"))
        #expect(vocabulary.entity(of: "CUSTOMERS") == EntityName(singular: "customer", plural: "customers"))
        #expect(vocabulary.entity(of: "OrderLines") == EntityName(singular: "order line", plural: "order lines"))
        #expect(vocabulary.entity(of: "date_dim") == EntityName(singular: "date", plural: "dates"))
        #expect(vocabulary.entity(of: "customer_address") == EntityName(singular: "customer address", plural: "customer addresses"))
        #expect(vocabulary.entity(of: "company") == EntityName(singular: "company", plural: "companies"))
        #expect(vocabulary.entity(of: "inventory") == EntityName(singular: "inventory", plural: "inventory"))
    }

    @Test func derivesLabelsWithoutPrefixesAndKeySuffixes() {
        let vocabulary = SchemaVocabulary(schema: Self.schema)
        func label(_ table: String, _ column: String) -> String { vocabulary.label(of: ColumnRef(table: table, column: column)) }
        #expect(label("web_sales", "ws_ext_sales_price") == "extended sales price")
        #expect(label("web_sales", "ws_order_number") == "order number")
        #expect(label("web_sales", "ws_net_paid_inc_tax") == "net paid including tax")
        #expect(label("web_sales", "ws_ship_date_sk") == "ship date")
        #expect(label("WEB_SALES", "WS_SHIP_DATE_SK") == "ship date")
        #expect(label("customers", "customer_id") == "customer key")
        #expect(label("customers", "customer_name") == "name")
        #expect(label("customers", "customer_addr_no") == "address number")
        #expect(label("OrderLines", "CustomerID") == "customer")
        #expect(label("OrderLines", "ShipDt") == "ship date")
        #expect(label("OrderLines", "XMLPayload") == "xml payload")
        #expect(label("OrderLines", "UnitPriceAmt") == "unit price amount")
        #expect(label("OrderLines", "address2") == "address 2")
        #expect(label("date_dim", "d_moy") == "month of year")
        #expect(label("date_dim", "d_date_sk") == "date key")
        #expect(label("nowhere", "zip_cd") == "ZIP cd")
    }

    @Test func derivesRolesFromChildColumns() {
        let vocabulary = SchemaVocabulary(schema: Self.schema)
        let roles = Self.schema.foreignKeys.map(vocabulary.role(of:))
        #expect(roles == ["sold date", "ship date", "bill customer", "customer", "customer"])
        let composite = ForeignKey(childTable: "web_returns", childColumns: ["wr_item_sk", "wr_order_number"],
                                   parentTable: "web_sales", parentColumns: ["ws_item_sk", "ws_order_number"])
        #expect(vocabulary.role(of: composite) == "web sale")
    }

    @Test func declaredValuesWin() {
        var schema = Self.schema
        schema.tables[0].entity = EntityName(singular: "web sale line", plural: "web sale lines")
        schema.tables[0].columns[4].label = "extended price"
        schema.tables[1].entity = EntityName(singular: "client", plural: "clients")
        schema.foreignKeys[2].role = "billing customer"
        let vocabulary = SchemaVocabulary(schema: schema)
        #expect(vocabulary.entity(of: "Web_Sales").plural == "web sale lines")
        #expect(vocabulary.label(of: ColumnRef(table: "web_sales", column: "ws_ext_sales_price")) == "extended price")
        #expect(vocabulary.role(of: schema.foreignKeys[2]) == "billing customer")
        // Looked up by the key's columns when the caller's copy has no role.
        #expect(vocabulary.role(of: Self.schema.foreignKeys[2]) == "billing customer")
        // Words naming the parent table give the parent's declared entity.
        #expect(vocabulary.role(of: schema.foreignKeys[3]) == "client")
    }
}

extension SchemaVocabularyTests {
    @Test func prefixesAreAbbreviationsOfTheTableName() {
        let columns = ["i2c_item_22_category_sk", "i2c_name"].map { Column(name: $0, type: "integer", role: $0.hasSuffix("_sk") ? .key : .attribute) }
        let numbered = Table(name: "item_22_category", kind: .dimension, subjectArea: "", description: "", primaryKey: [], columns: columns)
        // "first" is shared but is no abbreviation of "people": kept.
        let people = Table(name: "people", kind: .dimension, subjectArea: "", description: "", primaryKey: [],
                           columns: [Column(name: "first_name", type: "text"), Column(name: "first_seen", type: "date")])
        let vocabulary = SchemaVocabulary(schema: Schema(name: "p", tables: [numbered, people], foreignKeys: []))
        #expect(vocabulary.label(of: ColumnRef(table: "item_22_category", column: "i2c_item_22_category_sk")) == "item 22 category key")
        #expect(vocabulary.label(of: ColumnRef(table: "item_22_category", column: "i2c_name")) == "name")
        #expect(vocabulary.label(of: ColumnRef(table: "people", column: "first_name")) == "first name")
    }

    @Test func longAndRepeatedDerivedLabelsAreShortenedAndTold() {
        let columns = [
            Column(name: "nst_north_chat_sla_policy_sk", type: "integer", role: .foreignKey),
            Column(name: "nst_bill_north_chat_sla_policy_sk", type: "integer", role: .foreignKey),
            Column(name: "nst_recorded_date_sk", type: "integer", role: .foreignKey),
            Column(name: "nst_recorded_date", type: "date", role: .date),
        ]
        let table = Table(name: "north_support_tickets", kind: .fact, subjectArea: "", description: "", primaryKey: [], columns: columns)
        let vocabulary = SchemaVocabulary(schema: Schema(name: "l", tables: [table], foreignKeys: []))
        let labels = columns.map { vocabulary.label(of: ColumnRef(table: table.name, column: $0.name)) }
        #expect(labels == ["north chat SLA policy", "bill chat SLA policy", "recorded date key", "recorded date"])

        let zoneColumns = [Column(name: "eplz_east_price_list_zone_sk", type: "integer", role: .key),
                           Column(name: "eplz_east_price_list_zone_id", type: "char(16)", role: .identifier),
                           Column(name: "eplz_zone_name", type: "text")]
        let zone = Table(name: "east_price_list_zone", kind: .dimension, subjectArea: "", description: "", primaryKey: [], columns: zoneColumns)
        let zoneVocabulary = SchemaVocabulary(schema: Schema(name: "z", tables: [zone], foreignKeys: []))
        #expect(zoneColumns.map { zoneVocabulary.label(of: ColumnRef(table: zone.name, column: $0.name)) } == ["key", "ID", "zone name"])
    }

    @Test func withDerivedVocabularyFillsOnlyWhatIsMissing() {
        var schema = Self.schema
        schema.tables[0].columns[0].label = "day sold"
        let filled = schema.withDerivedVocabulary()
        #expect(filled.tables.allSatisfy { $0.entity != nil && $0.columns.allSatisfy { $0.label != nil } })
        #expect(filled.foreignKeys.allSatisfy { $0.role != nil })
        #expect(filled.tables[0].columns[0].label == "day sold")
        #expect(filled.tables[0].columns[1].label == "ship date")
        #expect(filled.withDerivedVocabulary() == filled)
        #expect(!SchemaChecker.diagnostics(of: filled).contains { [".entity", ".label", ".role"].contains(where: $0.path.hasSuffix) })
    }
}
