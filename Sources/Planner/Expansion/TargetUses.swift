import Model

/// Chooses what a slot does with each of its targets, from the column's use class and the slot's
/// level (docs/typed-uses.md): a simple slot looks rows up (shows and filters), the other levels
/// aggregate measures over at most two groupings and filter by the rest.
enum TargetUses {
    static func assign(_ draft: inout SlotDraft, schema: Schema) {
        let classes = draft.targets.map { schema.useClass(of: $0) ?? .category }
        // A dimension's number (floor space, tax rate) is a detail of its entity: shown or
        // filtered, never averaged over the rows of a fact that reaches it.
        let details = draft.targets.map { schema.table(named: $0.table)?.kind == .dimension }
        var uses: [IntendedUse] = []
        var groups = 0
        var periods = 0
        var shown = 0
        let lookup = draft.level == .simple
        for (useClass, isDetail) in zip(classes, details) {
            var use: IntendedUse
            switch useClass {
            case .key: use = .count
            case .measure: use = lookup ? .show : .aggregate
            case .rate: use = lookup ? .show : (isDetail ? .filter : .aggregate)
            case .recordDate: use = .filter
            case .flag: use = .filter
            case .text: use = lookup ? .show : .filter
            case .date:
                use = !lookup && periods == 0 ? .period : .filter
            case .identifier:
                use = lookup ? (shown < 2 ? .show : .filter) : .count
            case .category, .name, .datePart:
                if lookup {
                    use = shown < 2 ? .show : .filter
                } else {
                    use = groups + periods < 2 && groups == 0 ? .group : .filter
                }
            }
            switch use {
            case .group: groups += 1
            case .period: periods += 1
            case .show: shown += 1
            default: break
            }
            uses.append(use)
        }
        draft.uses = uses
    }
}
