import Model

/// Vocabulary shared by every business area: generic dimension attributes and fact measures,
/// calendar dimensions, snowflake sub-dimension kinds, role names and regional qualifiers.
enum GenericVocabulary {
    private static let money = "decimal(7,2)"

    /// Attributes any dimension may have; `{e}` is the entity phrase.
    static let dimensionAttributes: [ColumnTemplate] = [
        ColumnTemplate("name", "varchar(50)", .attribute, "display name of the {e}"),
        ColumnTemplate("description", "varchar(200)", .attribute, "free-text description of the {e}"),
        ColumnTemplate("status", "char(10)", .attribute, "current status of the {e}, e.g. active or closed"),
        ColumnTemplate("category", "varchar(50)", .attribute, "category the {e} belongs to"),
        ColumnTemplate("class", "char(20)", .attribute, "class of the {e} used in reporting"),
        ColumnTemplate("code", "char(10)", .identifier, "short business code of the {e}"),
        ColumnTemplate("rec_start_date", "date", .date, "first date this version of the {e} is valid"),
        ColumnTemplate("rec_end_date", "date", .date, "last date this version of the {e} is valid, empty if current"),
        ColumnTemplate("created_date", "date", .date, "date the {e} was created"),
        ColumnTemplate("modified_date", "date", .date, "date the {e} was last changed"),
        ColumnTemplate("country", "varchar(20)", .attribute, "country of the {e}"),
        ColumnTemplate("state", "char(2)", .attribute, "state or province code of the {e}"),
        ColumnTemplate("city", "varchar(60)", .attribute, "city of the {e}"),
        ColumnTemplate("zip", "char(10)", .attribute, "postal code of the {e}"),
        ColumnTemplate("region", "varchar(30)", .attribute, "geographic region of the {e}"),
        ColumnTemplate("manager", "varchar(40)", .attribute, "name of the manager responsible for the {e}"),
        ColumnTemplate("priority", "integer", .attribute, "priority rank of the {e} (1 = highest)"),
        ColumnTemplate("active_flag", "char(1)", .attribute, "Y if the {e} is active, else N").saying("where the {e} is active", "where the {e} is inactive"),
        ColumnTemplate("sort_order", "integer", .attribute, "display order of the {e} in reports"),
        ColumnTemplate("source_system", "varchar(20)", .attribute, "system the {e} record was loaded from"),
        ColumnTemplate("external_ref", "char(16)", .identifier, "reference of the {e} in the source system"),
        ColumnTemplate("owner", "varchar(40)", .attribute, "business owner of the {e}"),
        ColumnTemplate("comment", "varchar(100)", .attribute, "remarks about the {e}"),
        ColumnTemplate("phone", "char(15)", .attribute, "contact phone number of the {e}"),
    ]

    /// Measures any fact may have; `{e}` is the event phrase.
    static let factMeasures: [ColumnTemplate] = [
        ColumnTemplate("amount", money, .measure, "total amount of the {e} row"),
        ColumnTemplate("unit_count", "integer", .measure, "number of units in the {e} row"),
        ColumnTemplate("gross_amt", money, .measure, "amount of the {e} before deductions"),
        ColumnTemplate("net_amt", money, .measure, "amount of the {e} after deductions"),
        ColumnTemplate("tax_amt", money, .measure, "tax on the {e}"),
        ColumnTemplate("discount_amt", money, .measure, "discount granted on the {e}"),
        ColumnTemplate("cost_amt", money, .measure, "cost incurred by the {e}"),
        ColumnTemplate("profit_amt", money, .measure, "profit earned from the {e}"),
        ColumnTemplate("fee_amt", money, .measure, "fees charged for the {e}"),
        ColumnTemplate("shipping_cost", money, .measure, "shipping cost allocated to the {e}"),
        ColumnTemplate("commission_amt", money, .measure, "commission paid on the {e}"),
        ColumnTemplate("duration_minutes", "integer", .measure, "minutes the {e} took"),
        ColumnTemplate("item_count", "integer", .measure, "number of items in the {e}"),
        ColumnTemplate("points_earned", "integer", .measure, "loyalty points earned by the {e}"),
        ColumnTemplate("weight_kg", money, .measure, "weight involved in the {e}, in kilograms"),
        ColumnTemplate("reporting_amt", money, .measure, "amount of the {e} in the reporting currency"),
        ColumnTemplate("budget_variance", money, .measure, "difference between the {e} amount and its budget"),
        ColumnTemplate("score", "integer", .measure, "quality score of the {e} (0-100)"),
        ColumnTemplate("estimated_amt", money, .measure, "amount of the {e} estimated in advance"),
        ColumnTemplate("adjustment_amt", money, .measure, "manual adjustment applied to the {e}"),
        ColumnTemplate("handling_cost", money, .measure, "handling cost allocated to the {e}"),
    ]

    /// Descriptive columns a fact may carry besides keys and measures; `{e}` is the event phrase.
    static let factAttributes: [ColumnTemplate] = [
        ColumnTemplate("status", "char(10)", .attribute, "processing status of the {e}"),
        ColumnTemplate("currency_code", "char(3)", .attribute, "ISO code of the currency of the {e}"),
        ColumnTemplate("entry_channel", "char(10)", .attribute, "channel through which the {e} was entered"),
        ColumnTemplate("recorded_date", "date", .date, "date the {e} was recorded in the source system"),
        ColumnTemplate("reference_code", "char(16)", .identifier, "external reference of the {e}"),
    ]

    /// The calendar-day dimension; the first column is the key, the second the business identifier.
    static let dateDimension: [ColumnTemplate] = [
        ColumnTemplate("date_sk", "integer", .key, "unique key of the calendar day"),
        ColumnTemplate("date_id", "char(16)", .identifier, "business identifier string of the day"),
        ColumnTemplate("date", "date", .date, "the calendar date"),
        ColumnTemplate("year", "integer", .date, "calendar year"),
        ColumnTemplate("moy", "integer", .date, "month of the year (1-12)"),
        ColumnTemplate("dom", "integer", .date, "day of the month (1-31)"),
        ColumnTemplate("qoy", "integer", .date, "quarter of the year (1-4)"),
        ColumnTemplate("dow", "integer", .date, "day of the week (0 = Sunday)"),
        ColumnTemplate("week_seq", "integer", .date, "sequence number of the week since the first day"),
        ColumnTemplate("month_seq", "integer", .date, "sequence number of the month since the first day"),
        ColumnTemplate("fy_year", "integer", .date, "fiscal year"),
        ColumnTemplate("fy_quarter_seq", "integer", .date, "sequence number of the fiscal quarter"),
        ColumnTemplate("day_name", "char(9)", .attribute, "name of the weekday, e.g. Monday"),
        ColumnTemplate("quarter_name", "char(6)", .attribute, "year and quarter, e.g. 2001Q3"),
        ColumnTemplate("holiday", "char(1)", .attribute, "Y if the day is a public holiday").saying("on holidays", "on days that are not holidays"),
        ColumnTemplate("weekend", "char(1)", .attribute, "Y if the day falls on a weekend").saying("on weekends", "on weekdays"),
        ColumnTemplate("following_holiday", "char(1)", .attribute, "Y if the day follows a holiday").saying("on days after a holiday", "on days not after a holiday"),
        ColumnTemplate("first_dom", "integer", .date, "day number of the first day of the month"),
        ColumnTemplate("current_month", "char(1)", .attribute, "Y if the day is in the current month").saying("in the current month", "outside the current month"),
        ColumnTemplate("current_year", "char(1)", .attribute, "Y if the day is in the current year").saying("in the current year", "outside the current year"),
    ]

    /// The time-of-day dimension.
    static let timeDimension: [ColumnTemplate] = [
        ColumnTemplate("time_sk", "integer", .key, "unique key of the second of the day"),
        ColumnTemplate("time_id", "char(16)", .identifier, "business identifier string of the time"),
        ColumnTemplate("time", "integer", .date, "seconds since midnight"),
        ColumnTemplate("hour", "integer", .date, "hour of the day (0-23)"),
        ColumnTemplate("minute", "integer", .date, "minute of the hour (0-59)"),
        ColumnTemplate("second", "integer", .date, "second of the minute (0-59)"),
        ColumnTemplate("am_pm", "char(2)", .attribute, "AM or PM"),
        ColumnTemplate("shift", "char(20)", .attribute, "work shift, e.g. first, second or third"),
        ColumnTemplate("sub_shift", "char(20)", .attribute, "part of the shift, e.g. morning or night"),
        ColumnTemplate("meal_time", "char(20)", .attribute, "meal period, e.g. breakfast, lunch or dinner"),
    ]

    /// Kinds of snowflake sub-dimension: name suffix, phrase and the columns typical of it.
    static let subDimensions: [(suffix: String, phrase: String, columns: [ColumnTemplate])] = [
        ("category", "category", [
            ColumnTemplate("category_name", "varchar(50)", .attribute, "name of the {e}"),
            ColumnTemplate("parent_category", "varchar(50)", .attribute, "broader category the {e} rolls up to"),
        ]),
        ("type", "type", [
            ColumnTemplate("type_name", "varchar(30)", .attribute, "name of the {e}"),
            ColumnTemplate("type_group", "char(15)", .attribute, "group of related values of the {e}"),
        ]),
        ("segment", "segment", [
            ColumnTemplate("segment_name", "varchar(30)", .attribute, "name of the {e}"),
            ColumnTemplate("target_share_pct", "integer", .measure, "target share of the {e} in percent"),
        ]),
        ("address", "address", [
            ColumnTemplate("street_name", "varchar(60)", .attribute, "street of the {e}"),
            ColumnTemplate("street_number", "char(10)", .attribute, "house number of the {e}"),
            ColumnTemplate("county", "varchar(30)", .attribute, "county of the {e}"),
            ColumnTemplate("gmt_offset", "decimal(5,2)", .attribute, "offset of the local time from GMT in hours"),
        ]),
        ("group", "group", [
            ColumnTemplate("group_name", "varchar(40)", .attribute, "name of the {e}"),
            ColumnTemplate("member_count", "integer", .measure, "number of members in the {e}"),
        ]),
        ("class", "class", [
            ColumnTemplate("class_name", "varchar(30)", .attribute, "name of the {e}"),
            ColumnTemplate("class_rank", "integer", .attribute, "rank of the {e} among its siblings"),
        ]),
        ("tier", "tier", [
            ColumnTemplate("tier_name", "char(10)", .attribute, "name of the {e}"),
            ColumnTemplate("threshold_amt", "decimal(7,2)", .measure, "amount needed to reach the {e}"),
        ]),
        ("profile", "profile", [
            ColumnTemplate("profile_name", "varchar(30)", .attribute, "name of the {e}"),
            ColumnTemplate("risk_score", "integer", .measure, "risk score of the {e} (0-100)"),
        ]),
        ("division", "division", [
            ColumnTemplate("division_name", "varchar(40)", .attribute, "name of the {e}"),
            ColumnTemplate("division_head", "varchar(40)", .attribute, "head of the {e}"),
        ]),
        ("zone", "zone", [
            ColumnTemplate("zone_name", "varchar(30)", .attribute, "name of the {e}"),
            ColumnTemplate("time_zone", "char(6)", .attribute, "time zone of the {e}"),
        ]),
    ]

    /// Prefixes for a dimension referenced a second (third ...) time by the same fact.
    static let roles: [(name: String, phrase: String)] = [
        ("bill", "billed"), ("ship", "shipped-to"), ("primary", "primary"), ("secondary", "secondary"),
        ("origin", "originating"), ("destination", "destination"), ("previous", "previous"), ("approving", "approving"),
    ]

    /// Extra date roles when an event's own list runs out.
    static let extraDateRoles = ["recorded", "approved", "settled", "reviewed", "closed", "effective"]

    /// Qualifiers that keep table names unique once an area's own qualifiers are used up.
    static let regions = ["north", "south", "east", "west", "central", "emea", "apac", "amer", "latam", "nordic",
                          "iberia", "benelux", "dach", "anz", "india", "japan"]
}
