import Model

/// The scripted server as a judge: verdicts for the items of a judge prompt (`{"verdicts": ...}`)
/// and SQL for the questions of a back-translation prompt (`{"queries": ...}`). Items are the
/// prompt's JSON lines with an `id` member.
public enum ScriptedJudge {
    /// Whether `request` is a judge request (either mode).
    public static func isJudgeRequest(_ request: RecordedRequest) -> Bool {
        let text = request.messages.first { $0.role == "user" }?.content ?? ""
        return text.contains("{\"verdicts\": [") || text.contains("{\"queries\": [")
    }

    /// The item ids of a judge request, in prompt order.
    public static func items(in request: RecordedRequest) -> [String] {
        let text = request.messages.first { $0.role == "user" }?.content ?? ""
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("{\"id\":"), let json = try? JSONParser.parse(String(line)) else { return nil }
            return json["id"]?.stringValue
        }
    }

    /// The answer to a judge request: each item scored `score(id)` (faithfulness; nil leaves the
    /// item out) with naturalness 4 and ambiguity 2, or in back-translation `sql(id)` (nil leaves
    /// it out; default `SELECT 1`).
    public static func answer(to request: RecordedRequest, score: (String) -> Int? = { _ in 5 },
                              sql: (String) -> String? = { _ in "SELECT 1" }) -> String {
        let ids = items(in: request)
        let text = request.messages.first { $0.role == "user" }?.content ?? ""
        if text.contains("{\"queries\": [") {
            let entries = ids.compactMap { id in sql(id).map { "{\"id\": \(JSONText.quote(id)), \"sql\": \(JSONText.quote($0))}" } }
            return "{\"queries\": [\(entries.joined(separator: ", "))]}"
        }
        let entries = ids.compactMap { id in
            score(id).map { value in
                let reason = value >= 4 ? "The SQL answers the question." : "The SQL does not answer what the question asks for (\(id))."
                return "{\"id\": \(JSONText.quote(id)), \"faithfulness\": \(value), \"naturalness\": 4, \"ambiguity\": 2, \"reason\": \(JSONText.quote(reason))}"
            }
        }
        return "{\"verdicts\": [\(entries.joined(separator: ", "))]}"
    }
}
