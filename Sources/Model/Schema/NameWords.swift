/// Splits SQL identifiers into lower-case words and turns words into phrases a question can use:
/// `ss_ext_sales_price` → `ss ext sales price`, `CustomerID` → `customer id`, abbreviations
/// expanded (`ext` → `extended`), acronyms written in capitals (`zip` → `ZIP`), nouns inflected.
enum NameWords {
    /// The words of `name`: split at `_`, `-`, `.`, spaces, lower-to-upper case changes
    /// (`orderDate`), the end of a capital run (`XMLFile` → `xml file`) and letter/digit changes
    /// (`address2` → `address 2`); lower case.
    static func split(_ name: String) -> [String] {
        var words: [String] = []
        var current: [Character] = []
        let characters = Array(name)
        func flush() {
            if !current.isEmpty { words.append(String(current).lowercased()) }
            current = []
        }
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber else {
                flush()
                continue
            }
            if let previous = current.last {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let startsWord = (character.isUppercase && (previous.isLowercase || previous.isNumber))
                    || (character.isUppercase && previous.isUppercase && (next?.isLowercase ?? false))
                    || (character.isNumber != previous.isNumber)
                if startsWord { flush() }
            }
            current.append(character)
        }
        flush()
        return words
    }

    /// Key suffixes dropped from key and foreign-key column names (`customer_sk` → `customer`).
    static let keySuffixes: Set<String> = ["sk", "id", "key", "fk"]

    /// Suffixes that are always dropped, whatever the column's role: surrogate-key markers.
    static let surrogateSuffixes: Set<String> = ["sk", "fk"]

    /// Common abbreviations in column and table names and what a question says instead.
    static let abbreviations: [String: String] = [
        "addr": "address", "amt": "amount", "avg": "average", "cat": "category", "cdemo": "customer demographics",
        "cnt": "count", "cust": "customer", "dep": "dependent", "dept": "department", "desc": "description",
        "dom": "day of month", "dow": "day of week", "dt": "date", "emp": "employee", "ext": "extended",
        "fy": "fiscal", "hdemo": "household demographics", "inc": "including", "inv": "inventory",
        "manufact": "manufacturer", "max": "maximum", "mgr": "manager", "min": "minimum", "mkt": "market",
        "moy": "month of year", "nbr": "number", "no": "number", "num": "number", "pct": "percent",
        "prod": "product", "promo": "promotion", "qoy": "quarter of year", "qty": "quantity",
        "rec": "record", "seq": "sequence", "shipto": "ship-to", "sq": "square", "ft": "feet", "tot": "total",
        "yr": "year",
    ]

    /// Words written in capitals.
    static let acronyms: Set<String> = ["am", "pm", "crm", "erp", "gl", "gmt", "id", "ip", "iso", "po", "sku", "sla",
                                        "sql", "ssn", "upc", "url", "vat", "zip"]

    /// Words that table names add without naming the entity (`date_dim`, `fact_sales`, `tbl_orders`).
    static let tableNoise: Set<String> = ["dim", "dimension", "fact", "tbl", "table"]

    /// `words` with abbreviations expanded and acronyms in capitals, joined by spaces.
    static func phrase(_ words: [String]) -> String {
        words.map(expand).joined(separator: " ")
    }

    /// One word as a question writes it.
    static func expand(_ word: String) -> String {
        if let long = abbreviations[word] { return long }
        if acronyms.contains(word) { return word.uppercased() }
        return word
    }

    private static let irregularPlurals: [String: String] = [
        "person": "people", "child": "children", "man": "men", "woman": "women", "datum": "data",
        "criterion": "criteria", "index": "indexes",
    ]

    /// Words that are the same in singular and plural, or have no plural worth making.
    private static let uncountable: Set<String> = [
        "inventory", "information", "info", "data", "equipment", "staff", "personnel", "series", "species",
        "news", "metadata", "demographics", "analytics", "statistics",
    ]

    /// The plural of a lower-case noun phrase (its last word inflected).
    static func plural(_ phrase: String) -> String {
        var words = phrase.split(separator: " ").map(String.init)
        guard let last = words.last else { return phrase }
        words[words.count - 1] = pluralWord(last)
        return words.joined(separator: " ")
    }

    /// The singular of a lower-case noun phrase whose last word may be plural (`store sales` → `store sale`).
    static func singular(_ phrase: String) -> String {
        var words = phrase.split(separator: " ").map(String.init)
        guard let last = words.last else { return phrase }
        words[words.count - 1] = singularWord(last)
        return words.joined(separator: " ")
    }

    private static func pluralWord(_ word: String) -> String {
        if uncountable.contains(word) { return word }
        if let irregular = irregularPlurals[word] { return irregular }
        if word.count < 2 || word.first?.isNumber == true { return word }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if word.hasSuffix("y"), let beforeY = word.dropLast().last, !vowels.contains(beforeY) {
            return word.dropLast() + "ies"
        }
        for ending in ["s", "x", "z", "ch", "sh"] where word.hasSuffix(ending) { return word + "es" }
        return word + "s"
    }

    private static func singularWord(_ word: String) -> String {
        if uncountable.contains(word) || word.count < 4 { return word }
        if let irregular = irregularPlurals.first(where: { $0.value == word }) { return irregular.key }
        if word.hasSuffix("ies") { return word.dropLast(3) + "y" }
        for ending in ["sses", "xes", "zes", "ches", "shes"] where word.hasSuffix(ending) { return String(word.dropLast(2)) }
        for ending in ["ss", "us", "is"] where word.hasSuffix(ending) { return word }
        if word.hasSuffix("s") { return String(word.dropLast()) }
        return word
    }
}
