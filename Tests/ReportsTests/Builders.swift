import Model
@testable import Reports

/// Small hand-made examples for the unit tests.
enum Builders {
    static func example(_ id: String, sql: String = "SELECT 1", question: String? = nil, complexity: ComplexityLevel = .simple,
                        category: String = "sales", style: String = "formal") -> Example {
        Example(id: id, batchID: String(id.prefix(5)), slotID: id, question: question ?? "Question \(id)?", sql: sql, style: style,
                category: category, shape: "simple.filter", provider: "offline", complexity: complexity, hardness: "easy",
                tables: ["item"], columns: [ColumnRef(table: "item", column: "i_item_sk")], joinEdges: [], constructs: ["where"],
                result: ResultShape(rows: 1, columns: 1, columnNames: ["x"], fingerprint: "f"), attempts: 1)
    }
}
