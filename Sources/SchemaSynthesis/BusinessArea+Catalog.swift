import Model

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
        attribute("preferred_flag", "char(1)", "Y if the customer is a preferred customer, else N").saying("preferred customers", "customers who are not preferred"),
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
            attribute("channel_email", "char(1)", "Y if the promotion is announced by email").saying("promotions announced by e-mail", "promotions not announced by e-mail"),
            attribute("channel_tv", "char(1)", "Y if the promotion is announced on television").saying("promotions announced on TV", "promotions not announced on TV"),
            attribute("purpose", "char(15)", "business purpose of the promotion"),
            attribute("discount_active", "char(1)", "Y if the promotion grants a discount").saying("promotions with a discount", "promotions without a discount"),
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
            attribute("instant_flag", "char(1)", "Y if the payment settles instantly").saying("where the payment settles instantly", "where the payment does not settle instantly"),
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

}
