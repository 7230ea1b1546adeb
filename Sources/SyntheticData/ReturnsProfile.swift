import Model
import SQLite

/// `store_returns`, `catalog_returns`, `web_returns`: about 10% of the sales lines come back.
/// Each return copies the item, ticket or order number and customers of a distinct sales line,
/// is returned on or after the sale date, returns at most the quantity sold, and prices the return
/// from the sale's unit prices as TPC-DS does: cash, reversed charge and credit add up to the
/// return amount; net loss = shipping + tax + fee.
struct ReturnsProfile: TableProfile {
    let channel: ReturnsChannel
    private var dates = SortedKeys([])
    private var times = SortedKeys([])
    private var reasons = SortedKeys([])
    /// Sales rows returned, ascending.
    private var picks: [Int] = []

    init(channel: ReturnsChannel) {
        self.channel = channel
    }

    func rowCount(scale: Double, data: GeneratedData) -> Int? {
        guard let sales = data.table(channel.salesTable) else { return nil }
        return Int((Double(sales.count) * ReturnsChannel.returnRate).rounded())
    }

    /// Amounts stay whole so that their relations hold and keys copied from the sale stay as
    /// sold; the return's own keys (date, time, reason) may be NULL now and then.
    func allowsNulls(in column: String) -> Bool {
        column.hasSuffix("_sk") && !channel.copies.contains { $0.returns == column }
    }

    mutating func prepare(data: GeneratedData, random: inout SeededRandom) {
        dates = SortedKeys(data, "date_dim", "d_date_sk")
        times = SortedKeys(data, "time_dim", "t_time_sk")
        reasons = SortedKeys(data, "reason", "r_reason_sk")
        guard let sales = data.table(channel.salesTable), sales.count > 0 else { return }
        let wanted = min(rowCount(scale: data.scale, data: data) ?? 0, sales.count)
        var order = Array(0..<sales.count)
        for index in 0..<wanted { order.swapAt(index, random.int(in: index...(sales.count - 1))) }
        picks = Array(order[0..<wanted]).sorted()
    }

    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom) {
        guard index < picks.count, let sales = data.table(channel.salesTable) else { return }
        let sale = picks[index]
        for (target, source) in channel.copies where sales.position(of: source) != nil {
            row[target] = sales.value(sale, source)
        }
        let prefix = channel.salesPrefix
        if let sold = sales.integer(sale, prefix + "sold_date_sk") {
            row[channel.returnedDate] = dates.shifted(sold, by: random.int(in: 1...90)).map { .int(max($0, sold)) }
        } else if let day = dates.random(using: &random) {
            row[channel.returnedDate] = .int(day)
        }
        if let time = times.atOrBelow(random.int(in: channel.hours)) { row[channel.returnedTime] = .int(time) }
        if let reason = reasons.random(using: &random) { row[channel.reason] = .int(reason) }

        let sold = max(1, sales.integer(sale, prefix + "quantity") ?? 1)
        let quantity = random.int(in: 1...sold)
        let salesPrice = max(0, sales.cents(sale, prefix + "sales_price") ?? 0)
        let listPrice = max(salesPrice, sales.cents(sale, prefix + "list_price") ?? salesPrice)
        let netPaid = sales.cents(sale, prefix + "net_paid") ?? 0
        let taxRate = netPaid > 0 ? Double(sales.cents(sale, prefix + "ext_tax") ?? 0) / Double(netPaid) : 0
        let amount = salesPrice * quantity
        let tax = Int((Double(amount) * taxRate).rounded())
        let shipCost = Int((Double(listPrice) * 0.5 * random.unit()).rounded()) * quantity
        let cash = Int((Double(amount) * Double(random.int(in: 0...100)) / 100).rounded())
        let reversed = Int((Double(amount - cash) * Double(random.int(in: 1...100)) / 100).rounded())
        let credit = amount - cash - reversed
        let fee = random.int(in: 50...10_000)
        let names = channel.amounts
        row[names.quantity] = .int(quantity)
        row[names.amount] = .cents(amount)
        row[names.tax] = .cents(tax)
        row[names.amountIncludingTax] = .cents(amount + tax)
        row[names.fee] = .cents(fee)
        row[names.shipCost] = .cents(shipCost)
        row[names.refundedCash] = .cents(cash)
        row[names.reversedCharge] = .cents(reversed)
        row[names.credit] = .cents(credit)
        row[names.netLoss] = .cents(shipCost + tax + fee)
    }
}
