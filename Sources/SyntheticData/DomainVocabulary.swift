/// Value domains for tables outside TPC-DS (shops, CRMs, ...): products, companies, statuses with
/// their usual frequencies, payment methods, carriers, short sentences.
enum DomainVocabulary {
    /// A small set of values with relative frequencies (the first is the most common).
    struct Weighted: Sendable {
        let values: [String]
        let weights: [Int]

        init(_ pairs: KeyValuePairs<String, Int>) {
            values = pairs.map(\.key)
            weights = pairs.map(\.value)
        }

        init(values: [String], weights: [Int]) {
            self.values = values
            self.weights = weights
        }
    }

    static let productAdjectives = [
        "Classic", "Compact", "Deluxe", "Essential", "Ergonomic", "Lightweight", "Premium", "Rustic", "Sleek",
        "Smart", "Sturdy", "Vintage", "Modern", "Portable", "Durable", "Handmade", "Organic", "Wireless",
        "Heavy-Duty", "Everyday",
    ]
    static let productMaterials = [
        "Bamboo", "Ceramic", "Cotton", "Glass", "Leather", "Linen", "Oak", "Steel", "Wool", "Copper", "Marble",
        "Silicone",
    ]
    static let productNouns = [
        "Backpack", "Blender", "Bookshelf", "Candle", "Chair", "Coffee Mug", "Cutting Board", "Desk Lamp",
        "Headphones", "Jacket", "Kettle", "Keyboard", "Notebook", "Pillow", "Plate Set", "Rug", "Scarf",
        "Sneakers", "Speaker", "Sunglasses", "Table", "Tent", "Throw Blanket", "Tote Bag", "Towel Set", "Vase",
        "Wallet", "Watch", "Water Bottle", "Yoga Mat", "Frying Pan", "Phone Case", "Picture Frame", "Planter",
        "Raincoat", "Serving Bowl", "Bike Helmet", "Camera Bag", "Desk Organizer", "Wall Clock",
    ]

    /// Shop departments and their sub-categories: category names, distinct in this order.
    static var categoryNames: [String] {
        ProductVocabulary.categories.map(\.name)
            + ProductVocabulary.categories.flatMap(\.classes).map(capitalized)
    }

    static let companyCores = [
        "Acme", "Apex", "Blue Ridge", "Cascade", "Summit", "Northwind", "Evergreen", "Harbor", "Pioneer",
        "Redwood", "Silverline", "Keystone", "Lakeshore", "Meridian", "Oakmont", "Pinnacle", "Riverbend",
        "Sterling", "Horizon", "Granite",
    ]
    static let companyTrades = [
        "Supply", "Trading", "Goods", "Distribution", "Manufacturing", "Imports", "Logistics", "Industries",
        "Wholesale", "Outfitters",
    ]
    static let companySuffixes = ["Inc.", "LLC", "Co.", "Ltd.", "Group"]

    static let jobTitles = [
        "Sales Associate", "Store Manager", "Account Manager", "Customer Service Representative",
        "Warehouse Clerk", "Buyer", "Marketing Specialist", "Software Engineer", "Accountant", "Analyst",
        "Operations Manager", "Support Specialist",
    ]

    static let reviewTitles = [
        "Great value", "Works as expected", "Excellent quality", "Would buy again", "Not what I hoped for",
        "Good but pricey", "Arrived damaged", "Five stars", "Decent product", "Exceeded expectations",
        "Smaller than expected", "Perfect gift",
    ]

    /// Short sentences for descriptions, comments and review bodies.
    static let sentences = [
        "Works as described.", "Arrived quickly and well packed.", "Good quality for the price.",
        "Easy to set up and use.", "The color is slightly different from the photo.", "Made to last.",
        "Customer service was helpful.", "Fits well and feels comfortable.", "Ideal for everyday use.",
        "Would recommend to a friend.", "Lightweight and easy to carry.", "Stopped working after a month.",
        "Ships in recyclable packaging.", "Available in several sizes.", "Dishwasher safe.",
        "Backed by a one-year warranty.", "Assembly took about ten minutes.", "Popular with returning customers.",
    ]

    static let emailDomains = ["example.com", "mail.com", "inbox.net", "post.org", "webmail.com"]

    static let paymentMethods = Weighted(["credit card": 50, "debit card": 20, "PayPal": 15, "bank transfer": 8,
                                          "gift card": 4, "cash on delivery": 3])
    static let shippingMethods = Weighted(["standard": 60, "express": 25, "next day": 10, "store pickup": 5])
    static let carriers = Weighted(["UPS": 35, "FedEx": 30, "USPS": 25, "DHL": 10])
    static let tiers = Weighted(["Bronze": 50, "Silver": 30, "Gold": 15, "Platinum": 5])
    static let priorities = Weighted(["medium": 50, "low": 25, "high": 20, "urgent": 5])
    static let channels = Weighted(["web": 55, "mobile app": 30, "store": 10, "phone": 5])
    static let currencies = Weighted(["USD": 70, "EUR": 15, "GBP": 8, "CAD": 7])
    static let countries = Weighted(["United States": 70, "Canada": 10, "United Kingdom": 8, "Germany": 5,
                                     "France": 4, "Australia": 3])
    static let countryCodes = Weighted(["US": 70, "CA": 10, "GB": 8, "DE": 5, "FR": 4, "AU": 3])
    static let regions = Weighted(["South": 38, "West": 24, "Midwest": 21, "Northeast": 17])
    static let genders = Weighted(["F": 48, "M": 48, "X": 4])

    /// Status values by what the row is (the table's or column's words), most common first.
    static let orderStatuses = Weighted(["delivered": 55, "shipped": 15, "paid": 10, "pending": 8, "cancelled": 7,
                                         "returned": 5])
    static let paymentStatuses = Weighted(["captured": 80, "authorized": 10, "refunded": 6, "failed": 4])
    static let shipmentStatuses = Weighted(["delivered": 70, "in transit": 15, "label created": 8, "returned": 4,
                                            "lost": 3])
    static let reviewStatuses = Weighted(["published": 85, "pending": 10, "rejected": 5])
    static let ticketStatuses = Weighted(["closed": 50, "open": 25, "in progress": 20, "reopened": 5])
    static let invoiceStatuses = Weighted(["paid": 70, "open": 15, "overdue": 10, "void": 5])
    static let accountStatuses = Weighted(["active": 80, "inactive": 15, "suspended": 5])

    /// The status set for a row whose table or column names `words`.
    static func statuses(for words: Set<String>) -> Weighted {
        func has(_ candidates: String...) -> Bool { candidates.contains(where: words.contains) }
        if has("payment", "payments", "transaction", "transactions", "charge", "charges", "refund", "refunds") {
            return paymentStatuses
        }
        if has("shipment", "shipments", "delivery", "deliveries", "shipping", "parcel", "parcels") { return shipmentStatuses }
        if has("invoice", "invoices", "bill", "bills") { return invoiceStatuses }
        if has("review", "reviews", "comment", "comments") { return reviewStatuses }
        if has("ticket", "tickets", "issue", "issues", "case", "cases", "task", "tasks") { return ticketStatuses }
        if has("order", "orders", "purchase", "purchases", "sale", "sales", "cart", "carts", "booking", "bookings") {
            return orderStatuses
        }
        return accountStatuses
    }

    /// The last event rank (``DomainHeuristics/eventRanks``) a row with this status has reached: a
    /// pending or cancelled order was not shipped (1), a shipped one not delivered (2); nil when
    /// the status says nothing about it.
    static func reachedRank(status: String) -> Int? {
        switch status.lowercased() {
        case "pending", "paid", "placed", "authorized", "label created", "cancelled", "canceled", "failed", "open",
             "draft", "new", "processing":
            return 1
        case "shipped", "in transit", "lost":
            return 2
        default:
            return nil
        }
    }

    static func capitalized(_ text: String) -> String {
        text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
