import Model

/// One line of `examples.jsonl`: the example and its optional paraphrase and contrast fields.
public struct DatasetExample: Sendable, Equatable {
    public var example: Example
    public var contrast: ContrastFields

    public init(example: Example, contrast: ContrastFields = ContrastFields()) {
        self.example = example
        self.contrast = contrast
    }
}
