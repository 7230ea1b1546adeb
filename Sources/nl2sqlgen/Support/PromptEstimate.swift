import Model

/// A rough prompt-token estimate for a plan: the DDL and descriptions of each batch's tables plus
/// a line per slot, at about four characters a token.
enum PromptEstimate {
    static func of(plan: Plan, schema: Schema) -> Int {
        var characters = 0
        for batch in plan.batches {
            characters += 600
            for name in batch.tables {
                guard let table = schema.table(named: name) else { continue }
                characters += table.description.count + 40
                for column in table.columns { characters += column.name.count + column.type.count + column.description.count + 8 }
            }
            for slot in batch.slots { characters += 80 + slot.targetColumns.reduce(0) { $0 + $1.description.count + 2 } }
        }
        return characters / 4
    }
}
