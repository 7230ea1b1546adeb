/// What a run must achieve to count as done, and when it gives up early (docs/runs.md, "Exit
/// status"). Encoded in a plan only when it differs from the defaults, so plans written before it
/// existed keep their bytes.
public struct RunSettings: Sendable, Equatable, Codable {
    /// Fewest examples, as a share of the plan's slots, for a finished run to exit 0 (below it the
    /// run exits 3 unless `--allow-partial`).
    public var minExampleShare: Double = 0.9
    /// Consecutive slots the circuit breaker looks at (0: no breaker).
    public var breakerWindow: Int = 20
    /// Share of rejected slots in the window above which the run stops early.
    public var breakerRejectionShare: Double = 0.9
    /// Re-asks (repairs, refused questions asked again) expected per slot, for the dry run's LLM
    /// estimate; a finished run's manifest measures it (`llm.repairs` / slots).
    public var expectedReaskShare: Double = 0.25

    public init() {}

    enum CodingKeys: String, CodingKey {
        case minExampleShare = "min_example_share"
        case breakerWindow = "breaker_window"
        case breakerRejectionShare = "breaker_rejection_share"
        case expectedReaskShare = "expected_reask_share"
    }

    /// Decodes the settings; a key may be missing (its default).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        minExampleShare = try container.decodeIfPresent(Double.self, forKey: .minExampleShare) ?? minExampleShare
        breakerWindow = try container.decodeIfPresent(Int.self, forKey: .breakerWindow) ?? breakerWindow
        breakerRejectionShare = try container.decodeIfPresent(Double.self, forKey: .breakerRejectionShare) ?? breakerRejectionShare
        expectedReaskShare = try container.decodeIfPresent(Double.self, forKey: .expectedReaskShare) ?? expectedReaskShare
    }
}
