import Model

/// A slot's join as table instances: the anchor and one instance per join edge, each reached
/// outward from the anchor, with the phrase a question uses for it (the anchor's entity, a
/// dimension's role: "store", "sale date", "billing customer").
struct SlotFrame: Sendable {
    struct Instance: Sendable {
        let table: Table
        let alias: String
        /// The entity (anchor) or role phrase (joined dimension): the key's role or one of its
        /// synonyms, chosen per draft (``chooseWords(vocabulary:seed:stream:)``).
        var phrase: String
        /// The join edge that reaches it (nil for the anchor).
        let edge: ForeignKey?
        /// The alias of the instance on the edge's child side.
        let childAlias: String?
    }

    var instances: [Instance]
    /// How the question calls the anchor's rows: its entity's plural or a synonym (the generator
    /// picks one per draft).
    var anchorPlural: String
    /// The word between an amount and the facts it adds up ("total net paid of / in / for / on
    /// store sales"), or "" for the facts in front ("store sales net paid"); the generator picks
    /// one per draft (``subject(of:)``).
    var amountOf = "of"
    let anchorSingular: String
    /// The alias of the calendar instance reached over the anchor fact's event date (sold date,
    /// returned date), whose parts are the periods a question restricts to; nil when the anchor
    /// has none.
    var periodAlias: String?
    /// Whether that instance was joined for the period alone (no slot edge reaches it).
    var periodAdded = false
    /// The schema's semantic model (flag phrases, grains).
    var semantic: SemanticModel?
    /// How this draft's question names the columns and metrics that have synonyms, and the word
    /// before a summed measure (``chooseWords(vocabulary:seed:stream:)``).
    var wording = Words()

    var anchor: Instance { instances[0] }

    /// `FROM anchor AS a JOIN parent AS p ON a.fk = p.pk ...`, identifiers quoted where needed.
    var fromClause: String {
        var text = "\(SQLIdentifier.quoteIfNeeded(anchor.table.name)) AS \(anchor.alias)"
        for instance in instances.dropFirst() {
            guard let edge = instance.edge, let child = instance.childAlias else { continue }
            let pairs = zip(edge.childColumns, edge.parentColumns).map { childColumn, parentColumn in
                "\(child).\(SQLIdentifier.quoteIfNeeded(childColumn)) = \(instance.alias).\(SQLIdentifier.quoteIfNeeded(parentColumn))"
            }
            text += "\nJOIN \(SQLIdentifier.quoteIfNeeded(instance.table.name)) AS \(instance.alias) ON " + pairs.joined(separator: " AND ")
        }
        return text
    }

    /// The frame of `slot`: the anchor, then each edge in breadth-first order outward; nil when an
    /// edge is unknown or does not lead outward from a table already reached.
    static func build(slot: Slot, schema: Schema, vocabulary: SchemaVocabulary, semantic: SemanticModel? = nil) -> SlotFrame? {
        guard let anchorTable = schema.table(named: slot.anchor) else { return nil }
        let keys = Dictionary(schema.foreignKeys.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var pending = slot.joinEdges.compactMap { keys[$0] }
        guard pending.count == slot.joinEdges.count else { return nil }
        let entity = vocabulary.entity(of: anchorTable.name)
        var instances = [Instance(table: anchorTable, alias: "t0", phrase: entity.plural, edge: nil, childAlias: nil)]
        while !pending.isEmpty {
            guard let position = pending.firstIndex(where: { key in
                instances.contains { $0.table.name.lowercased() == key.childTable.lowercased() }
            }) else { return nil }
            let key = pending.remove(at: position)
            guard let parent = schema.table(named: key.parentTable),
                  let child = instances.first(where: { $0.table.name.lowercased() == key.childTable.lowercased() }) else { return nil }
            instances.append(Instance(table: parent, alias: "t\(instances.count)", phrase: vocabulary.role(of: key),
                                      edge: key, childAlias: child.alias))
        }
        var frame = SlotFrame(instances: instances, anchorPlural: entity.plural, anchorSingular: entity.singular)
        frame.semantic = semantic
        // A fact's questions state their period: its event date's calendar is part of the frame.
        if let semantic, anchorTable.kind == .fact, let event = semantic.eventDateKey(of: anchorTable.name, in: schema),
           let calendar = schema.table(named: event.parentTable) {
            if let reached = instances.first(where: { $0.edge == event }) {
                frame.periodAlias = reached.alias
            } else {
                let alias = "t\(instances.count)"
                frame = SlotFrame(instances: instances + [Instance(table: calendar, alias: alias, phrase: vocabulary.role(of: event),
                                                                    edge: event, childAlias: instances[0].alias)],
                                  anchorPlural: entity.plural, anchorSingular: entity.singular)
                frame.semantic = semantic
                frame.periodAlias = alias
                frame.periodAdded = true
            }
        }
        return frame
    }

    /// The period instance, if any.
    var periodInstance: Instance? { instances.first { $0.alias == periodAlias } }

    /// `column` of `instance`, named for a question: the anchor's columns by their label, a
    /// dimension's by its role and label ("store state", "sale year", "item category").
    func bind(_ column: Column, of instance: Instance, vocabulary: SchemaVocabulary) -> FrameColumn {
        var bound = plainBind(column, of: instance, vocabulary: vocabulary)
        if bound.useClass == .flag, let semantic, let holds = semantic.semantics(of: bound.ref).truePhrase,
           let fails = semantic.semantics(of: bound.ref).falsePhrase {
            // A calendar reached through an entity's own date (a catalog page's start date, not a
            // fact's event date) says whose date the flag is about: "catalog page start date on weekends".
            let calendars = [semantic.calendarTable, semantic.clockTable].compactMap { $0?.lowercased() }
            if let edge = instance.edge, calendars.contains(instance.table.name.lowercased()), !semantic.isEventEdge(edge) {
                bound.flagPhrases = ("\(instance.phrase) \(holds)", "\(instance.phrase) \(fails)")
            } else {
                bound.flagPhrases = (holds, fails)
            }
        }
        return bound
    }

    private func plainBind(_ column: Column, of instance: Instance, vocabulary: SchemaVocabulary) -> FrameColumn {
        let ref = ColumnRef(table: instance.table.name, column: column.name)
        let label = wording.labels[ref] ?? vocabulary.label(of: ref)
        let phrase = instance.edge.map { Self.combine(role: instance.phrase, label: label, base: vocabulary.role(of: $0)) } ?? label
        // A joined dimension's business key counts its entities ("number of billing customers").
        let businessKey = column.role == .identifier && instance.edge != nil && instance.table.kind == .dimension
            && column.name.lowercased().hasSuffix("_id")
            && instance.table.columns.first(where: { $0.role == .identifier })?.name == column.name
        let counts = businessKey ? English.plural(instance.phrase) : nil
        var bound = FrameColumn(ref: ref, column: column, alias: instance.alias,
                                useClass: semantic.map { ColumnUseClass(semantics: $0.semantics(of: ref), column: column) }
                                    ?? ColumnUseClass(column: column, in: instance.table),
                                phrase: phrase, label: label, counts: counts)
        bound.sumLead = wording.sumLead
        bound.averageLead = wording.averageLead
        return bound
    }

    /// ``combine(role:label:)`` for a role said by a synonym of its key's role `base`: a label
    /// that starts with the role ("item ID" through the role "item") takes the synonym in its
    /// place ("product ID", never "product item ID").
    static func combine(role: String, label: String, base: String) -> String {
        if role != base, label.lowercased().hasPrefix(base.lowercased() + " ") { return role + label.dropFirst(base.count) }
        return combine(role: role, label: label)
    }

    /// "sale date" + "year" → "sale year"; "return date" + "date" → "return date"; "store" + "store
    /// name" → "store name"; "item" + "category" → "item category".
    static func combine(role: String, label: String) -> String {
        let roleWords = role.split(separator: " ").map { $0.lowercased() }
        let labelWords = label.split(separator: " ").map { $0.lowercased() }
        if label.lowercased() == "date", roleWords.last == "date" { return role }
        if let first = labelWords.first, roleWords.contains(first) { return label }
        if roleWords.count > 1, roleWords.last == "date" {
            return roleWords.dropLast().joined(separator: " ") + " " + label
        }
        return role + " " + label
    }
}
