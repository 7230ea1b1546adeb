/// Item attributes with the TPC-DS value domains.
enum ProductVocabulary {
    /// A TPC-DS category with its classes; `id` is the TPC-DS `i_category_id`.
    struct Category: Sendable {
        let id: Int
        let name: String
        let classes: [String]
    }

    static let categories: [Category] = [
        Category(id: 1, name: "Women", classes: ["dresses", "fragrances", "maternity", "swimwear"]),
        Category(id: 2, name: "Men", classes: ["accessories", "pants", "shirts", "sports-apparel"]),
        Category(id: 3, name: "Children", classes: ["infants", "newborn", "school-uniforms", "toddlers"]),
        Category(id: 4, name: "Shoes", classes: ["athletic", "kids", "mens", "womens"]),
        Category(id: 5, name: "Music", classes: ["classical", "country", "pop", "rock"]),
        Category(id: 6, name: "Jewelry", classes: [
            "birdal", "bracelets", "consignment", "costume", "custom", "diamonds", "earings", "estate", "gold",
            "jewelry boxes", "loose stones", "mens watch", "pendants", "rings", "semi-precious", "womens watch",
        ]),
        Category(id: 7, name: "Home", classes: [
            "accent", "bathroom", "bedding", "blinds/shades", "curtains/drapes", "decor", "flatware", "furniture",
            "glassware", "kids", "lighting", "mattresses", "paint", "rugs", "tables", "wallpaper",
        ]),
        Category(id: 8, name: "Sports", classes: [
            "archery", "athletic shoes", "baseball", "basketball", "camping", "fishing", "fitness", "football",
            "golf", "guns", "hockey", "optics", "outdoor", "pools", "sailing", "tennis",
        ]),
        Category(id: 9, name: "Books", classes: [
            "arts", "business", "computers", "cooking", "entertainments", "fiction", "history", "home repair",
            "mystery", "parenting", "reference", "romance", "science", "self-help", "sports", "travel",
        ]),
        Category(id: 10, name: "Electronics", classes: [
            "audio", "automotive", "cameras", "camcorders", "disk drives", "dvd/vcr players", "karoke", "memory",
            "monitors", "musical", "personal", "portable", "scanners", "stereo", "televisions", "wireless",
        ]),
    ]

    /// Brand name syllables (`amalg`, `exporti`, ...), combined as TPC-DS does: `exportiunivamalg #9`.
    static let brandSyllables = [
        "amalg", "exporti", "importo", "edu pack", "scholar", "corp", "univ", "maxi", "brand", "nameless",
    ]

    /// The brand of a category, class and brand number, e.g. `amalgamalg #1` for (1, 1, 1).
    static func brand(categoryID: Int, classID: Int, number: Int) -> String {
        let first = brandSyllables[(max(categoryID, 1) - 1) % brandSyllables.count]
        let second = String(classID).map { brandSyllables[((Int(String($0)) ?? 1) + 9) % 10] }.joined()
        return "\(first)\(second) #\(number)"
    }

    /// `i_brand_id` of a brand: category, class and number packed as TPC-DS does (1001001).
    static func brandID(categoryID: Int, classID: Int, number: Int) -> Int {
        categoryID * 1_000_000 + classID * 1000 + number
    }

    static let colors = [
        "almond", "antique", "aquamarine", "azure", "beige", "bisque", "black", "blanched", "blue", "blush",
        "brown", "burlywood", "burnished", "chartreuse", "chiffon", "chocolate", "coral", "cornflower",
        "cornsilk", "cream", "cyan", "dark", "deep", "dim", "dodger", "drab", "firebrick", "floral", "forest",
        "frosted", "gainsboro", "ghost", "goldenrod", "green", "grey", "honeydew", "hot", "indian", "ivory",
        "khaki", "lace", "lavender", "lawn", "lemon", "light", "lime", "linen", "magenta", "maroon", "medium",
        "metallic", "midnight", "mint", "misty", "moccasin", "navajo", "navy", "olive", "orange", "orchid",
        "pale", "papaya", "peach", "peru", "pink", "plum", "powder", "puff", "purple", "red", "rose", "rosy",
        "royal", "saddle", "salmon", "sandy", "seashell", "sienna", "sky", "slate", "smoke", "snow", "spring",
        "steel", "tan", "thistle", "tomato", "turquoise", "violet", "wheat", "white", "yellow",
    ]

    static let sizes = ["small", "medium", "large", "extra large", "economy", "petite", "N/A"]

    static let units = [
        "Each", "Dozen", "Case", "Pallet", "Gross", "Carton", "Box", "Bunch", "Bundle", "Oz", "Lb", "Ton",
        "Ounce", "Pound", "Tsp", "Tbl", "Cup", "Dram", "Gram", "N/A", "Unknown",
    ]

    static let containers = ["Unknown"]

    /// `i_rec_start_date` values of TPC-DS item history.
    static let recordStartDates = ["1997-10-27", "1999-10-28", "2000-10-27", "2001-10-27"]
}
