import Model
import SQLite

/// The amounts of one sales line, in cents, following the TPC-DS pricing rules: wholesale cost
/// 1-100, list price = wholesale x (1 + markup 0-100%), sales price = list x (1 - discount 0-100%),
/// extended amounts = unit x quantity, a coupon on 20% of lines, tax 0-9% of the net paid,
/// shipping 0-50% of the list price per unit.
struct SalePricing: Sendable {
    var quantity = 0
    var wholesaleCost = 0
    var listPrice = 0
    var salesPrice = 0
    var extDiscountAmount = 0
    var extSalesPrice = 0
    var extWholesaleCost = 0
    var extListPrice = 0
    var extTax = 0
    var couponAmount = 0
    var extShipCost = 0
    var netPaid = 0
    var netPaidIncTax = 0
    var netPaidIncShip = 0
    var netPaidIncShipTax = 0
    var netProfit = 0

    init(random: inout SeededRandom, ships: Bool) {
        quantity = random.int(in: 1...100)
        wholesaleCost = random.int(in: 100...10_000)
        listPrice = Int((Double(wholesaleCost) * (1 + random.unit())).rounded())
        salesPrice = Int((Double(listPrice) * (1 - random.unit())).rounded())
        extListPrice = listPrice * quantity
        extSalesPrice = salesPrice * quantity
        extWholesaleCost = wholesaleCost * quantity
        extDiscountAmount = extListPrice - extSalesPrice
        couponAmount = random.chance(0.2) ? Int((Double(extSalesPrice) * random.unit()).rounded()) : 0
        netPaid = extSalesPrice - couponAmount
        if ships {
            extShipCost = Int((Double(listPrice) * 0.5 * random.unit()).rounded()) * quantity
        }
        let taxRate = 0.09 * random.unit()
        extTax = Int((Double(netPaid) * taxRate).rounded())
        netPaidIncTax = netPaid + extTax
        netPaidIncShip = netPaid + extShipCost
        netPaidIncShipTax = netPaidIncShip + extTax
        netProfit = netPaid - extWholesaleCost
    }

    /// Sets the amount columns `<prefix>quantity` ... `<prefix>net_profit`.
    func write(into row: inout RowDraft, prefix: String) {
        row[prefix + "quantity"] = .int(quantity)
        row[prefix + "wholesale_cost"] = .cents(wholesaleCost)
        row[prefix + "list_price"] = .cents(listPrice)
        row[prefix + "sales_price"] = .cents(salesPrice)
        row[prefix + "ext_discount_amt"] = .cents(extDiscountAmount)
        row[prefix + "ext_sales_price"] = .cents(extSalesPrice)
        row[prefix + "ext_wholesale_cost"] = .cents(extWholesaleCost)
        row[prefix + "ext_list_price"] = .cents(extListPrice)
        row[prefix + "ext_tax"] = .cents(extTax)
        row[prefix + "coupon_amt"] = .cents(couponAmount)
        row[prefix + "ext_ship_cost"] = .cents(extShipCost)
        row[prefix + "net_paid"] = .cents(netPaid)
        row[prefix + "net_paid_inc_tax"] = .cents(netPaidIncTax)
        row[prefix + "net_paid_inc_ship"] = .cents(netPaidIncShip)
        row[prefix + "net_paid_inc_ship_tax"] = .cents(netPaidIncShipTax)
        row[prefix + "net_profit"] = .cents(netProfit)
    }
}
