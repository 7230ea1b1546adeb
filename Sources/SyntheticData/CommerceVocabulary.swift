/// Value domains of the TPC-DS business dimensions and a word list for descriptions.
enum CommerceVocabulary {
    static let returnReasons = [
        "Package was damaged", "Stopped working", "Did not get it on time", "Not the product that was ordred",
        "Parts missing", "Does not work with a product that I have", "Gift exchange", "Did not like the color",
        "Did not like the model", "Did not like the make", "Did not like the warranty",
        "No service location in my area", "Found a better price in a store",
        "Found a better extended warranty in a store", "Not working any more", "Did not fit", "Wrong size",
        "Lost my job", "unauthoized purchase", "duplicate purchase", "its is a boy", "it is a girl",
        "Ordered too many", "Arrived too late", "Changed my mind", "Item not as described",
        "Better model available", "Received a duplicate gift", "Too expensive after all", "Poor quality",
        "Missing manual", "Incompatible accessories", "Damaged in shipping", "Wrong item sent", "Other",
    ]

    static let shipModeTypes = ["EXPRESS", "NEXT DAY", "OVERNIGHT", "TWO DAY", "REGULAR", "LIBRARY"]
    static let shipModeCodes = ["AIR", "SURFACE", "SEA", "BIKE", "HAND CARRY", "MESSENGER"]
    static let carriers = [
        "UPS", "FEDEX", "AIRBORNE", "USPS", "DHL", "TBS", "ZHOU", "ZOUROS", "MSC", "LATVIAN", "ALLIANCE",
        "ORIENTAL", "BARIAN", "BOXBUNDLES", "GREAT EASTERN", "DIAMOND", "RUPEKSA", "GERMA", "HARMSTORF",
        "PRIVATECARRIER",
    ]

    static let storeHours = ["8AM-4PM", "8AM-12AM", "8AM-8AM"]
    static let callCenterNames = [
        "NY Metro", "Mid Atlantic", "North Midwest", "Pacific Northwest", "California", "Hawaii/Alaska",
        "Central Midwest", "South Atlantic", "Gulf Coast", "Rocky Mountain",
    ]
    static let callCenterClasses = ["small", "medium", "large"]
    static let webPageTypes = ["welcome", "protected", "dynamic", "feedback", "general", "order", "ad"]
    static let catalogTypes = ["bi-annual", "quarterly", "monthly"]
    static let promotionPurposes = ["Unknown", "Unknown", "Unknown", "Awareness", "Sales", "Clearance", "Seasonal"]
    static let geographyClasses = ["Unknown", "urban", "suburban", "rural"]

    /// Words for descriptions and other free text.
    static let words = [
        "able", "about", "actual", "additional", "advanced", "available", "basic", "better", "big", "boxes",
        "business", "careful", "central", "certain", "children", "clear", "common", "complete", "current",
        "customers", "daily", "different", "early", "easy", "economic", "electronic", "english", "fresh", "full",
        "general", "good", "great", "happy", "high", "important", "industrial", "key", "large", "late", "little",
        "local", "long", "main", "major", "modern", "national", "natural", "new", "normal", "old", "open",
        "other", "particular", "personal", "political", "popular", "possible", "present", "private", "public",
        "quick", "real", "recent", "right", "serious", "similar", "simple", "single", "small", "social",
        "special", "standard", "strong", "sure", "traditional", "true", "usual", "various", "whole", "wide",
        "years", "products", "services", "stores", "prices", "quality", "markets", "goods", "sales", "offers",
    ]

    /// Nouns for generic `_type` and `_class` columns.
    static let kinds = ["standard", "premium", "basic", "deluxe", "economy", "regular", "special", "Unknown"]
}
