/// How a run reaches the LLM beyond its config: `--replay` and `--cache` of the command line.
public struct LLMRunOptions: Sendable {
    /// Answer every request from the cache only; a request not in it is an error.
    public var replay: Bool
    /// The request cache (SQLite); nil: `DIR/llm-cache.sqlite`.
    public var cache: String?

    public init(replay: Bool = false, cache: String? = nil) {
        self.replay = replay
        self.cache = cache
    }
}
