import Foundation
import Model

/// Answers computed from the prompts themselves, so tests and benchmarks need no model: valid
/// SQL that reads each slot's target columns and joins over its edges, questions naming the slot,
/// repairs and paraphrases. Prompts are recognised by the slot lines (one JSON object a line with
/// a `slot` member) and the JSON contract they end with.
public enum ScriptedAnswers {
    /// The slot lines of a prompt.
    public static func slots(in prompt: String) -> [JSONValue] {
        prompt.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("{\""), line.contains("\"slot\""), let json = try? JSONParser.parse(String(line)),
                  json["level"] != nil else { return nil }
            return json
        }
    }

    /// `SELECT` of the slot's target columns over a join of its edges (`child(a,b)->parent(c,d)`),
    /// with an alias naming the slot so that no two slots share a template.
    public static func sql(for slot: JSONValue) -> String {
        let id = slot["slot"]?.stringValue ?? "slot"
        let targets = (slot["target_columns"]?.arrayValue ?? []).compactMap(\.stringValue)
        let tables = (slot["tables"]?.arrayValue ?? []).compactMap(\.stringValue)
        let edges = (slot["join_edges"]?.arrayValue ?? []).compactMap(\.stringValue).compactMap(parseEdge)
        var from = edges.first?.child ?? tables.first ?? "missing_table"
        var joined: Set<String> = [from]
        var pending = edges
        var progress = true
        while !pending.isEmpty && progress {
            progress = false
            for (index, edge) in pending.enumerated() where joined.contains(edge.child) != joined.contains(edge.parent) {
                let added = joined.contains(edge.child) ? edge.parent : edge.child
                let on = zip(edge.childColumns, edge.parentColumns).map { "\(edge.child).\($0) = \(edge.parent).\($1)" }
                from += " JOIN \(added) ON " + on.joined(separator: " AND ")
                joined.insert(added)
                pending.remove(at: index)
                progress = true
                break
            }
        }
        for table in tables where !joined.contains(table) {
            from += " CROSS JOIN \(table)"
            joined.insert(table)
        }
        let alias = "c_" + id.map { $0.isLetter || $0.isNumber ? $0 : "_" }.map(String.init).joined()
        let columns = targets.isEmpty ? ["1"] : targets
        return "SELECT \(columns.joined(separator: ", ")), 1 AS \(alias) FROM \(from) LIMIT 5"
    }

    /// The answer to any prompt of the provider: a batch (question and SQL per slot), sql-first
    /// questions, a repair (valid SQL for the slot) or paraphrases. `sql` may replace the SQL of a
    /// slot (`id`, or `id#repair` in a repair), `question` its question (the same keys); by default
    /// questions and paraphrases name what the SQL uses (``ScriptedWording``).
    public static func answer(to request: RecordedRequest, sql override: (String) -> String? = { _ in nil },
                              question asked: (String) -> String? = { _ in nil }) -> String {
        let last = request.lastUserMessage
        if ScriptedJudge.isJudgeRequest(request) { return ScriptedJudge.answer(to: request) }
        let firstUser = request.messages.first { $0.role == "user" }?.content ?? ""
        // A paraphrase request, or the follow-up to an unreadable answer to one.
        if firstUser.contains("\"paraphrases\"") {
            let count = Int(firstUser.split(separator: " ").dropFirst(4).first ?? "") ?? 3
            let question = firstUser.split(separator: "\n").first { $0.hasPrefix("Question: ") }.map { String($0.dropFirst(10)) } ?? ""
            let items = ScriptedWording.paraphrases(of: question, count: count).map(JSONText.quote)
            return "{\"paraphrases\": [\(items.joined(separator: ", "))]}"
        }
        let all = slots(in: firstUser)
        func question(_ key: String, _ sql: String) -> String {
            asked(key) ?? ScriptedWording.question(id: key.components(separatedBy: "#")[0], sql: sql, prompt: firstUser)
        }
        if last.contains("was refused"), let id = repairedSlot(last), let slot = all.first(where: { $0["slot"]?.stringValue == id }) {
            let sql = override(id + "#repair") ?? sql(for: slot)
            return "{\"slot\": \(JSONText.quote(id)), \"question\": \(JSONText.quote(question(id + "#repair", sql))), \"sql\": \(JSONText.quote(sql))}"
        }
        let slotsAsked = slots(in: last).isEmpty ? all : slots(in: last)
        let questionsOnly = slotsAsked.contains { $0["sql"] != nil }
        let items = slotsAsked.map { slot -> String in
            let id = slot["slot"]?.stringValue ?? ""
            let sql = slot["sql"]?.stringValue ?? override(id) ?? sql(for: slot)
            var fields = "\"slot\": \(JSONText.quote(id)), \"question\": \(JSONText.quote(question(id, sql)))"
            if !questionsOnly { fields += ", \"sql\": \(JSONText.quote(sql))" }
            return "{\(fields)}"
        }
        return "{\"examples\": [\(items.joined(separator: ", "))]}"
    }

    /// ``answer(to:sql:question:)`` as a completion whose `usage` the server counts from the
    /// request and the answer (``ServerTokenizer``), as a real server would.
    public static func reply(to request: RecordedRequest, delay: Double = 0) -> TestServerReply {
        let content = answer(to: request)
        return .completion(content, promptTokens: ServerTokenizer.prompt(request), completionTokens: ServerTokenizer.count(content), delay: delay)
    }

    private static func repairedSlot(_ prompt: String) -> String? {
        guard let range = prompt.range(of: "for slot ") else { return nil }
        return String(prompt[range.upperBound...].prefix { !$0.isWhitespace })
    }

    private struct Edge {
        var child: String, childColumns: [String], parent: String, parentColumns: [String]
    }

    private static func parseEdge(_ id: String) -> Edge? {
        let sides = id.components(separatedBy: "->")
        guard sides.count == 2 else { return nil }
        func side(_ text: String) -> (String, [String])? {
            guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { return nil }
            let columns = text[text.index(after: open)..<text.index(before: text.endIndex)].split(separator: ",").map(String.init)
            return (String(text[..<open]), columns)
        }
        guard let child = side(sides[0]), let parent = side(sides[1]) else { return nil }
        return Edge(child: child.0, childColumns: child.1, parent: parent.0, parentColumns: parent.1)
    }
}
