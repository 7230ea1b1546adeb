import Model

/// One line of `examples.jsonl` (with its paraphrases and negatives when the dataset has them).
public struct DatasetExample: Sendable, Equatable {
    public var example: Example

    public init(example: Example) {
        self.example = example
    }
}
