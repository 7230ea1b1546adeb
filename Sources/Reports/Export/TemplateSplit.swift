import Generation
import Model

/// Seeded train/dev/test split that never puts two examples with the same SQL template (literals
/// replaced, as the duplicate filter does) into different splits: whole template groups are
/// shuffled with ``SeededRandom`` and dealt to test, then dev, until each reaches its share.
public struct TemplateSplit: Sendable, Equatable {
    public var train: [ExportRow]
    public var dev: [ExportRow]
    public var test: [ExportRow]

    public struct Options: Sendable, Equatable {
        public var devFraction: Double
        public var testFraction: Double
        public var seed: UInt64

        public init(devFraction: Double = 0.1, testFraction: Double = 0.1, seed: UInt64 = 42) {
            self.devFraction = devFraction
            self.testFraction = testFraction
            self.seed = seed
        }
    }

    public init(rows: [ExportRow], options: Options) {
        let groups = Dictionary(grouping: rows) { DuplicateFilter.template($0.sql) }
        var keys = groups.keys.sorted()
        var random = SeededRandom(seed: options.seed, stream: "export/split")
        if keys.count > 1 {
            for index in stride(from: keys.count - 1, to: 0, by: -1) { keys.swapAt(index, random.int(in: 0...index)) }
        }
        let testTarget = Int((Double(rows.count) * options.testFraction).rounded())
        let devTarget = Int((Double(rows.count) * options.devFraction).rounded())
        var train: [ExportRow] = []
        var dev: [ExportRow] = []
        var test: [ExportRow] = []
        for key in keys {
            let group = groups[key] ?? []
            if test.count < testTarget { test += group } else if dev.count < devTarget { dev += group } else { train += group }
        }
        func ordered(_ rows: [ExportRow]) -> [ExportRow] { rows.sorted { ($0.example.id, $0.variant) < ($1.example.id, $1.variant) } }
        self.train = ordered(train)
        self.dev = ordered(dev)
        self.test = ordered(test)
    }

    /// The splits by name, in order; empty splits are kept.
    public var named: [(name: String, rows: [ExportRow])] { [("train", train), ("dev", dev), ("test", test)] }
}

/// One exported question: an example's question, or one of its paraphrases (same SQL).
public struct ExportRow: Sendable, Equatable {
    public var example: Example
    public var question: String
    /// 0 for the example's own question, 1... for its paraphrases.
    public var variant: Int
    public var sql: String { example.sql }

    /// The example's question, then (when `paraphrases`) each paraphrase.
    public static func rows(_ examples: [Example], paraphrases: Bool) -> [ExportRow] {
        examples.flatMap { item in
            [ExportRow(example: item, question: item.question, variant: 0)]
                + (paraphrases ? item.paraphrases.enumerated().map {
                    ExportRow(example: item, question: $0.element.text, variant: $0.offset + 1)
                } : [])
        }
    }

    /// `b0001-s01`, or `b0001-s01-p1` for a paraphrase.
    public var id: String { variant == 0 ? example.id : "\(example.id)-p\(variant)" }
}
