/// Column names of one TPC-DS returns table and of the sales table it returns lines of.
struct ReturnsChannel: Sendable {
    /// Amount columns of the returns table.
    struct Amounts: Sendable {
        let quantity: String
        let amount: String
        let tax: String
        let amountIncludingTax: String
        let fee: String
        let shipCost: String
        let refundedCash: String
        let reversedCharge: String
        let credit: String
        let netLoss: String
    }

    let salesTable: String
    let salesPrefix: String
    /// Returns columns copied from the sale: (returns column, sales column). The first two are the
    /// item and the ticket or order number, the composite key to the sales table.
    let copies: [(returns: String, sales: String)]
    let returnedDate: String
    let returnedTime: String
    let reason: String
    let amounts: Amounts
    /// Seconds of the day when returns happen.
    let hours: ClosedRange<Int>

    /// Share of sales lines that come back.
    static let returnRate = 0.1

    private static func amounts(_ prefix: String, amount: String, credit: String) -> Amounts {
        Amounts(quantity: prefix + "return_quantity", amount: prefix + amount, tax: prefix + "return_tax",
                amountIncludingTax: prefix + "return_amt_inc_tax", fee: prefix + "fee",
                shipCost: prefix + "return_ship_cost", refundedCash: prefix + "refunded_cash",
                reversedCharge: prefix + "reversed_charge", credit: prefix + credit, netLoss: prefix + "net_loss")
    }

    private static func customerCopies(_ target: String, from source: String) -> [(returns: String, sales: String)] {
        ["customer_sk", "cdemo_sk", "hdemo_sk", "addr_sk"].map { (target + $0, source + $0) }
    }

    static let store = ReturnsChannel(
        salesTable: "store_sales", salesPrefix: "ss_",
        copies: [("sr_item_sk", "ss_item_sk"), ("sr_ticket_number", "ss_ticket_number"),
                 ("sr_customer_sk", "ss_customer_sk"), ("sr_cdemo_sk", "ss_cdemo_sk"), ("sr_hdemo_sk", "ss_hdemo_sk"),
                 ("sr_addr_sk", "ss_addr_sk"), ("sr_store_sk", "ss_store_sk")],
        returnedDate: "sr_returned_date_sk", returnedTime: "sr_return_time_sk", reason: "sr_reason_sk",
        amounts: amounts("sr_", amount: "return_amt", credit: "store_credit"), hours: 8 * 3600...(22 * 3600 - 1))

    static let catalog = ReturnsChannel(
        salesTable: "catalog_sales", salesPrefix: "cs_",
        copies: [("cr_item_sk", "cs_item_sk"), ("cr_order_number", "cs_order_number")]
            + customerCopies("cr_refunded_", from: "cs_bill_") + customerCopies("cr_returning_", from: "cs_ship_")
            + [("cr_call_center_sk", "cs_call_center_sk"), ("cr_catalog_page_sk", "cs_catalog_page_sk"),
               ("cr_ship_mode_sk", "cs_ship_mode_sk"), ("cr_warehouse_sk", "cs_warehouse_sk")],
        returnedDate: "cr_returned_date_sk", returnedTime: "cr_returned_time_sk", reason: "cr_reason_sk",
        amounts: amounts("cr_", amount: "return_amount", credit: "store_credit"), hours: 0...86_399)

    static let web = ReturnsChannel(
        salesTable: "web_sales", salesPrefix: "ws_",
        copies: [("wr_item_sk", "ws_item_sk"), ("wr_order_number", "ws_order_number")]
            + customerCopies("wr_refunded_", from: "ws_bill_") + customerCopies("wr_returning_", from: "ws_ship_")
            + [("wr_web_page_sk", "ws_web_page_sk")],
        returnedDate: "wr_returned_date_sk", returnedTime: "wr_returned_time_sk", reason: "wr_reason_sk",
        amounts: amounts("wr_", amount: "return_amt", credit: "account_credit"), hours: 0...86_399)
}
