import Model
import SQLite

/// `store_sales`, `catalog_sales`, `web_sales`: tickets or orders of 1 to 15 line items with one
/// date, time, customer and store (call centre, web site) each; distinct items within an order;
/// amounts per ``SalePricing``; sale dates 1998-01-02 to 2003-09-30 so that ship and return
/// dates stay inside the calendar.
struct SalesProfile: TableProfile {
    static let firstSaleDay = CivilDate(year: 1998, month: 1, day: 2).julianDay
    static let lastSaleDay = CivilDate(year: 2003, month: 9, day: 30).julianDay

    let channel: SalesChannel
    private var dates = SortedKeys([])
    private var times = SortedKeys([])
    private var items = SortedKeys([])
    private var promotions = SortedKeys([])
    private var number = 0
    private var linesLeft = 0
    private var usedItems: [Int] = []
    private var orderValues: [(column: String, value: SQLValue)] = []

    init(channel: SalesChannel) {
        self.channel = channel
    }

    func rowCount(scale: Double, data: GeneratedData) -> Int? { scaled(channel.baseRows, scale) }

    /// Amounts stay whole so that their relations hold; keys may be NULL now and then.
    func allowsNulls(in column: String) -> Bool { column.hasSuffix("_sk") }

    mutating func prepare(data: GeneratedData, random: inout SeededRandom) {
        dates = SortedKeys(data, "date_dim", "d_date_sk")
        times = SortedKeys(data, "time_dim", "t_time_sk")
        items = SortedKeys(data, "item", "i_item_sk")
        promotions = SortedKeys(data, "promotion", "p_promo_sk")
    }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        if linesLeft == 0 { startOrder(data: data, random: &random) }
        linesLeft -= 1
        row[channel.number] = .int(number)
        for (column, value) in orderValues { row[column] = value }
        if let item = nextItem(random: &random) {
            row[channel.column("item_sk")] = .int(item)
            usedItems.append(item)
        }
        if let promotion = promotions.random(using: &random) { row[channel.column("promo_sk")] = .int(promotion) }
        for dimension in channel.lineDimensions {
            if let value = data.table(dimension.table)?.randomValue(dimension.key, using: &random), !value.isNull {
                row[dimension.column] = value
            }
        }
        SalePricing(random: &random, ships: channel.ships).write(into: &row, prefix: channel.prefix)
    }

    private mutating func startOrder(data: GeneratedData, random: inout SeededRandom) {
        number += 1
        linesLeft = max(1, min(random.int(in: 1...channel.maximumLines), items.values.count))
        usedItems.removeAll(keepingCapacity: true)
        orderValues.removeAll(keepingCapacity: true)
        if let sold = dates.random(in: SalesProfile.firstSaleDay...SalesProfile.lastSaleDay, using: &random) {
            orderValues.append((channel.column("sold_date_sk"), .int(sold)))
            if channel.ships, let shipped = dates.shifted(sold, by: random.int(in: 2...90)) {
                orderValues.append((channel.column("ship_date_sk"), .int(shipped)))
            }
        }
        if let time = times.atOrBelow(random.int(in: channel.hours)) {
            orderValues.append((channel.column("sold_time_sk"), .int(time)))
        }
        if let customers = data.table("customer"), let buyer = customers.randomRow(using: &random) {
            for (offset, columns) in channel.customers.enumerated() {
                let person = offset == 0 || random.chance(0.8) ? buyer : customers.randomRow(using: &random) ?? buyer
                func value(_ column: String, fallback table: String, _ key: String) -> SQLValue {
                    let own = customers.value(person, column)
                    return own.isNull ? data.table(table)?.randomValue(key, using: &random) ?? .null : own
                }
                orderValues.append((columns.customer, customers.value(person, "c_customer_sk")))
                orderValues.append((columns.demographics, value("c_current_cdemo_sk", fallback: "customer_demographics", "cd_demo_sk")))
                orderValues.append((columns.household, value("c_current_hdemo_sk", fallback: "household_demographics", "hd_demo_sk")))
                orderValues.append((columns.address, value("c_current_addr_sk", fallback: "customer_address", "ca_address_sk")))
            }
        }
        for dimension in channel.orderDimensions {
            if let value = data.table(dimension.table)?.randomValue(dimension.key, using: &random), !value.isNull {
                orderValues.append((dimension.column, value))
            }
        }
        orderValues.removeAll { $0.value.isNull }
    }

    /// An item not yet on the current order.
    private func nextItem(random: inout SeededRandom) -> Int? {
        guard !items.isEmpty else { return nil }
        for _ in 0..<20 {
            if let item = items.random(using: &random), !usedItems.contains(item) { return item }
        }
        let start = random.int(in: 0...(items.values.count - 1))
        for offset in 0..<items.values.count {
            let item = items.values[(start + offset) % items.values.count]
            if !usedItems.contains(item) { return item }
        }
        return nil
    }
}
