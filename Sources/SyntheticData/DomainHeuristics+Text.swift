import Model
import SQLite

extension DomainHeuristics {
    static let personWords: Set<String> = ["contact", "customer", "person", "full", "user", "employee", "manager", "owner",
                                           "author", "buyer", "agent", "rep", "recipient", "driver", "student", "patient",
                                           "client", "holder", "cardholder", "member", "reviewer", "seller"]
    static let companyWords: Set<String> = ["company", "supplier", "vendor", "manufacturer", "brand", "business",
                                            "organization", "employer", "carrier", "merchant", "publisher", "store", "shop"]
    static let productWords: Set<String> = ["product", "item", "article"]
    static let categoryWords: Set<String> = ["category", "department", "genre", "class", "group", "collection", "parent"]
    static let proseWords: Set<String> = ["description", "desc", "details", "comment", "comments", "note", "notes", "body",
                                          "text", "message", "summary", "bio", "content", "feedback", "remarks", "review"]

    /// A text column: names, contact details, addresses, statuses and other small value sets,
    /// codes and sentences.
    func text(_ position: Int, semantics: ColumnSemantics) -> ValueRecipe? {
        let own = words[position]
        let length = shapes[position].maxLength ?? 200
        if has(position, "email", "mail") && !has(position, "status", "verified") {
            let first = column(except: position, family: .text) { $0.contains("first") && $0.contains("name") }
            let last = column(except: position, family: .text) { $0.contains("last") && $0.contains("name") }
            return .domain(.email(first: first, last: last, full: personNameColumn(except: position)))
        }
        if has(position, "phone", "fax", "mobile", "telephone", "tel", "cell") { return .phone }
        if has(position, "url", "website", "homepage", "link") {
            return .domain(.website(name: nameColumn(except: position)))
        }
        if has(position, "address", "addr", "line1", "line2") || own.last == "street" { return .domain(.streetAddress) }
        if has(position, "postcode", "postal", "zip", "zipcode") { return length >= 5 ? .zip : nil }
        if has(position, "country") {
            // Next to a US state or ZIP code, the country is the United States.
            if column(except: position, where: { $0.contains("state") || $0.contains("zip") }) != nil {
                return .pick([length <= 3 ? "US" : "United States"])
            }
            return .domain(.weighted(length <= 3 ? DomainVocabulary.countryCodes : DomainVocabulary.countries))
        }
        if has(position, "status", "stage") { return .domain(.weighted(status(of: position))) }
        if let set = smallSet(position, length: length) { return .domain(.weighted(set)) }
        if has(position, "username", "login", "handle", "nickname") { return .login }
        if let last = own.last, ["owner", "manager", "contact", "rep", "agent", "assignee", "salesperson"].contains(last) {
            return .domain(.personName)
        }
        if has(position, "name") || own == ["title"] || own.last == "title" { return name(position) }
        if has(position, "sku") { return .domain(.serial(prefix: "SKU-", width: min(6, max(1, length - 4)))) }
        if has(position, "tracking") { return .domain(.token(prefix: "1Z", length: max(1, min(16, length - 2)))) }
        if has(position, "ref", "reference", "transaction", "confirmation", "token", "coupon", "promo", "voucher") {
            return .domain(.token(prefix: "", length: min(12, length)))
        }
        if has(position, "number", "no", "num") && semantics.role != .businessKey {
            let word = own.first { !["number", "no", "num"].contains($0) && $0.count > 2 } ?? table.name
            let prefix = String(DomainHeuristics.slug(word).prefix(3)).uppercased()
            let width = min(6, max(1, length - prefix.count - 1))
            return .domain(.serial(prefix: prefix.isEmpty ? "" : prefix + "-", width: width))
        }
        if own.contains(where: DomainHeuristics.proseWords.contains) { return .domain(.sentences(1...2)) }
        return nil
    }

    /// The status set for a row: what the column names first (`payment_status` of an order), else the table.
    private func status(of position: Int) -> DomainVocabulary.Weighted {
        let fromColumn = DomainVocabulary.statuses(for: Set(words[position].map(DomainHeuristics.singular)))
        if fromColumn.values != DomainVocabulary.accountStatuses.values { return fromColumn }
        return DomainVocabulary.statuses(for: tableWords)
    }

    /// Payment methods, carriers, tiers, priorities, channels, currencies, genders.
    private func smallSet(_ position: Int, length: Int) -> DomainVocabulary.Weighted? {
        if has(position, "method") {
            return has(position, "shipping", "delivery", "ship") ? DomainVocabulary.shippingMethods : DomainVocabulary.paymentMethods
        }
        if has(position, "carrier", "courier", "shipper") && !has(position, "name", "id") { return DomainVocabulary.carriers }
        if has(position, "tier", "membership", "loyalty", "segment") { return DomainVocabulary.tiers }
        if has(position, "priority", "severity", "urgency") { return DomainVocabulary.priorities }
        if has(position, "channel", "source") { return DomainVocabulary.channels }
        if has(position, "currency") && length >= 3 { return DomainVocabulary.currencies }
        if has(position, "gender", "sex") { return DomainVocabulary.genders }
        if has(position, "region", "territory") { return DomainVocabulary.regions }
        return nil
    }

    /// A name or title by what it names: a person, a company, a product, a category, or a row of
    /// the table ("Summit Warehouse").
    private func name(_ position: Int) -> ValueRecipe {
        let own = Set(words[position])
        if own.contains("first") { return .pick(PeopleVocabulary.firstNames) }
        if own.contains("last") || own.contains("surname") { return .pick(PeopleVocabulary.lastNames) }
        if own.contains("title") {
            if tableIs(DomainHeuristics.personTables) { return .pick(DomainVocabulary.jobTitles) }
            if tableIs(["review", "feedback", "rating", "comment"]) { return .pick(DomainVocabulary.reviewTitles) }
            return tableIs(DomainHeuristics.productTables) ? .domain(.productName) : tableName
        }
        if !own.isDisjoint(with: DomainHeuristics.companyWords) { return .domain(.companyName) }
        if !own.isDisjoint(with: DomainHeuristics.personWords) { return .domain(.personName) }
        if !own.isDisjoint(with: DomainHeuristics.productWords) { return .domain(.productName) }
        if !own.isDisjoint(with: DomainHeuristics.categoryWords) { return .domain(.indexed(DomainVocabulary.categoryNames)) }
        return tableName
    }

    /// The name of one of this table's rows.
    var tableName: ValueRecipe {
        if tableIs(DomainHeuristics.personTables) { return .domain(.personName) }
        if tableIs(DomainHeuristics.companyTables) { return .domain(.companyName) }
        if tableIs(DomainHeuristics.productTables) { return .domain(.productName) }
        if tableIs(DomainHeuristics.categoryTables) { return .domain(.indexed(DomainVocabulary.categoryNames)) }
        let noun = ColumnUseClass.words(of: table.name).last.map(DomainHeuristics.singular) ?? "Site"
        return .domain(.label(noun: DomainVocabulary.capitalized(noun)))
    }

    /// The row's column holding a person's full name, for an e-mail address.
    private func personNameColumn(except position: Int) -> Int? {
        column(except: position, family: .text) { words in
            words.contains("name") && !words.contains("first") && !words.contains("last")
                && (!Set(words).isDisjoint(with: DomainHeuristics.personWords)
                    || (words.count <= 2 && tableIs(DomainHeuristics.personTables)))
        }
    }

    /// The row's name column (a company's, for its website).
    private func nameColumn(except position: Int) -> Int? {
        column(except: position, family: .text) { $0.contains("name") && !$0.contains("first") && !$0.contains("last") }
    }

    /// Lower-case ASCII letters and digits.
    static func slug(_ text: String) -> String { DomainRecipe.slug(text) }
}
