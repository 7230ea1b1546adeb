import Model

/// Business areas of operations and services (the other half of the catalog).
extension BusinessArea {
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
            attribute("recyclable_flag", "char(1)", "Y if the package is recyclable").saying("recyclable packages", "packages that are not recyclable"),
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
            attribute("preferred_flag", "char(1)", "Y if the supplier is preferred").saying("preferred suppliers", "other suppliers"),
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
