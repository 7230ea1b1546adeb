import Model

/// What one slot produced: an example, or a rejection with the reason of every draw.
enum SlotOutcome {
    case example(Example)
    case rejection(Rejection)
}
