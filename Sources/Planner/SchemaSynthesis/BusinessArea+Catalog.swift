import Model

private func attribute(_ name: String, _ type: String, _ description: String) -> ColumnTemplate {
    ColumnTemplate(name, type, .attribute, description)
}

private func measure(_ name: String, _ type: String, _ description: String) -> ColumnTemplate {
    ColumnTemplate(name, type, .measure, description)
}

private func datePart(_ name: String, _ type: String, _ description: String) -> ColumnTemplate {
    ColumnTemplate(name, type, .date, description)
}

private func identifier(_ name: String, _ type: String, _ description: String) -> ColumnTemplate {
    ColumnTemplate(name, type, .identifier, description)
}

private let money = "decimal(7,2)"

extension BusinessArea {
    /// The business areas synthetic schemas draw from, in a fixed order.
    static let catalog: [BusinessArea] = [sales, marketing, finance, humanResources, logistics, procurement,
                                          customerService, digital, manufacturing, subscriptions]

    // MARK: Shared entities

    static let customer = DimensionEntity("customer", "customer", area: "customers", [
        attribute("first_name", "char(20)", "first name of the customer"),
        attribute("last_name", "char(30)", "last name of the customer"),
        attribute("salutation", "char(10)", "salutation of the customer, e.g. Mr., Mrs., Dr."),
        attribute("email_address", "varchar(50)", "email address of the customer"),
        attribute("preferred_flag", "char(1)", "Y if the customer is a preferred customer, else N"),
        datePart("birth_year", "integer", "year the customer was born"),
        datePart("birth_month", "integer", "month of the year the customer was born (1-12)"),
        attribute("birth_country", "varchar(20)", "country where the customer was born"),
        attribute("gender", "char(1)", "gender of the customer (M, F or U)"),
        attribute("loyalty_tier", "char(10)", "loyalty program tier of the customer"),
    ])

    static let item = DimensionEntity("item", "item", area: "products", [
        attribute("product_name", "varchar(50)", "marketing name of the item"),
        attribute("brand", "char(50)", "brand under which the item is sold"),
        attribute("color", "char(20)", "main color of the item"),
        attribute("size", "char(20)", "size of the item, e.g. small, medium, large"),
        measure("current_price", money, "current selling price of one unit of the item"),
        measure("wholesale_cost", money, "cost the retailer pays for one unit of the item"),
        attribute("manufacturer", "varchar(50)", "name of the company that makes the item"),
        attribute("units", "char(10)", "unit of measure in which the item is sold"),
        attribute("container", "char(10)", "container the item is packed in"),
    ])

    static let currency = DimensionEntity("currency", "currency", area: "finance", [
        attribute("iso_code", "char(3)", "ISO 4217 code of the currency"),
        attribute("currency_name", "varchar(30)", "English name of the currency"),
        attribute("symbol", "char(3)", "symbol printed before amounts in the currency"),
        measure("exchange_rate", money, "units of the currency per unit of the reporting currency"),
        attribute("minor_units", "integer", "number of decimal places used for the currency"),
    ])

    static let shipMode = DimensionEntity("ship_mode", "shipping mode", area: "logistics", [
        attribute("mode_type", "char(30)", "speed class of the shipping mode, e.g. express or overnight"),
        attribute("carrier_name", "char(20)", "carrier that provides the shipping mode"),
        attribute("transport_code", "char(10)", "means of transport, e.g. air, sea or truck"),
        attribute("contract_ref", "char(20)", "reference of the carrier contract"),
        measure("base_fee", money, "fixed fee charged per shipment with this mode"),
    ])

    // MARK: Areas

    static let sales = BusinessArea("sales", qualifiers: ["store", "web", "catalog", "mobile", "partner", "wholesale", "kiosk", "marketplace"], events: [
        FactEvent("sales", "sale", grain: "item line of a {q}sale",
                  number: identifier("ticket_number", "integer", "receipt ticket number grouping the lines of one sale"),
                  dates: ["sold", "ship"], [
                      measure("quantity", "integer", "number of units sold on the line"),
                      measure("list_price", money, "list price of one unit before any discount"),
                      measure("sales_price", money, "actual selling price of one unit after discount"),
                      measure("ext_discount_amt", money, "total discount given on the line"),
                      measure("ext_sales_price", money, "total selling price of the line"),
                      measure("coupon_amt", money, "amount of coupon discount applied to the line"),
                      measure("net_paid", money, "net amount the customer paid for the line"),
                      measure("net_profit", money, "profit earned on the line after costs"),
                  ], reversals: [
                      FactEvent("returns", "return", grain: "item line returned from an earlier {q}sale",
                                number: identifier("ticket_number", "integer", "ticket number of the sale the line was returned from"),
                                dates: ["returned"], [
                                    measure("return_quantity", "integer", "number of units returned"),
                                    measure("return_amt", money, "amount refunded for the returned units"),
                                    measure("return_tax", money, "sales tax refunded for the returned units"),
                                    measure("fee", money, "restocking fee charged for the return"),
                                    measure("net_loss", money, "loss from the return after fees"),
                                ]),
                  ]),
        FactEvent("orders", "order", grain: "line of a {q}customer order",
                  number: identifier("order_number", "integer", "order number grouping the lines of one order"),
                  dates: ["ordered", "ship", "due"], [
                      measure("ordered_quantity", "integer", "number of units ordered on the line"),
                      measure("unit_price", money, "agreed price of one unit"),
                      measure("line_amount", money, "total amount of the order line"),
                      measure("freight_amt", money, "freight charged for the line"),
                  ], reversals: [
                      FactEvent("order_cancellations", "order cancellation", grain: "cancelled line of an earlier {q}order",
                                number: identifier("order_number", "integer", "number of the order the cancelled line belongs to"),
                                dates: ["cancelled"], [
                                    measure("cancelled_quantity", "integer", "number of units cancelled"),
                                    measure("cancelled_amt", money, "order amount cancelled"),
                                ]),
                  ]),
        FactEvent("quotes", "quote", grain: "line of a {q}sales quote",
                  number: identifier("quote_number", "integer", "quote number grouping the lines of one quote"),
                  dates: ["quoted", "expiry"], [
                      measure("quoted_quantity", "integer", "number of units quoted"),
                      measure("quoted_price", money, "price of one unit offered in the quote"),
                      measure("quoted_amt", money, "total amount of the quote line"),
                  ]),
    ], entities: [
        item, customer,
        DimensionEntity("store", "store", area: "stores", [
            attribute("store_name", "varchar(50)", "name of the store"),
            measure("floor_space", "integer", "selling floor space of the store in square feet"),
            measure("employee_count", "integer", "number of employees working in the store"),
            attribute("hours", "char(20)", "opening hours of the store"),
            attribute("market_desc", "varchar(100)", "description of the market the store serves"),
            measure("tax_percentage", money, "sales tax rate applied in the store"),
        ]),
        DimensionEntity("promotion", "promotion", area: "marketing", [
            attribute("promo_name", "char(50)", "name of the promotion"),
            measure("promo_cost", money, "cost of running the promotion"),
            attribute("channel_email", "char(1)", "Y if the promotion is announced by email"),
            attribute("channel_tv", "char(1)", "Y if the promotion is announced on television"),
            attribute("purpose", "char(15)", "business purpose of the promotion"),
            attribute("discount_active", "char(1)", "Y if the promotion grants a discount"),
        ]),
        DimensionEntity("sales_rep", "sales representative", area: "sales", [
            attribute("rep_name", "varchar(40)", "full name of the sales representative"),
            attribute("territory", "varchar(30)", "sales territory the representative covers"),
            measure("quota_amt", money, "yearly sales quota of the representative"),
            datePart("hire_year", "integer", "year the representative was hired"),
            measure("commission_pct", money, "commission rate of the representative"),
        ]),
        DimensionEntity("payment_method", "payment method", area: "finance", [
            attribute("method_name", "varchar(30)", "name of the payment method, e.g. credit card"),
            attribute("card_network", "char(20)", "card network for card payments"),
            measure("processing_fee_pct", money, "fee rate charged by the payment provider"),
            attribute("instant_flag", "char(1)", "Y if the payment settles instantly"),
        ]),
        shipMode, currency,
        DimensionEntity("price_list", "price list", area: "sales", [
            attribute("list_name", "varchar(40)", "name of the price list"),
            attribute("customer_group", "char(20)", "customer group the price list applies to"),
            measure("markup_pct", money, "markup over cost applied by the price list"),
            datePart("valid_year", "integer", "year the price list is valid"),
        ]),
    ])

    static let marketing = BusinessArea("marketing", qualifiers: ["email", "social", "search", "display", "tv", "print", "affiliate", "radio"], events: [
        FactEvent("campaign_responses", "campaign response", grain: "response to a {q}campaign message",
                  number: identifier("response_id", "integer", "identifier of the response"),
                  dates: ["response", "sent"], [
                      measure("response_count", "integer", "number of responses recorded in the row"),
                      measure("conversion_value", money, "revenue attributed to the response"),
                      measure("cost_per_response", money, "campaign cost allocated to the response"),
                  ]),
        FactEvent("ad_impressions", "ad impression", grain: "batch of {q}ad impressions served",
                  number: identifier("impression_batch_id", "integer", "identifier of the impression batch"),
                  dates: ["served"], [
                      measure("impressions", "integer", "number of times the ad was shown"),
                      measure("clicks", "integer", "number of clicks on the ad"),
                      measure("spend_amt", money, "amount spent on the impressions"),
                      measure("cost_per_click", money, "average cost of one click"),
                  ]),
        FactEvent("lead_conversions", "lead conversion", grain: "{q}lead converted into a customer",
                  number: identifier("lead_number", "integer", "number of the converted lead"),
                  dates: ["converted", "created"], [
                      measure("lead_score", "integer", "score of the lead at conversion"),
                      measure("first_order_amt", money, "amount of the first order of the converted lead"),
                      measure("days_to_convert", "integer", "days from lead creation to conversion"),
                  ]),
    ], entities: [
        DimensionEntity("campaign", "campaign", area: "marketing", [
            attribute("campaign_name", "varchar(50)", "name of the campaign"),
            attribute("objective", "varchar(30)", "objective of the campaign, e.g. awareness"),
            measure("budget_amt", money, "approved budget of the campaign"),
            attribute("target_market", "varchar(30)", "market the campaign targets"),
            datePart("launch_year", "integer", "year the campaign was launched"),
        ]),
        DimensionEntity("audience_segment", "audience segment", area: "marketing", [
            attribute("segment_name", "varchar(40)", "name of the audience segment"),
            attribute("age_band", "char(10)", "age band of the segment, e.g. 25-34"),
            measure("segment_size", "integer", "estimated number of people in the segment"),
            attribute("interest", "varchar(30)", "main interest shared by the segment"),
        ]),
        DimensionEntity("creative", "creative", area: "marketing", [
            attribute("headline", "varchar(60)", "headline text of the creative"),
            attribute("format", "char(15)", "format of the creative, e.g. banner or video"),
            measure("duration_seconds", "integer", "length of a video creative in seconds"),
            attribute("language", "char(10)", "language of the creative"),
        ]),
        DimensionEntity("media_vendor", "media vendor", area: "marketing", [
            attribute("vendor_name", "varchar(40)", "name of the media vendor"),
            attribute("vendor_country", "varchar(20)", "country where the vendor is based"),
            measure("commission_pct", money, "commission rate charged by the vendor"),
        ]),
        DimensionEntity("keyword", "keyword", area: "marketing", [
            attribute("keyword_text", "varchar(60)", "search keyword text"),
            attribute("match_type", "char(10)", "match type of the keyword, e.g. exact or broad"),
            measure("max_bid", money, "maximum bid for one click on the keyword"),
        ]),
        DimensionEntity("offer", "offer", area: "marketing", [
            attribute("offer_name", "varchar(40)", "name of the offer"),
            measure("discount_pct", money, "discount granted by the offer"),
            attribute("offer_terms", "varchar(100)", "terms and conditions of the offer"),
        ]),
        customer,
    ])

    static let finance = BusinessArea("finance", qualifiers: ["receivable", "payable", "corporate", "treasury", "intercompany", "statutory"], events: [
        FactEvent("invoices", "invoice", grain: "line of a {q}invoice",
                  number: identifier("invoice_number", "integer", "number of the invoice the line belongs to"),
                  dates: ["invoice", "due"], [
                      measure("invoiced_amt", money, "amount invoiced on the line"),
                      measure("tax_amt", money, "tax charged on the line"),
                      measure("discount_amt", money, "early payment discount granted on the line"),
                      measure("open_amt", money, "amount of the line not yet paid"),
                  ], reversals: [
                      FactEvent("credit_notes", "credit note", grain: "credit note line correcting an earlier {q}invoice",
                                number: identifier("invoice_number", "integer", "number of the corrected invoice"),
                                dates: ["credited"], [
                                    measure("credited_amt", money, "amount credited back"),
                                    measure("credited_tax", money, "tax credited back"),
                                ]),
                  ]),
        FactEvent("payments", "payment", grain: "{q}payment allocated to an account",
                  number: identifier("payment_number", "integer", "number of the payment"),
                  dates: ["paid", "posted"], [
                      measure("payment_amt", money, "amount paid"),
                      measure("bank_fee", money, "fee charged by the bank for the payment"),
                      measure("days_late", "integer", "days the payment arrived after its due date"),
                  ], reversals: [
                      FactEvent("refunds", "refund", grain: "refund of an earlier {q}payment",
                                number: identifier("payment_number", "integer", "number of the refunded payment"),
                                dates: ["refunded"], [
                                    measure("refund_amt", money, "amount refunded"),
                                    measure("refund_fee", money, "fee charged for the refund"),
                                ]),
                  ]),
        FactEvent("journal_entries", "journal entry", grain: "line of a {q}general ledger journal entry",
                  number: identifier("entry_number", "integer", "number of the journal entry"),
                  dates: ["posted", "effective"], [
                      measure("debit_amt", money, "amount debited on the line"),
                      measure("credit_amt", money, "amount credited on the line"),
                      measure("reporting_amt", money, "line amount in the reporting currency"),
                  ]),
        FactEvent("budget_lines", "budget line", grain: "{q}budget amount for one account and period",
                  number: identifier("budget_version", "integer", "version number of the budget"),
                  dates: ["period"], [
                      measure("budget_amt", money, "budgeted amount"),
                      measure("forecast_amt", money, "latest forecast amount"),
                      measure("actual_amt", money, "actual amount booked so far"),
                  ]),
    ], entities: [
        DimensionEntity("gl_account", "general ledger account", area: "finance", [
            attribute("account_name", "varchar(50)", "name of the account"),
            attribute("account_type", "char(15)", "type of the account, e.g. asset or expense"),
            attribute("normal_balance", "char(6)", "normal balance side of the account, debit or credit"),
            attribute("reporting_line", "varchar(40)", "line of the financial statements the account rolls up to"),
        ]),
        DimensionEntity("cost_center", "cost center", area: "finance", [
            attribute("cost_center_name", "varchar(40)", "name of the cost center"),
            attribute("owner_name", "varchar(40)", "manager who owns the cost center"),
            measure("headcount", "integer", "number of employees charged to the cost center"),
        ]),
        DimensionEntity("legal_entity", "legal entity", area: "finance", [
            attribute("entity_name", "varchar(50)", "registered name of the legal entity"),
            attribute("tax_number", "char(20)", "tax registration number of the legal entity"),
            attribute("country_code", "char(2)", "country of incorporation"),
        ]),
        DimensionEntity("tax_code", "tax code", area: "finance", [
            attribute("tax_name", "varchar(30)", "name of the tax"),
            measure("tax_rate", money, "tax rate in percent"),
            attribute("jurisdiction", "varchar(30)", "jurisdiction that levies the tax"),
        ]),
        DimensionEntity("bank_account", "bank account", area: "finance", [
            attribute("bank_name", "varchar(40)", "name of the bank"),
            attribute("iban", "char(34)", "international bank account number"),
            measure("overdraft_limit", money, "agreed overdraft limit of the account"),
        ]),
        DimensionEntity("project", "project", area: "finance", [
            attribute("project_name", "varchar(50)", "name of the project"),
            measure("approved_budget", money, "approved budget of the project"),
            attribute("sponsor", "varchar(40)", "executive sponsor of the project"),
            attribute("phase", "char(15)", "current phase of the project"),
        ]),
        currency, customer,
    ])

    static let humanResources = BusinessArea("hr", qualifiers: ["salaried", "hourly", "contractor", "executive", "seasonal"], events: [
        FactEvent("payroll", "payslip", grain: "line of a {q}payslip",
                  number: identifier("payslip_number", "integer", "number of the payslip"),
                  dates: ["pay", "period_end"], [
                      measure("gross_pay", money, "gross pay on the line"),
                      measure("tax_withheld", money, "income tax withheld"),
                      measure("net_pay", money, "pay after deductions"),
                      measure("hours_paid", money, "hours paid on the line"),
                      measure("employer_cost", money, "total cost to the employer"),
                  ], reversals: [
                      FactEvent("payroll_adjustments", "payroll adjustment", grain: "correction of an earlier {q}payslip line",
                                number: identifier("payslip_number", "integer", "number of the corrected payslip"),
                                dates: ["adjusted"], [
                                    measure("adjustment_amt", money, "amount of the correction"),
                                ]),
                  ]),
        FactEvent("timesheets", "timesheet entry", grain: "{q}timesheet entry of one employee for one day",
                  number: identifier("timesheet_id", "integer", "identifier of the timesheet"),
                  dates: ["worked", "approved"], [
                      measure("hours_worked", money, "hours worked"),
                      measure("overtime_hours", money, "overtime hours worked"),
                      measure("billable_hours", money, "hours billable to clients"),
                  ]),
        FactEvent("job_applications", "job application", grain: "{q}job application by one candidate",
                  number: identifier("application_id", "integer", "identifier of the application"),
                  dates: ["applied", "decided"], [
                      measure("interview_count", "integer", "number of interviews held"),
                      measure("offered_salary", money, "yearly salary offered, if any"),
                      measure("days_to_decision", "integer", "days from application to decision"),
                  ]),
    ], entities: [
        DimensionEntity("employee", "employee", area: "hr", [
            attribute("first_name", "char(20)", "first name of the employee"),
            attribute("last_name", "char(30)", "last name of the employee"),
            attribute("job_title", "varchar(40)", "current job title of the employee"),
            datePart("hire_date", "date", "date the employee was hired"),
            measure("annual_salary", money, "current yearly base salary"),
            attribute("employment_type", "char(12)", "full-time, part-time or temporary"),
        ]),
        DimensionEntity("department", "department", area: "hr", [
            attribute("department_name", "varchar(40)", "name of the department"),
            attribute("head_name", "varchar(40)", "head of the department"),
            measure("budget_headcount", "integer", "approved headcount of the department"),
        ]),
        DimensionEntity("job_grade", "job grade", area: "hr", [
            attribute("grade_name", "char(10)", "name of the grade"),
            measure("min_salary", money, "lowest yearly salary of the grade"),
            measure("max_salary", money, "highest yearly salary of the grade"),
        ]),
        DimensionEntity("office", "office", area: "hr", [
            attribute("office_name", "varchar(40)", "name of the office"),
            measure("desk_count", "integer", "number of desks in the office"),
            attribute("time_zone", "char(6)", "time zone of the office"),
        ]),
        DimensionEntity("benefit_plan", "benefit plan", area: "hr", [
            attribute("plan_name", "varchar(40)", "name of the benefit plan"),
            attribute("provider", "varchar(40)", "insurer or provider of the plan"),
            measure("monthly_premium", money, "monthly premium of the plan"),
        ]),
        DimensionEntity("recruiter", "recruiter", area: "hr", [
            attribute("recruiter_name", "varchar(40)", "name of the recruiter"),
            attribute("agency", "varchar(40)", "agency the recruiter works for, if external"),
            measure("fee_pct", money, "placement fee of the recruiter"),
        ]),
    ])

    static let logistics = BusinessArea("logistics", qualifiers: ["inbound", "outbound", "regional", "international", "express", "bulk"], events: [
        FactEvent("shipments", "shipment", grain: "item line of a {q}shipment",
                  number: identifier("shipment_number", "integer", "number of the shipment"),
                  dates: ["shipped", "delivered"], [
                      measure("shipped_quantity", "integer", "number of units shipped"),
                      measure("weight_kg", money, "weight of the line in kilograms"),
                      measure("freight_cost", money, "freight cost allocated to the line"),
                      measure("transit_days", "integer", "days between shipping and delivery"),
                  ], reversals: [
                      FactEvent("shipment_returns", "shipment return", grain: "item line sent back from an earlier {q}shipment",
                                number: identifier("shipment_number", "integer", "number of the shipment the units came back from"),
                                dates: ["received"], [
                                    measure("returned_quantity", "integer", "number of units sent back"),
                                    measure("return_freight", money, "freight cost of the return"),
                                ]),
                  ]),
        FactEvent("inventory_snapshots", "inventory snapshot", grain: "{q}stock level of one item in one location on one day",
                  number: identifier("snapshot_id", "integer", "identifier of the snapshot run"),
                  dates: ["snapshot"], [
                      measure("quantity_on_hand", "integer", "units in stock"),
                      measure("quantity_reserved", "integer", "units reserved for open orders"),
                      measure("stock_value", money, "value of the stock at cost"),
                  ]),
        FactEvent("transfers", "stock transfer", grain: "item line of a {q}stock transfer between locations",
                  number: identifier("transfer_number", "integer", "number of the transfer"),
                  dates: ["sent", "received"], [
                      measure("transfer_quantity", "integer", "number of units transferred"),
                      measure("handling_cost", money, "handling cost of the line"),
                  ]),
    ], entities: [
        item,
        DimensionEntity("warehouse", "warehouse", area: "logistics", [
            attribute("warehouse_name", "varchar(30)", "name of the warehouse"),
            measure("square_feet", "integer", "storage area of the warehouse in square feet"),
            measure("dock_count", "integer", "number of loading docks"),
            attribute("temperature_class", "char(10)", "ambient, chilled or frozen"),
        ]),
        DimensionEntity("carrier", "carrier", area: "logistics", [
            attribute("carrier_name", "varchar(40)", "name of the carrier"),
            attribute("scac_code", "char(4)", "standard carrier alpha code"),
            measure("on_time_pct", money, "share of deliveries on time last year"),
        ]),
        DimensionEntity("route", "route", area: "logistics", [
            attribute("origin_city", "varchar(40)", "city where the route starts"),
            attribute("destination_city", "varchar(40)", "city where the route ends"),
            measure("distance_km", "integer", "length of the route in kilometers"),
        ]),
        DimensionEntity("vehicle", "vehicle", area: "logistics", [
            attribute("plate_number", "char(12)", "license plate of the vehicle"),
            attribute("vehicle_type", "char(15)", "type of vehicle, e.g. van or truck"),
            measure("capacity_kg", "integer", "load capacity in kilograms"),
            datePart("model_year", "integer", "model year of the vehicle"),
        ]),
        DimensionEntity("package_type", "package type", area: "logistics", [
            attribute("package_name", "varchar(30)", "name of the package type"),
            measure("max_weight_kg", money, "maximum weight the package holds"),
            attribute("recyclable_flag", "char(1)", "Y if the package is recyclable"),
        ]),
        shipMode,
    ])

    static let procurement = BusinessArea("procurement", qualifiers: ["direct", "indirect", "capital", "services", "spot"], events: [
        FactEvent("purchase_orders", "purchase order", grain: "line of a {q}purchase order",
                  number: identifier("po_number", "integer", "number of the purchase order"),
                  dates: ["ordered", "expected"], [
                      measure("ordered_quantity", "integer", "number of units ordered"),
                      measure("unit_cost", money, "agreed cost of one unit"),
                      measure("line_amount", money, "total amount of the line"),
                      measure("lead_time_days", "integer", "agreed lead time in days"),
                  ], reversals: [
                      FactEvent("purchase_returns", "purchase return", grain: "line sent back to the supplier from an earlier {q}purchase order",
                                number: identifier("po_number", "integer", "number of the purchase order the units came from"),
                                dates: ["returned"], [
                                    measure("returned_quantity", "integer", "number of units sent back"),
                                    measure("credit_amt", money, "credit expected from the supplier"),
                                ]),
                  ]),
        FactEvent("goods_receipts", "goods receipt", grain: "line of a {q}goods receipt",
                  number: identifier("receipt_number", "integer", "number of the goods receipt"),
                  dates: ["received"], [
                      measure("received_quantity", "integer", "number of units received"),
                      measure("rejected_quantity", "integer", "number of units rejected at inspection"),
                      measure("received_value", money, "value of the units received"),
                  ]),
    ], entities: [
        item,
        DimensionEntity("supplier", "supplier", area: "procurement", [
            attribute("supplier_name", "varchar(50)", "name of the supplier"),
            attribute("rating", "char(2)", "quality rating of the supplier, A to D"),
            measure("payment_terms_days", "integer", "agreed payment terms in days"),
            attribute("preferred_flag", "char(1)", "Y if the supplier is preferred"),
        ]),
        DimensionEntity("buyer", "buyer", area: "procurement", [
            attribute("buyer_name", "varchar(40)", "name of the buyer"),
            measure("approval_limit", money, "largest order the buyer may approve"),
            attribute("category_focus", "varchar(30)", "purchasing category the buyer manages"),
        ]),
        DimensionEntity("contract", "contract", area: "procurement", [
            attribute("contract_title", "varchar(60)", "title of the contract"),
            measure("contract_value", money, "total value of the contract"),
            datePart("start_date", "date", "date the contract starts"),
            datePart("end_date", "date", "date the contract ends"),
        ]),
        currency,
    ])

    static let customerService = BusinessArea("customer service", qualifiers: ["phone", "chat", "email", "field", "premium"], events: [
        FactEvent("support_tickets", "support ticket", grain: "{q}support ticket",
                  number: identifier("ticket_id", "integer", "identifier of the ticket"),
                  dates: ["opened", "closed"], [
                      measure("handle_minutes", "integer", "minutes agents spent on the ticket"),
                      measure("reopen_count", "integer", "number of times the ticket was reopened"),
                      measure("satisfaction_score", "integer", "customer satisfaction score (1-5)"),
                  ]),
        FactEvent("calls", "call", grain: "{q}customer call",
                  number: identifier("call_id", "integer", "identifier of the call"),
                  dates: ["call"], [
                      measure("wait_seconds", "integer", "seconds the caller waited"),
                      measure("talk_seconds", "integer", "seconds the agent talked with the caller"),
                      measure("transfer_count", "integer", "number of transfers during the call"),
                  ]),
    ], entities: [
        customer,
        DimensionEntity("agent", "agent", area: "customer service", [
            attribute("agent_name", "varchar(40)", "name of the agent"),
            attribute("skill_level", "char(10)", "skill level of the agent"),
            datePart("start_year", "integer", "year the agent started"),
        ]),
        DimensionEntity("call_center", "call center", area: "customer service", [
            attribute("center_name", "varchar(50)", "name of the call center"),
            measure("seat_count", "integer", "number of agent seats"),
            attribute("hours", "char(20)", "opening hours of the call center"),
        ]),
        DimensionEntity("issue_type", "issue type", area: "customer service", [
            attribute("issue_name", "varchar(40)", "name of the issue type"),
            attribute("severity", "char(8)", "default severity of the issue type"),
            measure("target_hours", "integer", "target resolution time in hours"),
        ]),
        DimensionEntity("sla_policy", "service level policy", area: "customer service", [
            attribute("policy_name", "varchar(40)", "name of the policy"),
            measure("response_minutes", "integer", "maximum first response time in minutes"),
            measure("penalty_amt", money, "penalty for a breach of the policy"),
        ]),
    ])

    static let digital = BusinessArea("web analytics", qualifiers: ["desktop", "mobile", "app", "tablet", "partner"], events: [
        FactEvent("page_views", "page view", grain: "{q}page view",
                  number: identifier("view_id", "integer", "identifier of the page view"),
                  dates: ["viewed"], [
                      measure("time_on_page", "integer", "seconds the visitor stayed on the page"),
                      measure("scroll_depth_pct", "integer", "how far the visitor scrolled, in percent"),
                      measure("load_ms", "integer", "page load time in milliseconds"),
                  ]),
        FactEvent("sessions", "session", grain: "{q}visitor session",
                  number: identifier("session_id", "integer", "identifier of the session"),
                  dates: ["started"], [
                      measure("page_count", "integer", "pages viewed in the session"),
                      measure("duration_seconds", "integer", "length of the session in seconds"),
                      measure("revenue_amt", money, "revenue from orders placed in the session"),
                  ]),
        FactEvent("site_searches", "site search", grain: "{q}search on the site",
                  number: identifier("search_id", "integer", "identifier of the search"),
                  dates: ["searched"], [
                      measure("result_count", "integer", "number of results shown"),
                      measure("click_position", "integer", "position of the clicked result, 0 if none"),
                  ]),
    ], entities: [
        DimensionEntity("web_page", "web page", area: "web analytics", [
            attribute("url", "varchar(100)", "address of the page"),
            attribute("page_type", "char(20)", "type of page, e.g. product or checkout"),
            measure("image_count", "integer", "number of images on the page"),
        ]),
        DimensionEntity("web_site", "web site", area: "web analytics", [
            attribute("site_name", "varchar(50)", "name of the site"),
            attribute("domain", "varchar(50)", "internet domain of the site"),
            attribute("site_class", "char(20)", "class of the site, e.g. shop or blog"),
        ]),
        DimensionEntity("device", "device", area: "web analytics", [
            attribute("device_type", "char(10)", "desktop, phone or tablet"),
            attribute("operating_system", "char(20)", "operating system of the device"),
            measure("screen_width", "integer", "screen width in pixels"),
        ]),
        DimensionEntity("referrer", "referrer", area: "web analytics", [
            attribute("referrer_domain", "varchar(50)", "domain the visitor came from"),
            attribute("source_type", "char(12)", "search, social, email or direct"),
        ]),
        DimensionEntity("visitor", "visitor", area: "web analytics", [
            attribute("visitor_type", "char(10)", "new or returning"),
            attribute("country_code", "char(2)", "country the visitor browses from"),
            datePart("first_visit_date", "date", "date of the visitor's first visit"),
        ]),
        customer, item,
    ])

    static let manufacturing = BusinessArea("manufacturing", qualifiers: ["assembly", "machining", "packaging", "pilot", "contract"], events: [
        FactEvent("production_runs", "production run", grain: "{q}production run of one material",
                  number: identifier("run_number", "integer", "number of the production run"),
                  dates: ["started", "finished"], [
                      measure("planned_quantity", "integer", "units planned"),
                      measure("produced_quantity", "integer", "units produced"),
                      measure("machine_hours", money, "machine hours used"),
                      measure("material_cost", money, "cost of the materials consumed"),
                  ], reversals: [
                      FactEvent("scrap_reports", "scrap report", grain: "units scrapped from an earlier {q}production run",
                                number: identifier("run_number", "integer", "number of the run the scrap came from"),
                                dates: ["scrapped"], [
                                    measure("scrapped_quantity", "integer", "units scrapped"),
                                    measure("scrap_cost", money, "cost of the scrapped units"),
                                ]),
                  ]),
        FactEvent("quality_inspections", "quality inspection", grain: "{q}quality inspection of a batch",
                  number: identifier("inspection_id", "integer", "identifier of the inspection"),
                  dates: ["inspected"], [
                      measure("sample_size", "integer", "units inspected"),
                      measure("defect_count", "integer", "defects found"),
                  ]),
        FactEvent("maintenance_orders", "maintenance order", grain: "{q}maintenance order on a machine",
                  number: identifier("maintenance_number", "integer", "number of the maintenance order"),
                  dates: ["reported", "completed"], [
                      measure("downtime_minutes", "integer", "minutes the machine was down"),
                      measure("labor_cost", money, "labor cost of the repair"),
                      measure("parts_cost", money, "cost of the parts used"),
                  ]),
    ], entities: [
        DimensionEntity("material", "material", area: "products", [
            attribute("material_name", "varchar(50)", "name of the material"),
            attribute("material_group", "char(20)", "group of the material, e.g. raw or semi-finished"),
            measure("standard_cost", money, "standard cost of one unit"),
        ]),
        DimensionEntity("plant", "plant", area: "manufacturing", [
            attribute("plant_name", "varchar(40)", "name of the plant"),
            measure("floor_area", "integer", "production floor area in square meters"),
            attribute("certification", "char(10)", "quality certification of the plant"),
        ]),
        DimensionEntity("production_line", "production line", area: "manufacturing", [
            attribute("line_name", "varchar(30)", "name of the line"),
            measure("rated_capacity", "integer", "units the line can produce per hour"),
        ]),
        DimensionEntity("machine", "machine", area: "manufacturing", [
            attribute("machine_model", "varchar(30)", "model of the machine"),
            attribute("vendor", "varchar(40)", "vendor of the machine"),
            datePart("install_date", "date", "date the machine was installed"),
        ]),
        DimensionEntity("work_shift", "work shift", area: "manufacturing", [
            attribute("shift_name", "char(10)", "name of the shift, e.g. night"),
            measure("start_hour", "integer", "hour the shift starts"),
            measure("crew_size", "integer", "number of workers on the shift"),
        ]),
        item,
    ])

    static let subscriptions = BusinessArea("subscriptions", qualifiers: ["consumer", "business", "prepaid", "family", "enterprise"], events: [
        FactEvent("usage_records", "usage record", grain: "{q}usage record of one subscriber",
                  number: identifier("record_id", "integer", "identifier of the usage record"),
                  dates: ["usage"], [
                      measure("usage_units", "integer", "units consumed, e.g. minutes or megabytes"),
                      measure("rated_amt", money, "amount charged for the usage"),
                  ]),
        FactEvent("billing_statements", "billing statement", grain: "line of a {q}billing statement",
                  number: identifier("statement_number", "integer", "number of the statement"),
                  dates: ["billed", "due"], [
                      measure("recurring_amt", money, "recurring charges on the line"),
                      measure("one_time_amt", money, "one-time charges on the line"),
                      measure("tax_amt", money, "tax on the line"),
                  ], reversals: [
                      FactEvent("billing_credits", "billing credit", grain: "credit against an earlier {q}billing statement line",
                                number: identifier("statement_number", "integer", "number of the credited statement"),
                                dates: ["credited"], [
                                    measure("credit_amt", money, "amount credited"),
                                ]),
                  ]),
        FactEvent("plan_changes", "plan change", grain: "{q}change of a subscriber's plan",
                  number: identifier("change_id", "integer", "identifier of the change"),
                  dates: ["changed"], [
                      measure("old_monthly_fee", money, "monthly fee before the change"),
                      measure("new_monthly_fee", money, "monthly fee after the change"),
                  ]),
    ], entities: [
        DimensionEntity("subscriber", "subscriber", area: "customers", [
            attribute("account_status", "char(10)", "status of the subscriber account"),
            datePart("activation_date", "date", "date the subscription was activated"),
            attribute("segment", "char(15)", "market segment of the subscriber"),
            measure("credit_limit", money, "credit limit of the account"),
        ]),
        DimensionEntity("service_plan", "service plan", area: "products", [
            attribute("plan_name", "varchar(40)", "name of the plan"),
            measure("monthly_fee", money, "monthly fee of the plan"),
            measure("included_units", "integer", "units included each month"),
        ]),
        DimensionEntity("tariff", "tariff", area: "products", [
            attribute("tariff_name", "varchar(40)", "name of the tariff"),
            measure("unit_rate", money, "price of one usage unit"),
        ]),
        DimensionEntity("network_cell", "network cell", area: "logistics", [
            attribute("cell_code", "char(12)", "code of the cell"),
            attribute("technology", "char(5)", "radio technology, e.g. 4G or 5G"),
            measure("capacity_users", "integer", "number of users the cell serves at once"),
        ]),
        customer,
    ])
}
