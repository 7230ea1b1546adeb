import Foundation
import Generation
import Model

/// Hugging Face layout: three configs, each with `train`, `validation` and `test` JSON Lines files,
/// and a dataset card `README.md` whose YAML header lists the license, configs, features and split
/// sizes (docs/export.md). `examples` (the default config) is at the top level, `pairs` and
/// `negatives` in folders of their names; every row is in its example's split.
struct HFCard {
    let dataset: Dataset
    let dbID: String
    let license: String

    struct ExampleRow: Encodable {
        var id: String
        var db_id: String
        var question: String
        var sql: String
        var complexity: String
        var hardness: String
        var intent: String
        var category: String
        var style: String
        var tables: [String]
        var constructs: [String]
        var result_rows: Int
        var sql_dialect: String
    }

    struct PairRow: Encodable {
        var example_id: String
        var question: String
        var sql: String
        var label: Int
        var kind: String
        var hard: Bool
    }

    struct NegativeRow: Encodable {
        var example_id: String
        var question: String
        var sql: String
        var negative_sql: String
        var kind: String
        var hard: Bool
        var edits: Int
    }

    /// One config: its name, folder, features (name, YAML type line) and rows per split.
    struct Config {
        var name: String
        var folder: String
        var features: [(String, String)]
        var splits: [(name: String, lines: [Data])]
        var path: (String) -> String { { split in folder.isEmpty ? "\(split).jsonl" : "\(folder)/\(split).jsonl" } }
    }

    static let string = "dtype: string"

    func configs(_ split: TemplateSplit) throws -> [Config] {
        var examples: [(String, [Data])] = []
        var pairs: [(String, [Data])] = []
        var negatives: [(String, [Data])] = []
        for (name, rows) in split.named {
            let file = name == "dev" ? "validation" : name
            examples.append((file, try rows.map { row in
                let example = row.example
                return try CanonicalJSON.line(ExampleRow(
                    id: row.id, db_id: dbID, question: row.question, sql: row.sql, complexity: example.complexity.rawValue,
                    hardness: example.hardness, intent: example.intent, category: example.category, style: example.style,
                    tables: example.tables, constructs: example.constructs, result_rows: example.result.rows,
                    sql_dialect: dataset.manifest.dialect.rawValue))
            }))
            let own = rows.filter { $0.variant == 0 }.map(\.example)
            pairs.append((file, try ContrastPairs.pairs(of: own).map {
                try CanonicalJSON.line(PairRow(example_id: $0.exampleID, question: $0.question, sql: $0.sql, label: $0.label, kind: $0.kind, hard: $0.hard ?? false))
            }))
            negatives.append((file, try own.flatMap { example in
                try example.negatives.map {
                    try CanonicalJSON.line(NegativeRow(example_id: example.id, question: example.question, sql: example.sql,
                                                       negative_sql: $0.sql, kind: $0.kind, hard: $0.hard, edits: $0.edits))
                }
            }))
        }
        return [
            Config(name: "examples", folder: "", features: [
                ("id", Self.string), ("db_id", Self.string), ("question", Self.string), ("sql", Self.string),
                ("complexity", Self.string), ("hardness", Self.string), ("intent", Self.string), ("category", Self.string),
                ("style", Self.string), ("tables", "sequence: string"), ("constructs", "sequence: string"), ("result_rows", "dtype: int64"),
                ("sql_dialect", Self.string),
            ], splits: examples),
            Config(name: "pairs", folder: "pairs", features: [
                ("example_id", Self.string), ("question", Self.string), ("sql", Self.string), ("label", "dtype: int64"),
                ("kind", Self.string), ("hard", "dtype: bool"),
            ], splits: pairs),
            Config(name: "negatives", folder: "negatives", features: [
                ("example_id", Self.string), ("question", Self.string), ("sql", Self.string), ("negative_sql", Self.string),
                ("kind", Self.string), ("hard", "dtype: bool"), ("edits", "dtype: int64"),
            ], splits: negatives),
        ]
    }

    func write(_ split: TemplateSplit, into writer: inout OutputFiles) throws {
        let configs = try configs(split)
        for config in configs {
            for (name, lines) in config.splits {
                try writer.data(config.path(name), lines.reduce(into: Data()) { $0.append($1); $0.append(0x0A) })
            }
        }
        try writer.data("README.md", Data(card(configs).utf8))
    }

    static func sizeCategory(_ count: Int) -> String {
        switch count {
        case ..<1_000: return "n<1K"
        case ..<10_000: return "1K<n<10K"
        case ..<100_000: return "10K<n<100K"
        case ..<1_000_000: return "100K<n<1M"
        default: return "1M<n<10M"
        }
    }

    /// The card: YAML header, then prose with the row counts and the `load_dataset` lines. The
    /// header has no `splits` sizes: `datasets` ignores a split entry without `num_bytes`, and the
    /// Arrow byte size is not the file size (`datasets` and the Hub measure it themselves).
    func card(_ configs: [Config]) -> String {
        let total = configs[0].splits.reduce(0) { $0 + $1.lines.count }
        var yaml = ["---", "pretty_name: \(Self.yamlString("nl2sqlgen \(dbID) text-to-SQL"))", "license: \(Self.yamlString(license))",
                    "language:", "- en", "task_categories:", "- table-question-answering", "- text-generation",
                    "tags:", "- text-to-sql", "- nl2sql", "- synthetic", "size_categories:", "- \(Self.sizeCategory(total))",
                    "configs:"]
        for config in configs {
            yaml += ["- config_name: \(config.name)"] + (config.name == "examples" ? ["  default: true"] : []) + ["  data_files:"]
            for (name, _) in config.splits { yaml += ["  - split: \(name)", "    path: \(config.path(name))"] }
        }
        yaml += ["dataset_info:"]
        for config in configs {
            yaml += ["- config_name: \(config.name)", "  features:"]
            for (name, type) in config.features { yaml += ["  - name: \(name)", "    \(type)"] }
        }
        yaml += ["---"]
        let manifest = dataset.manifest
        let sizes = configs.map { config in "`\(config.name)`: " + config.splits.map { "\($0.name) \($0.lines.count)" }.joined(separator: ", ") }
        let body = """

        # nl2sqlgen \(dbID) text-to-SQL dataset

        Synthetic question/SQL pairs over the `\(manifest.schema.name)` schema (sha256 `\(manifest.schema.sha256)`), generated by
        nl2sqlgen \(manifest.toolVersion) with seed \(manifest.seed) (provider `\(manifest.provider)`). Every SQL is one \(manifest.dialect.displayName)
        SELECT validated against \(provenOn).
        License: `\(license)` (the run's `output.license`, or `export --license`).

        Splits never share an SQL template (literals replaced by `?`), so the test split measures generalisation to new
        query structures. Rows: \(sizes.joined(separator: "; ")).

        ```python
        from datasets import load_dataset
        examples = load_dataset("path/to/this/folder")              # config "examples" (the default)
        pairs = load_dataset("path/to/this/folder", "pairs")        # question/SQL pairs labelled 1 or 0
        negatives = load_dataset("path/to/this/folder", "negatives")  # near-miss SQL per example
        ```

        ## `examples`
        | field | meaning |
        | --- | --- |
        | `id` | example id (`-pN` for the N-th paraphrase of an example) |
        | `db_id` | database id |
        | `question` | natural-language question |
        | `sql` | \(manifest.dialect.displayName) query |
        | `complexity` | planned level: simple, moderate, complex, highly_complex |
        | `hardness` | Spider hardness: easy, medium, hard, extra |
        | `intent` | analytic intent measured from the SQL (lookup, top_n, total_by_group, trend, share_of_total, ...) |
        | `category`, `style` | business category and question style |
        | `tables`, `constructs` | tables read and SQL constructs used (measured) |
        | `result_rows` | rows the SQL returns on the database it was validated against |
        | `sql_dialect` | the SQL's dialect: `sqlite` or `postgresql` (the engine of the run) |

        ## `pairs`
        One row per question/SQL pair of an example: `label` 1 (`kind` positive, paraphrase, sql_variant) or 0
        (`negative:<kind>`, nl_negative); `hard` is true for an SQL negative one token edit from the positive.

        ## `negatives`
        One row per near-miss SQL: the example's `question` and `sql`, the `negative_sql` proven to return another
        result, its `kind`, `edits` (token edit distance from `sql`) and `hard` (one edit).

        """
        return yaml.joined(separator: "\n") + "\n" + body
    }

    /// The database the SQL was validated against, as the card says it.
    var provenOn: String {
        let database = dataset.manifest.database
        guard let source = database.source else { return "the synthetic database (seed \(database.seed), scale \(database.scale))" }
        return "the user's \(source.engine) \(source.version) database (schema sha256 `\(source.schemaSHA256)`)"
    }

    /// A double-quoted YAML scalar.
    static func yamlString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
