/// US places for addresses: real state codes with a matching GMT offset and zip prefix, and city,
/// county and street names common in TPC-DS data.
enum PlaceVocabulary {
    /// A US state: two-letter code, GMT offset (standard time), first two zip digits.
    struct State: Sendable {
        let code: String
        let gmtOffset: Int
        let zipPrefix: Int
    }

    static let states: [State] = [
        State(code: "AL", gmtOffset: -6, zipPrefix: 35), State(code: "AR", gmtOffset: -6, zipPrefix: 72),
        State(code: "AZ", gmtOffset: -7, zipPrefix: 85), State(code: "CA", gmtOffset: -8, zipPrefix: 90),
        State(code: "CO", gmtOffset: -7, zipPrefix: 80), State(code: "FL", gmtOffset: -5, zipPrefix: 32),
        State(code: "GA", gmtOffset: -5, zipPrefix: 30), State(code: "IA", gmtOffset: -6, zipPrefix: 50),
        State(code: "ID", gmtOffset: -7, zipPrefix: 83), State(code: "IL", gmtOffset: -6, zipPrefix: 60),
        State(code: "IN", gmtOffset: -5, zipPrefix: 46), State(code: "KS", gmtOffset: -6, zipPrefix: 66),
        State(code: "KY", gmtOffset: -5, zipPrefix: 40), State(code: "LA", gmtOffset: -6, zipPrefix: 70),
        State(code: "MI", gmtOffset: -5, zipPrefix: 48), State(code: "MN", gmtOffset: -6, zipPrefix: 55),
        State(code: "MO", gmtOffset: -6, zipPrefix: 63), State(code: "MS", gmtOffset: -6, zipPrefix: 38),
        State(code: "MT", gmtOffset: -7, zipPrefix: 59), State(code: "NC", gmtOffset: -5, zipPrefix: 27),
        State(code: "ND", gmtOffset: -6, zipPrefix: 58), State(code: "NE", gmtOffset: -6, zipPrefix: 68),
        State(code: "NM", gmtOffset: -7, zipPrefix: 87), State(code: "NY", gmtOffset: -5, zipPrefix: 12),
        State(code: "OH", gmtOffset: -5, zipPrefix: 44), State(code: "OK", gmtOffset: -6, zipPrefix: 73),
        State(code: "OR", gmtOffset: -8, zipPrefix: 97), State(code: "PA", gmtOffset: -5, zipPrefix: 15),
        State(code: "SC", gmtOffset: -5, zipPrefix: 29), State(code: "SD", gmtOffset: -6, zipPrefix: 57),
        State(code: "TN", gmtOffset: -6, zipPrefix: 37), State(code: "TX", gmtOffset: -6, zipPrefix: 75),
        State(code: "UT", gmtOffset: -7, zipPrefix: 84), State(code: "VA", gmtOffset: -5, zipPrefix: 22),
        State(code: "WA", gmtOffset: -8, zipPrefix: 98), State(code: "WI", gmtOffset: -6, zipPrefix: 53),
        State(code: "WV", gmtOffset: -5, zipPrefix: 25),
    ]

    static let cities = [
        "Midway", "Fairview", "Oak Grove", "Five Points", "Pleasant Hill", "Centerville", "Riverside",
        "Oakland", "Glendale", "Greenwood", "Mount Zion", "Liberty", "Bethel", "Union", "Shiloh", "Lakeside",
        "Salem", "Antioch", "Georgetown", "Springfield", "Jackson", "Franklin", "Clinton", "Greenville",
        "Marion", "Woodland", "Spring Hill", "Hamilton", "Mount Pleasant", "Oak Hill", "Pleasant Valley",
        "Wildwood", "Sulphur Springs", "Plainview", "Lebanon", "Newport", "Sunnyside", "Highland Park",
        "Lincoln", "Walnut Grove", "Unionville", "Edgewood", "Crossroads", "Summit", "Friendship",
    ]

    static let counties = [
        "Williamson County", "Walker County", "Ziebach County", "Huron County", "Jefferson County",
        "Franklin Parish", "Barrow County", "Daviess County", "Fairfield County", "Richland County",
        "Luce County", "Levy County", "Maverick County", "Mesa County", "Raleigh County", "Bronx County",
        "Orange County", "Marshall County", "Dauphin County", "Lunenburg County", "Kittitas County",
        "Gogebic County", "Saginaw County", "Mobile County", "Douglas County", "Pennington County",
        "Terrell County", "Furnas County", "Wadena County", "Pipestone County",
    ]

    static let streetNames = [
        "Main", "Oak", "Park", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Hill",
        "Lake", "Elm", "Maple", "Cedar", "Pine", "Walnut", "Washington", "Lincoln", "Jackson", "Johnson",
        "Church", "Spring", "Ridge", "Sunset", "Willow", "Railroad", "College", "Highland", "Forest",
        "River", "Meadow", "Dogwood", "Smith", "Center", "Adams", "Jefferson", "Madison", "View", "Mill",
    ]

    static let streetTypes = [
        "Street", "ST", "Avenue", "Ave", "Boulevard", "Blvd", "Road", "RD", "Lane", "Ln", "Drive", "Dr.",
        "Court", "Ct.", "Circle", "Cir.", "Way", "Wy", "Parkway", "Pkwy",
    ]

    static let locationTypes = ["apartment", "condo", "single family"]

    /// Birth countries, upper case as in TPC-DS.
    static let countries = [
        "UNITED STATES", "CANADA", "MEXICO", "BRAZIL", "CHILE", "UNITED KINGDOM", "GERMANY", "FRANCE",
        "ITALY", "SPAIN", "POLAND", "IRELAND", "INDIA", "CHINA", "JAPAN", "KOREA, REPUBLIC OF", "AUSTRALIA",
        "NEW ZEALAND", "SOUTH AFRICA", "EGYPT", "NIGERIA", "PHILIPPINES", "VIET NAM", "TURKEY", "GREECE",
    ]
}
