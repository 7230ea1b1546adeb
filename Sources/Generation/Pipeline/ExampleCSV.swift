import Model

/// `examples.csv`: one row per example (RFC 4180 quoting), list fields joined with `;`.
enum ExampleCSV {
    static let header = ["id", "question", "sql", "complexity", "hardness", "category", "style", "shape", "tables", "columns", "result_rows"]

    static func render(_ examples: [Example]) -> String {
        var out = header.joined(separator: ",") + "\r\n"
        for example in examples {
            let fields = [example.id, example.question, example.sql, example.complexity.rawValue, example.hardness,
                          example.category, example.style, example.shape, example.tables.joined(separator: ";"),
                          example.columns.map(\.description).joined(separator: ";"), String(example.result.rows)]
            out += fields.map(quote).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
