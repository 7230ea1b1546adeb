/// Column names of one TPC-DS sales channel (store, catalog or web), built from its prefix.
struct SalesChannel: Sendable {
    /// The customer columns of one role (the store customer, the bill-to or the ship-to customer).
    struct CustomerColumns: Sendable {
        let customer: String
        let demographics: String
        let household: String
        let address: String
    }

    /// A foreign key filled from a random row of a dimension: child column, parent table, parent column.
    struct Dimension: Sendable {
        let column: String
        let table: String
        let key: String
    }

    let prefix: String
    /// The ticket or order number column.
    let number: String
    let baseRows: Int
    /// Line items per ticket or order: 1 to this many.
    let maximumLines: Int
    let customers: [CustomerColumns]
    /// Dimensions shared by all lines of a ticket (the store, call centre or web site).
    let orderDimensions: [Dimension]
    /// Dimensions drawn per line (catalog page, ship mode, warehouse, web page).
    let lineDimensions: [Dimension]
    /// Whether lines carry shipping costs and a ship date.
    let ships: Bool
    /// Seconds of the day when sales happen.
    let hours: ClosedRange<Int>

    func column(_ suffix: String) -> String { prefix + suffix }

    static let store = SalesChannel(
        prefix: "ss_", number: "ss_ticket_number", baseRows: 20_000, maximumLines: 15,
        customers: [CustomerColumns(customer: "ss_customer_sk", demographics: "ss_cdemo_sk",
                                    household: "ss_hdemo_sk", address: "ss_addr_sk")],
        orderDimensions: [Dimension(column: "ss_store_sk", table: "store", key: "s_store_sk")],
        lineDimensions: [],
        ships: false, hours: 8 * 3600...(22 * 3600 - 1))

    static let catalog = SalesChannel(
        prefix: "cs_", number: "cs_order_number", baseRows: 10_000, maximumLines: 13,
        customers: [
            CustomerColumns(customer: "cs_bill_customer_sk", demographics: "cs_bill_cdemo_sk",
                            household: "cs_bill_hdemo_sk", address: "cs_bill_addr_sk"),
            CustomerColumns(customer: "cs_ship_customer_sk", demographics: "cs_ship_cdemo_sk",
                            household: "cs_ship_hdemo_sk", address: "cs_ship_addr_sk"),
        ],
        orderDimensions: [Dimension(column: "cs_call_center_sk", table: "call_center", key: "cc_call_center_sk")],
        lineDimensions: [
            Dimension(column: "cs_catalog_page_sk", table: "catalog_page", key: "cp_catalog_page_sk"),
            Dimension(column: "cs_ship_mode_sk", table: "ship_mode", key: "sm_ship_mode_sk"),
            Dimension(column: "cs_warehouse_sk", table: "warehouse", key: "w_warehouse_sk"),
        ],
        ships: true, hours: 0...86_399)

    static let web = SalesChannel(
        prefix: "ws_", number: "ws_order_number", baseRows: 5_000, maximumLines: 9,
        customers: [
            CustomerColumns(customer: "ws_bill_customer_sk", demographics: "ws_bill_cdemo_sk",
                            household: "ws_bill_hdemo_sk", address: "ws_bill_addr_sk"),
            CustomerColumns(customer: "ws_ship_customer_sk", demographics: "ws_ship_cdemo_sk",
                            household: "ws_ship_hdemo_sk", address: "ws_ship_addr_sk"),
        ],
        orderDimensions: [Dimension(column: "ws_web_site_sk", table: "web_site", key: "web_site_sk")],
        lineDimensions: [
            Dimension(column: "ws_web_page_sk", table: "web_page", key: "wp_web_page_sk"),
            Dimension(column: "ws_ship_mode_sk", table: "ship_mode", key: "sm_ship_mode_sk"),
            Dimension(column: "ws_warehouse_sk", table: "warehouse", key: "w_warehouse_sk"),
        ],
        ships: true, hours: 0...86_399)
}
