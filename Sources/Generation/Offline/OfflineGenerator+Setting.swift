import Model
import SQLite
import Validation

/// What is fixed for one slot and attempt before a shape runs: join, bound columns, sample, anchor.
struct SlotSetting {
    let join: JoinTree
    let targets: [BoundColumn]
    let helpers: [BoundColumn]
    let sample: SampleTable
    let scope: [Condition]
    let anchor: Int
    let validator: Validator
    let phrases: PhraseBook
    let rootRows: String

    func context(rng: SeededRandom) -> ShapeContext {
        ShapeContext(join: join, targets: targets, helpers: helpers, sample: sample, scope: scope, anchor: anchor,
                     validator: validator, phrases: phrases, rootRows: rootRows, rng: rng)
    }
}

extension OfflineGenerator {
    /// Joins, binds and samples the slot; nil when it cannot be joined or a target is unknown.
    func prepare(slot: Slot, attempt: Int, seed: UInt64, validator: Validator) -> SlotSetting? {
        guard let inner = JoinTree.build(slot: slot, schema: schema),
              var setting = prepare(slot: slot, join: inner, attempt: attempt, seed: seed, validator: validator)
        else { return nil }
        if setting.sample.rows.isEmpty, let outer = JoinTree.build(slot: slot, schema: schema, outer: true),
           let outerSetting = prepare(slot: slot, join: outer, attempt: attempt, seed: seed, validator: validator),
           !outerSetting.sample.rows.isEmpty {
            setting = outerSetting
        }
        return setting
    }

    /// Binds the targets and helpers to `join`'s aliases and samples the join.
    private func prepare(slot: Slot, join: JoinTree, attempt: Int, seed: UInt64, validator: Validator) -> SlotSetting? {
        guard let root = join.root else { return nil }
        var targets: [BoundColumn] = []
        for ref in slot.targetColumns {
            guard let table = schema.table(named: ref.table), let column = table.column(named: ref.column),
                  let alias = join.primaryAlias(of: table.name) else { return nil }
            let bound = bind(column, of: table, alias: alias, join: join, isTarget: true)
            if !targets.contains(bound) { targets.append(bound) }
        }
        var helpers: [BoundColumn] = []
        for node in join.nodes where join.primaryAlias(of: node.table.name) == node.alias {
            for column in node.table.columns where column.role != .key && column.role != .foreignKey {
                let bound = bind(column, of: node.table, alias: node.alias, join: join, isTarget: false)
                if !targets.contains(where: { $0.sql == bound.sql }) { helpers.append(bound) }
            }
        }
        // Keys of the tables that multiply rows, sampled only as a last resort for scope filters.
        var keys: [BoundColumn] = []
        for node in join.nodes where node.edge == nil || !node.isParentSide {
            for column in node.table.columns where column.role == .key || column.role == .foreignKey {
                let bound = bind(column, of: node.table, alias: node.alias, join: join, isTarget: false)
                if !(targets + helpers + keys).contains(where: { $0.sql == bound.sql }) { keys.append(bound) }
            }
        }
        let sampled = targets + helpers + keys
        let sample = SampleTable.read(columns: sampled, from: join.fromClause, validator: validator)
            ?? SampleTable(columns: sampled, rows: [])
        var random = SeededRandom(seed: seed, stream: "offline.anchor|\(slot.id)|\(attempt)")
        let anchor = anchorRow(sample, targets: targets, rng: &random)
        let scope = scopeFilters(join: join, columns: targets + helpers, keys: keys, sample: sample, anchor: anchor,
                                 validator: validator)
        return SlotSetting(join: join, targets: targets, helpers: helpers, sample: sample, scope: scope,
                           anchor: anchor, validator: validator, phrases: phrases, rootRows: phrases.rows(of: root.table))
    }

    /// A column bound to `alias`; the noun names the alias's role when its table is used twice.
    func bind(_ column: Column, of table: Table, alias: String, join: JoinTree, isTarget: Bool) -> BoundColumn {
        var noun = phrases.noun(of: column)
        var suffix: String?
        if join.hasSeveralAliases(table.name), let node = join.node(alias: alias), node.isParentSide, let edge = node.edge {
            suffix = " for the \(phrases.role(of: edge))"
            noun += suffix ?? ""
        }
        return BoundColumn(ref: ColumnRef(table: table.name, column: column.name), column: column, alias: alias,
                           isTarget: isTarget, noun: noun, flagClause: phrases.flagClause(of: column), roleSuffix: suffix)
    }

    /// A sampled row with the most known target values (seeded among equals); 0 when there are no rows.
    func anchorRow(_ sample: SampleTable, targets: [BoundColumn], rng: inout SeededRandom) -> Int {
        guard !sample.rows.isEmpty else { return 0 }
        let known = sample.rows.indices.map { row in targets.filter { sample.value($0, row: row) != .null }.count }
        let best = known.max() ?? 0
        let candidates = sample.rows.indices.filter { known[$0] == best }
        return candidates.isEmpty ? 0 : rng.pick(candidates)
    }
}
