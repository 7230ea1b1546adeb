/// Derives ratio metrics from measure names where the schema file lists none
/// (docs/semantic-model.md): a fact's profit over its sales amount (margin), its sales amount over
/// its quantity (average selling price), and a returns fact's returned amount over the sales fact
/// it references (return rate).
enum MetricDerivation {
    static func metrics(of schema: Schema) -> [Metric] {
        var metrics: [Metric] = []
        for table in schema.tables where table.kind == .fact {
            let measures = table.columns.filter { $0.role == .measure && $0.typeFamily != .text }
            let words = { (column: Column) in Set(ColumnUseClass.words(of: column.name)) }
            let sales = measures.first { words($0).isSuperset(of: ["sales", "price"]) && (words($0).contains("ext") || words($0).contains("extended")) }
                ?? measures.first { words($0).isSuperset(of: ["net", "paid"]) && !words($0).contains("tax") }
            let profit = measures.first { words($0).contains("profit") }
            let quantity = measures.first { words($0).contains("quantity") }
            if let sales, let profit {
                metrics.append(Metric(name: "\(table.name)_margin", label: "profit margin", kind: .ratio, table: table.name,
                                      numerator: profit.name, denominator: sales.name, unit: .percent))
            }
            if let sales, let quantity {
                metrics.append(Metric(name: "\(table.name)_average_selling_price", label: "average selling price", kind: .ratio,
                                      table: table.name, numerator: sales.name, denominator: quantity.name, unit: .money))
            }
            // A returns fact referencing a sales fact: returned amount over sold amount.
            for key in schema.foreignKeys where key.childTable.lowercased() == table.name.lowercased() && key.childColumns.count >= 2 {
                guard let parent = schema.table(named: key.parentTable), parent.kind == .fact else { continue }
                let returned = measures.first { words($0).contains("return") && (words($0).contains("amt") || words($0).contains("amount")) }
                let parentMeasures = parent.columns.filter { $0.role == .measure }
                let sold = parentMeasures.first { Set(ColumnUseClass.words(of: $0.name)).isSuperset(of: ["sales", "price"])
                    && Set(ColumnUseClass.words(of: $0.name)).contains("ext") }
                if let returned, let sold {
                    metrics.append(Metric(name: "\(table.name)_return_rate", label: "return rate", kind: .ratio, table: table.name,
                                          numerator: returned.name, denominator: sold.name, denominatorTable: parent.name, unit: .percent))
                }
            }
        }
        return metrics
    }
}
