import Generation
import Model

/// Stops a hopeless run early: over the last `window` slots committed (in plan order), more than
/// `share` rejected (config `run.breaker_window`, `run.breaker_rejection_share`). What it saw
/// names the top rejection reasons, one example each, and the likely fix.
struct CircuitBreaker {
    let window: Int
    let share: Double
    /// The last `window` slot outcomes: nil for an example, the rejection otherwise.
    private var recent: [Rejection?] = []
    /// Every rejection seen since the run started (for the reasons named when it trips).
    private var seen: [Rejection] = []
    private(set) var tripped = false

    init(settings: RunSettings, enabled: Bool) {
        window = enabled ? settings.breakerWindow : 0
        share = settings.breakerRejectionShare
    }

    /// Adds a committed batch's slots in slot order; returns true when the breaker trips now.
    mutating func add(_ result: BatchResult, batch: Batch) -> Bool {
        guard window > 0, !tripped else { return false }
        let rejected = Dictionary(result.rejections.map { ($0.slotID, $0) }, uniquingKeysWith: { first, _ in first })
        for slot in batch.slots {
            recent.append(rejected[slot.id])
            if let rejection = rejected[slot.id] { seen.append(rejection) }
        }
        if recent.count > window { recent.removeFirst(recent.count - window) }
        if recent.count == window, Double(rejectedCount) > share * Double(window) { tripped = true }
        return tripped
    }

    var rejectedCount: Int { recent.filter { $0 != nil }.count }

    /// Why the run stopped: the window, the top reasons with one example each, and the likely fix.
    func explanation(mode: String) -> String {
        var lines = ["stopped early by the circuit breaker: \(rejectedCount) of the last \(window) slots were rejected "
            + "(run.breaker_rejection_share \(RunShortfall.format(share)), run.breaker_window \(window)); the plan cannot be met this way"]
        var byReason: [String: [Rejection]] = [:]
        for rejection in seen { byReason[rejection.reason, default: []].append(rejection) }
        let top = byReason.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }.prefix(3)
        lines.append("top rejection reasons:")
        for (reason, rejections) in top {
            let example = rejections[0]
            let attempt = example.attempts.last { $0.reason == reason }
            var detail = attempt?.message ?? ""
            if detail.count > 600 { detail = String(detail.prefix(600)) + "..." }
            if let question = attempt?.question { detail += " (question: \"\(question)\")" }
            lines.append("  \(reason): \(rejections.count) slot(s), e.g. slot \(example.slotID): \(detail)")
        }
        var fixes: [String] = []
        for (reason, _) in top {
            let fix = Self.fix(for: reason, sqlFirst: mode == "sql-first")
            if !fixes.contains(fix) { fixes.append(fix) }
        }
        lines.append("likely fix: " + fixes.joined(separator: "; "))
        return lines.joined(separator: "\n")
    }

    /// The likely fix for slots rejected with `reason`.
    static func fix(for reason: String, sqlFirst: Bool) -> String {
        let mode = sqlFirst ? "" : ", or --mode sql-first"
        switch reason {
        case BatchResult.requestFailed:
            return "the server did not answer: check that it is up and llm.base_url; a slow local server needs a longer llm.timeout_seconds (a CPU server may need 600)"
        case "no_draft", "unparsed":
            return "the model's answers do not follow the prompt's JSON contract: a stronger model or llm.json_mode true\(mode)"
        case "copied_from_prompt":
            return "the model repeats the prompt's examples: a stronger model\(mode)"
        case _ where reason.hasPrefix("unfaithful"):
            return "the model's questions do not say what the SQL asks: a stronger model\(sqlFirst ? "" : ", or --mode sql-first (the model then only words the embedded generator's SQL)")"
        default:
            return "the model's SQL breaks the schema's rules: a stronger model\(sqlFirst ? "" : ", or --mode sql-first (the embedded generator writes the SQL)")"
        }
    }
}
